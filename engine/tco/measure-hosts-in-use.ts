import type { HostInUse } from '../estate/host-in-use.js';
import type { LicenceInUse } from '../estate/licence-in-use.js';
import { licensedCores } from '../licensing/licensed-cores.js';
import type { LicensingCatalogue } from '../licensing/licensing-catalogue.js';
import type { Pence } from '../money.js';
import type { EstateCalendar } from './measure-estate.js';
import { serverLifecycle } from './server-lifecycle.js';

/**
 * The physical quantities behind the do-nothing costs of today's virtualisation hosts: the kit
 * an already-virtual estate runs on, with its support, power, space, refresh and hypervisor
 * licences. Arrays are indexed by year 0..horizon.
 */
export interface HostsInUseQuantities {
  hosts: number;
  cores: number;
  rackUnits: number;
  /** Recorded annual support, in / out of warranty (used as recorded: 0 is 0). */
  supportPence: Pence[];
  /** Hosts with no recorded support (support.defaultPerHost applies), in / out of warranty. */
  defaultSupportInWarranty: number[];
  defaultSupportOutOfWarranty: number[];
  /** Sum of recorded power, and the hosts (and their cores) whose power is estimated. */
  knownWatts: number;
  estimatedPowerHosts: number;
  estimatedPowerCores: number;
  /** Like-for-like host replacements per year, with their cores. */
  refreshHosts: number[];
  refreshCores: number[];
  /**
   * Today's hypervisor subscription: licensed cores (VMware: every core, 16 per CPU) and sockets
   * (Proxmox), per-order minimum applied to the whole estate's hosts.
   */
  vmwareCores: number;
  proxmoxSockets: number;
  /** Windows Server Datacenter cores on hosts that run Windows guests (Software Assurance in do nothing). */
  windowsDatacenterCores: number;
}

/** What the estate's licence records say about today's hypervisor subscription. */
export interface LicenceTerms {
  /** Year index (0..horizon, or beyond) from which the renewal price applies; 1 when unknown (renewed at the first running year). */
  renewalYear: number;
  /** Recorded annual price of today's contract, until renewal; undefined when not recorded (list price then applies throughout). */
  contractPence?: Pence;
  /** Sources of the terms, for the answers: "vLicense" rows or what was assumed. */
  basis: 'recorded' | 'assumed';
}

/** Measures a set of today's hosts; `windowsHosts` are those running at least one Windows guest. */
export function measureHostsInUse(
  hosts: readonly HostInUse[],
  calendar: EstateCalendar,
  licensing: LicensingCatalogue,
  windowsHosts: ReadonlySet<string>,
  firstRefresh: ReadonlyMap<string, number>,
): HostsInUseQuantities {
  const years = calendar.horizonYears + 1;
  const zeros = () => new Array<number>(years).fill(0);
  const q: HostsInUseQuantities = {
    hosts: hosts.length,
    cores: 0,
    rackUnits: 0,
    supportPence: zeros(),
    defaultSupportInWarranty: zeros(),
    defaultSupportOutOfWarranty: zeros(),
    knownWatts: 0,
    estimatedPowerHosts: 0,
    estimatedPowerCores: 0,
    refreshHosts: zeros(),
    refreshCores: zeros(),
    vmwareCores: 0,
    proxmoxSockets: 0,
    windowsDatacenterCores: 0,
  };
  for (const host of hosts) {
    q.cores += host.cores;
    q.rackUnits += host.rackUnits;
    if (host.powerWatts !== undefined) q.knownWatts += host.powerWatts;
    else {
      q.estimatedPowerHosts += 1;
      q.estimatedPowerCores += host.cores;
    }
    if (host.hypervisor === 'vmware') q.vmwareCores += licensedCores(host, licensing.hypervisors.vmware);
    if (host.hypervisor === 'proxmox') q.proxmoxSockets += host.sockets;
    if (host.hypervisor !== 'hyperv' && windowsHosts.has(host.id)) q.windowsDatacenterCores += licensedCores(host, licensing.windowsGuests.datacenter);
    if (host.hypervisor === 'hyperv') q.windowsDatacenterCores += licensedCores(host, licensing.windowsGuests.datacenter);
    const life = serverLifecycle(host, calendar, firstRefresh.get(host.id));
    for (const r of life.refreshYears) {
      q.refreshHosts[r]! += 1;
      q.refreshCores[r]! += host.cores;
    }
    life.outOfWarranty.forEach((out, t) => {
      if (host.annualSupportPence !== undefined) q.supportPence[t]! += host.annualSupportPence;
      else if (out) q.defaultSupportOutOfWarranty[t]! += 1;
      else q.defaultSupportInWarranty[t]! += 1;
    });
  }
  return q;
}

/**
 * Today's VMware subscription terms from the licence records: the earliest renewal date of the
 * VMware rows (its financial year, relative to year 0) and, when every row has a price, the sum
 * of those prices as today's contract.
 */
export function licenceTerms(licences: readonly LicenceInUse[] | undefined, year0: number): LicenceTerms {
  const vmware = (licences ?? []).filter((l) => l.hypervisor === 'vmware');
  if (vmware.length === 0) return { renewalYear: 1, basis: 'assumed' };
  const renewals = vmware.map((l) => l.renewalDate).filter((d): d is string => d !== undefined).sort();
  const renewalYear = renewals.length > 0 ? Math.max(0, financialYearOf(renewals[0]!) - year0) : 1;
  const priced = vmware.every((l) => l.annualPricePence !== undefined);
  const contractPence = priced ? vmware.reduce((sum, l) => sum + l.annualPricePence!, 0) : undefined;
  return { renewalYear, basis: 'recorded', ...(contractPence !== undefined ? { contractPence } : {}) };
}

/** The starting calendar year of the NHS financial year (1 April to 31 March) a date falls in. */
export function financialYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 4 ? year : year - 1;
}
