import type { Server } from '../estate/server.js';
import { licensedCores } from '../licensing/licensed-cores.js';
import type { CoreLicenceRule } from '../licensing/licensing-catalogue.js';
import type { Pence } from '../money.js';
import { knownPurchaseYear, refreshDueYear, serverLifecycle, type LifecycleAsset, type LifecycleCalendar } from './server-lifecycle.js';

export interface EstateCalendar extends LifecycleCalendar {
  backlogYears: number;
  /** Replace every server in year 0 whatever its age or what is known of it (the full-refresh baseline). */
  replaceAllInYear0?: boolean;
}

/**
 * The physical quantities behind the do-nothing costs of a set of servers. Prices are applied
 * later (price-estate.ts), so a change of price never needs this to be recomputed.
 * Arrays are indexed by year 0..horizon.
 */
export interface EstateQuantities {
  servers: number;
  physicalServers: number;
  virtualServers: number;
  physicalCores: number;
  rackUnits: number;
  /** Recorded annual support of physical servers in / out of warranty, per year. */
  supportInWarrantyPence: Pence[];
  supportOutOfWarrantyPence: Pence[];
  /** Physical servers with no recorded support (support.defaultPerServer applies), in / out of warranty, per year. */
  defaultSupportInWarranty: number[];
  defaultSupportOutOfWarranty: number[];
  /** Physical servers past warranty end, per year. */
  outOfWarrantyServers: number[];
  /** Recorded support of virtual servers (no hardware warranty of their own). */
  virtualSupportPence: Pence;
  /** Sum of recorded power_watts (physical and virtual). */
  knownWatts: number;
  /** Physical servers without power_watts, and their cores (energy.serverBaseWatts + energy.wattsPerCore x cores). */
  estimatedPowerServers: number;
  estimatedPowerCores: number;
  /** Like-for-like replacements per year, with their cores and storage (TB). */
  refreshServers: number[];
  refreshCores: number[];
  refreshTb: number[];
  /** Of those, Windows servers (each may need a new licence: refresh.windowsLicencePerServer). */
  refreshWindowsServers: number[];
  /** Licensed cores of Windows Server Standard on physical Windows servers (16-core minimum each). */
  windowsStandardCores: number;
}

const isWindows = (server: Server) => /windows/i.test(server.os);

/**
 * Spreads overdue refreshes, oldest first, evenly over the first `backlogYears` years, and puts
 * every other server's first refresh in the year it reaches its service life. Worked out once
 * for the whole estate: a server's refresh year must not depend on which other servers an
 * option happens to move, or the do-nothing case would change with the option's scope.
 * A full refresh (calendar.replaceAllInYear0) replaces every server in year 0, those of unknown
 * age too: it is a decision to replace the estate, not a schedule of what wears out.
 */
export function firstRefreshYears(physical: readonly LifecycleAsset[], calendar: EstateCalendar): Map<string, number> {
  if (calendar.replaceAllInYear0) return new Map(physical.map((s) => [s.id, 0]));
  const first = new Map<string, number>();
  const overdue: { id: string; purchaseYear: number }[] = [];
  for (const server of physical) {
    const purchaseYear = knownPurchaseYear(server, calendar.warrantyYears);
    if (purchaseYear === undefined) continue;
    const due = refreshDueYear(purchaseYear, calendar);
    if (due <= 0) overdue.push({ id: server.id, purchaseYear });
    else first.set(server.id, due);
  }
  overdue.sort((a, b) => a.purchaseYear - b.purchaseYear || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  overdue.forEach((s, i) => first.set(s.id, Math.floor((i * calendar.backlogYears) / overdue.length)));
  return first;
}

/**
 * Measures what a set of servers costs to keep, before any price is applied. `firstRefresh`
 * comes from firstRefreshYears() over the whole estate.
 */
export function measureEstate(servers: readonly Server[], calendar: EstateCalendar, windowsStandard: CoreLicenceRule, firstRefresh: ReadonlyMap<string, number>): EstateQuantities {
  const years = calendar.horizonYears + 1;
  const zeros = () => new Array<number>(years).fill(0);
  const q: EstateQuantities = {
    servers: servers.length,
    physicalServers: 0,
    virtualServers: 0,
    physicalCores: 0,
    rackUnits: 0,
    supportInWarrantyPence: zeros(),
    supportOutOfWarrantyPence: zeros(),
    defaultSupportInWarranty: zeros(),
    defaultSupportOutOfWarranty: zeros(),
    outOfWarrantyServers: zeros(),
    virtualSupportPence: 0,
    knownWatts: 0,
    estimatedPowerServers: 0,
    estimatedPowerCores: 0,
    refreshServers: zeros(),
    refreshCores: zeros(),
    refreshTb: zeros(),
    refreshWindowsServers: zeros(),
    windowsStandardCores: 0,
  };
  for (const server of servers) {
    if (server.kind === 'virtual') {
      q.virtualServers += 1;
      q.virtualSupportPence += server.annualSupportPence ?? 0;
      q.knownWatts += server.powerWatts ?? 0;
      continue;
    }
    q.physicalServers += 1;
    q.physicalCores += server.cpuCores;
    q.rackUnits += server.rackUnits;
    if (server.powerWatts !== undefined) q.knownWatts += server.powerWatts;
    else {
      q.estimatedPowerServers += 1;
      q.estimatedPowerCores += server.cpuCores;
    }
    if (isWindows(server)) q.windowsStandardCores += licensedCores({ sockets: 1, coresPerSocket: server.cpuCores }, windowsStandard);
    const life = serverLifecycle(server, calendar, firstRefresh.get(server.id));
    for (const r of life.refreshYears) {
      q.refreshServers[r]! += 1;
      q.refreshCores[r]! += server.cpuCores;
      q.refreshTb[r]! += server.storageGb / 1000;
      if (isWindows(server)) q.refreshWindowsServers[r]! += 1;
    }
    life.outOfWarranty.forEach((out, t) => {
      if (out) q.outOfWarrantyServers[t]! += 1;
      if (server.annualSupportPence !== undefined) {
        if (out) q.supportOutOfWarrantyPence[t]! += server.annualSupportPence;
        else q.supportInWarrantyPence[t]! += server.annualSupportPence;
      } else if (out) q.defaultSupportOutOfWarranty[t]! += 1;
      else q.defaultSupportInWarranty[t]! += 1;
    });
  }
  return q;
}
