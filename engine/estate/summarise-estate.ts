import type { Estate } from './estate.js';
import type { Server } from './server.js';
import type { Pence } from '../money.js';

export interface AgeBand {
  label: string;
  /** Inclusive age range in whole years; `max` absent for the open-ended band. */
  min: number;
  max?: number;
  servers: number;
}

export interface ServiceSummary {
  service: string;
  servers: number;
  physical: number;
  virtual: number;
  apps: number;
  cpuCores: number;
  memGb: number;
  storageGb: number;
  powerWatts: number;
  outOfWarranty: number;
}

/** The headline facts about an estate, for `unsprawl estate`, the bot's estate questions and reports. */
export interface EstateSummary {
  source: string;
  /** The date ages and warranties are measured against (YYYY-MM-DD). */
  asOf: string;
  servers: { total: number; physical: number; virtual: number; notVirtualisable: number };
  /** Distinct application names across the estate. */
  apps: number;
  cpuCores: number;
  memGb: number;
  storageGb: number;
  /** Sum of known power draws (virtual servers carry their share of their host, when given). */
  powerWatts: number;
  serversWithoutPower: number;
  rackUnits: number;
  annualSupportPence: Pence;
  ageBands: AgeBand[];
  serversWithoutPurchaseYear: number;
  oldestPurchaseYear?: number;
  newestPurchaseYear?: number;
  outOfWarranty: number;
  serversWithoutWarranty: number;
  sites: { site: string; servers: number }[];
  environments: { environment: string; servers: number }[];
  criticality: { criticality: Server['criticality']; servers: number }[];
  /** Median p95 CPU of servers with a measurement, in percent. */
  medianCpuUtilP95?: number;
  services: ServiceSummary[];
}

/** Age bands against a five-year refresh life: within life, overdue, long overdue. */
const bands: readonly Omit<AgeBand, 'servers'>[] = [
  { label: '0-4 years', min: 0, max: 4 },
  { label: '5-7 years', min: 5, max: 7 },
  { label: '8-10 years', min: 8, max: 10 },
  { label: '11+ years', min: 11 },
];

/**
 * Summarises an estate as of a date. Pure: the caller supplies the date (the estate's own
 * `asOf`, or today in Europe/London), so the same inputs always give the same summary.
 *
 * @example summariseEstate(estate, estate.asOf ?? '2026-11-25').servers.total
 */
export function summariseEstate(estate: Estate, asOf: string): EstateSummary {
  const servers = estate.servers;
  const year = Number(asOf.slice(0, 4));
  const withYear = servers.filter((s) => s.purchaseYear !== undefined);
  const years = withYear.map((s) => s.purchaseYear as number);
  const measured = servers.flatMap((s) => (s.cpuUtilP95 === undefined ? [] : [s.cpuUtilP95])).sort((a, b) => a - b);
  return {
    source: estate.source,
    asOf,
    servers: {
      total: servers.length,
      physical: count(servers, (s) => s.kind === 'physical'),
      virtual: count(servers, (s) => s.kind === 'virtual'),
      notVirtualisable: count(servers, (s) => !s.virtualisable),
    },
    apps: distinctApps(servers),
    cpuCores: sum(servers, (s) => s.cpuCores),
    memGb: sum(servers, (s) => s.memGb),
    storageGb: sum(servers, (s) => s.storageGb),
    powerWatts: sum(servers, (s) => s.powerWatts ?? 0),
    serversWithoutPower: count(servers, (s) => s.powerWatts === undefined),
    rackUnits: sum(servers, (s) => s.rackUnits),
    annualSupportPence: sum(servers, (s) => s.annualSupportPence ?? 0),
    ageBands: bands.map((b) => ({
      ...b,
      servers: count(withYear, (s) => {
        const age = year - (s.purchaseYear as number);
        return age >= b.min && (b.max === undefined || age <= b.max);
      }),
    })),
    serversWithoutPurchaseYear: servers.length - withYear.length,
    ...(years.length > 0 ? { oldestPurchaseYear: Math.min(...years), newestPurchaseYear: Math.max(...years) } : {}),
    outOfWarranty: count(servers, (s) => isOutOfWarranty(s, asOf)),
    serversWithoutWarranty: count(servers, (s) => s.warrantyEnd === undefined),
    sites: tally(servers, (s) => s.site).map(([site, n]) => ({ site, servers: n })),
    environments: tally(servers, (s) => s.environment).map(([environment, n]) => ({ environment, servers: n })),
    criticality: (['critical', 'high', 'medium', 'low'] as const).map((c) => ({ criticality: c, servers: count(servers, (s) => s.criticality === c) })),
    ...(measured.length > 0 ? { medianCpuUtilP95: median(measured) } : {}),
    services: summariseServices(servers, asOf),
  };
}

function summariseServices(servers: readonly Server[], asOf: string): ServiceSummary[] {
  return tally(servers, (s) => s.service).map(([service]) => {
    const members = servers.filter((s) => s.service === service);
    return {
      service,
      servers: members.length,
      physical: count(members, (s) => s.kind === 'physical'),
      virtual: count(members, (s) => s.kind === 'virtual'),
      apps: distinctApps(members),
      cpuCores: sum(members, (s) => s.cpuCores),
      memGb: sum(members, (s) => s.memGb),
      storageGb: sum(members, (s) => s.storageGb),
      powerWatts: sum(members, (s) => s.powerWatts ?? 0),
      outOfWarranty: count(members, (s) => isOutOfWarranty(s, asOf)),
    };
  });
}

function isOutOfWarranty(s: Server, asOf: string): boolean {
  return s.warrantyEnd !== undefined && s.warrantyEnd < asOf;
}

function distinctApps(servers: readonly Server[]): number {
  return new Set(servers.flatMap((s) => s.apps.map((a) => a.toLowerCase()))).size;
}

function count(servers: readonly Server[], predicate: (s: Server) => boolean): number {
  return servers.reduce((n, s) => n + (predicate(s) ? 1 : 0), 0);
}

/** Sums in a fixed order and rounds away float noise (0.1 + 0.2), so output is stable. */
function sum(servers: readonly Server[], value: (s: Server) => number): number {
  return Math.round(servers.reduce((total, s) => total + value(s), 0) * 100) / 100;
}

/** Counts by key, largest first, ties by name, so tables read the same every run. */
function tally(servers: readonly Server[], key: (s: Server) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of servers) counts.set(key(s), (counts.get(key(s)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en-GB'));
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round((value ?? 0) * 10) / 10;
}
