import type { AssumptionSet } from '../assumptions/assumption-set.js';
import type { Estate } from '../estate/estate.js';
import type { HostInUse } from '../estate/host-in-use.js';
import type { Server } from '../estate/server.js';
import { ScenarioError } from '../errors.js';
import { recycledHosts } from './recycled-hosts.js';
import { licensingCatalogue } from '../licensing/licensing-catalogue.js';
import type { Plan } from '../plan/plan.js';
import type { Baseline, Hypervisor, ResolvedScenario } from '../scenario/scenario.js';
import type { Appraisal } from './appraisal.js';
import { appraisalYear } from './appraisal-year.js';
import { firstRefreshYears, measureEstate, type EstateCalendar, type EstateQuantities } from './measure-estate.js';
import { licenceTerms, measureHostsInUse, type HostsInUseQuantities, type LicenceTerms } from './measure-hosts-in-use.js';
import { measureOption, type OptionQuantities } from './measure-option.js';
import type { RetiredAssets } from './finance-view.js';
import { knownPurchaseYear } from './server-lifecycle.js';

/**
 * Assumption keys that change the quantities (which year a server is refreshed or out of
 * warranty, which servers count as recent, how many years there are). Every other key the
 * appraisal reads only changes prices, so re-pricing the same quantities is enough.
 */
export const measureKeys: readonly string[] = [
  'appraisal.year',
  'horizon.years',
  'refresh.serviceLifeYears',
  'refresh.backlogYears',
  'baseline.refreshYears',
  'support.warrantyYears',
  'resale.maxAgeYears',
];

/** Everything the appraisal prices, measured once per estate, plan and set of measure keys. */
export interface AppraisalQuantities extends Pick<Appraisal, 'scenario' | 'hypervisor' | 'hostModel' | 'appraisalYear' | 'appraisalYearSource' | 'horizonYears' | 'baselineCase'> {
  /** Service life of the option's kit, for its re-purchase years and residual values. */
  serviceLifeYears: number;
  /** Replacement cycle of today's servers and hosts in the do-nothing case (the baseline's). */
  baselineLifeYears: number;
  /** Do-nothing quantities of every server of the estate, and of the servers the plan moves. */
  whole: EstateQuantities;
  moved: EstateQuantities;
  /** Today's virtualisation hosts: all of them, and those the option retires (every VM of their cluster moves). */
  hostsInUse: HostsInUseQuantities;
  retiredHosts: HostsInUseQuantities;
  licenceTerms: LicenceTerms;
  /** Do-nothing quantities of the servers the plan switches off instead of moving (plan.retired, scenario `retire`). */
  switchedOff: EstateQuantities;
  option: OptionQuantities;
  /** Servers and hosts the option switches off, by purchase year, for their net book value. */
  retiredAssets: RetiredAssets[];
  /** What the appraisal had to assume because the inventory did not say. */
  assumedInputs: string[];
}

export interface MeasureInput {
  estate: Estate;
  assumptions: AssumptionSet;
  scenario: ResolvedScenario;
  plan: Plan;
}

/**
 * The do-nothing calendar: "sweat" replaces at the service life with the backlog spread; "refresh"
 * on a fixed cycle, the overdue in year 0; "full-refresh" everything in year 0, then on that cycle.
 */
function baselineCalendar(baseline: Baseline, year0: number, assumptions: AssumptionSet): EstateCalendar {
  const common = { year0, horizonYears: assumptions.get('horizon.years'), warrantyYears: assumptions.get('support.warrantyYears') };
  if (baseline === 'sweat') return { ...common, serviceLifeYears: assumptions.get('refresh.serviceLifeYears'), backlogYears: assumptions.get('refresh.backlogYears') };
  return { ...common, serviceLifeYears: assumptions.get('baseline.refreshYears'), backlogYears: 1, ...(baseline === 'full-refresh' ? { replaceAllInYear0: true } : {}) };
}

/**
 * Clusters the option empties: every VM that runs on one of its hosts today is moved. A cluster
 * with a VM left keeps all its hosts (a conservative rule: shrinking a half-emptied cluster is a
 * separate decision the plan does not make).
 */
function retiredClusters(estate: Estate, movedIds: ReadonlySet<string>): Set<string> {
  const clusterOfHost = new Map((estate.hosts ?? []).map((h) => [h.id, h.cluster]));
  const kept = new Set<string>();
  const touched = new Set<string>();
  for (const server of estate.servers) {
    const cluster = server.currentCluster ?? (server.currentHost !== undefined ? clusterOfHost.get(server.currentHost) : undefined);
    if (cluster === undefined) continue;
    if (movedIds.has(server.id)) touched.add(cluster);
    else kept.add(cluster);
  }
  return new Set([...touched].filter((c) => !kept.has(c)));
}

/** Hosts that run at least one Windows guest today, for Windows Server Datacenter on them. */
function hostsWithWindowsGuests(estate: Estate): Set<string> {
  return new Set(estate.servers.filter((s) => s.kind === 'virtual' && /windows/i.test(s.os) && s.currentHost !== undefined).map((s) => s.currentHost!));
}

function whatWasAssumed(estate: Estate, terms: LicenceTerms): string[] {
  const hosts = estate.hosts ?? [];
  const vms = estate.servers.filter((s) => s.kind === 'virtual');
  const notes: string[] = [];
  if (vms.length > 0 && hosts.length === 0) {
    notes.push('the inventory lists no virtualisation hosts, so the hosts today\'s virtual servers run on are not costed in doing nothing');
  }
  if (hosts.some((h) => h.hypervisor === 'vmware') && terms.basis === 'assumed') {
    notes.push('no VMware licence records: today\'s subscription is costed at licence.vmwarePerCoreYear on every core of today\'s hosts from year 1');
  }
  const noPower = hosts.filter((h) => h.powerWatts === undefined).length;
  if (noPower > 0) notes.push(`${noPower} of today's ${hosts.length} hosts have no recorded power: estimated from their cores`);
  return notes;
}

/** Physical kit switched off, grouped by purchase year (kit of unknown age has no book value to write off). */
function retiredAssets(kit: readonly { purchaseYear?: number; warrantyEnd?: string; id: string; cores: number; tb: number }[], warrantyYears: number): RetiredAssets[] {
  const byYear = new Map<number, RetiredAssets>();
  for (const k of kit) {
    const year = knownPurchaseYear(k, warrantyYears);
    if (year === undefined) continue;
    const row = byYear.get(year) ?? { purchaseYear: year, servers: 0, cores: 0, tb: 0 };
    row.servers += 1;
    row.cores += k.cores;
    row.tb += k.tb;
    byYear.set(year, row);
  }
  return [...byYear.values()].sort((a, b) => a.purchaseYear - b.purchaseYear);
}

/** What measureQuantities measures of a plan whatever the hypervisor, and the option's quantities per hypervisor. */
interface PlanMeasures {
  estate: Estate;
  assumptions: AssumptionSet;
  baseline: Baseline;
  recycle: boolean;
  common: Omit<AppraisalQuantities, 'scenario' | 'hypervisor' | 'option'>;
  optionOf: (hypervisor: Hypervisor) => OptionQuantities;
}

/**
 * The last measures of each plan: an option comparison appraises every plan with each
 * hypervisor, and only the option's licences and migrations depend on it, so the estate's
 * do-nothing quantities (a pass over every server) are measured once per plan, not three times.
 * Entries are used only for the same estate and assumption set objects and scenario choices.
 */
const measuredPlans = new WeakMap<Plan, PlanMeasures>();

/** Splits the estate into moved and staying servers and measures both, today's hosts, and the option. */
export function measureQuantities({ estate, assumptions, scenario, plan }: MeasureInput): AppraisalQuantities {
  const recycle = scenario.recycle ?? false;
  const hit = measuredPlans.get(plan);
  const m =
    hit && hit.estate === estate && hit.assumptions === assumptions && hit.baseline === scenario.baseline && hit.recycle === recycle
      ? hit
      : measurePlan(estate, assumptions, scenario.baseline, recycle, plan);
  measuredPlans.set(plan, m);
  const { common } = m;
  return {
    scenario: scenario.name,
    hypervisor: scenario.hypervisor,
    hostModel: common.hostModel,
    appraisalYear: common.appraisalYear,
    appraisalYearSource: common.appraisalYearSource,
    baselineCase: common.baselineCase,
    horizonYears: common.horizonYears,
    serviceLifeYears: common.serviceLifeYears,
    baselineLifeYears: common.baselineLifeYears,
    whole: common.whole,
    moved: common.moved,
    switchedOff: common.switchedOff,
    hostsInUse: common.hostsInUse,
    retiredHosts: common.retiredHosts,
    licenceTerms: common.licenceTerms,
    option: m.optionOf(scenario.hypervisor),
    retiredAssets: common.retiredAssets,
    assumedInputs: common.assumedInputs,
  };
}

/** What measureQuantities reads of the estate alone, under one do-nothing calendar and appraisal year. */
interface EstateMeasures {
  calendarKey: string;
  byId: ReadonlyMap<string, Server>;
  hosts: HostInUse[];
  windowsHosts: Set<string>;
  clusterHypervisor: ReadonlyMap<string, string>;
  clusterOfHost: ReadonlyMap<string, string>;
  firstRefresh: Map<string, number>;
  hostRefresh: Map<string, number>;
  whole: EstateQuantities;
  hostsInUse: HostsInUseQuantities;
  terms: LicenceTerms;
  assumedInputs: string[];
}

/**
 * The last estate measures of each estate, by calendar: sensitivity re-plans and the options of a
 * comparison measure the same estate under the same calendar once per plan, and these passes over
 * every server and host do not depend on the plan. Monte Carlo draws the service life among a few
 * whole years and measures each plan under each, in no particular order, so a few calendars are
 * kept (with one, nearly every measure of its 8 plans x 4 lives missed: 0.3 s at 10,000 servers).
 */
const measuredEstates = new WeakMap<Estate, EstateMeasures[]>();

/** Calendars kept per estate: Monte Carlo's service lives (low to high, 5-8 years by default) with room to spare. */
const keptCalendars = 8;

function estateMeasures(estate: Estate, calendar: EstateCalendar, year: number): EstateMeasures {
  const calendarKey = JSON.stringify([calendar, year]);
  const kept = measuredEstates.get(estate) ?? [];
  const hit = kept.find((m) => m.calendarKey === calendarKey);
  if (hit) return hit;
  const windowsStandard = licensingCatalogue(year).windowsGuests.standard;
  const physical = estate.servers.filter((s) => s.kind === 'physical');
  const firstRefresh = firstRefreshYears(physical, calendar);
  // A hypervisor host the estate also lists as a physical server is costed once, as that server.
  const serverIds = new Set(physical.map((s) => s.id.toLowerCase()));
  const hosts: HostInUse[] = (estate.hosts ?? []).filter((h) => !serverIds.has(h.id.toLowerCase()));
  const hostRefresh = firstRefreshYears(hosts, calendar);
  const windowsHosts = hostsWithWindowsGuests(estate);
  const terms = licenceTerms(estate.licences, year);
  const measures: EstateMeasures = {
    calendarKey,
    byId: new Map(estate.servers.map((s) => [s.id, s])),
    hosts,
    windowsHosts,
    clusterHypervisor: new Map(hosts.map((h) => [h.cluster, h.hypervisor])),
    clusterOfHost: new Map(hosts.map((h) => [h.id, h.cluster])),
    firstRefresh,
    hostRefresh,
    whole: measureEstate(estate.servers, calendar, windowsStandard, firstRefresh),
    // Today's servers and hosts are licensed under the rules of the appraisal year.
    hostsInUse: measureHostsInUse(hosts, calendar, licensingCatalogue(), windowsHosts, hostRefresh),
    terms,
    assumedInputs: whatWasAssumed(estate, terms),
  };
  measuredEstates.set(estate, [measures, ...kept].slice(0, keptCalendars));
  return measures;
}

function measurePlan(estate: Estate, assumptions: AssumptionSet, baseline: Baseline, recycle: boolean, plan: Plan): PlanMeasures {
  const year = appraisalYear(estate, assumptions);
  const calendar = baselineCalendar(baseline, year.appraisalYear, assumptions);
  const { byId, hosts, windowsHosts, clusterHypervisor, clusterOfHost, firstRefresh, hostRefresh, whole, hostsInUse, terms, assumedInputs } = estateMeasures(estate, calendar, year.appraisalYear);
  const movedIds = new Set(plan.placements.map((p) => p.workload));
  const retiredIds = new Set((plan.retired ?? []).map((r) => r.workload));
  const unknown = [...movedIds, ...retiredIds].filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    throw new ScenarioError('plan', `the plan places workloads that are not in the estate ${estate.source}: ${unknown.slice(0, 5).join(', ')}`);
  }
  const moved = estate.servers.filter((s) => movedIds.has(s.id));
  const switchedOffServers = estate.servers.filter((s) => retiredIds.has(s.id));
  // Today's servers and hosts are licensed under the rules of the appraisal year; the option
  // under those of the year its host model was on sale (an era catalogue), today's by default.
  const licensing = licensingCatalogue();
  const windowsStandard = licensingCatalogue(year.appraisalYear).windowsGuests.standard;
  // A cluster empties when every VM on it is moved or switched off.
  const retired = retiredClusters(estate, new Set([...movedIds, ...retiredIds]));
  const optionCalendar = { ...calendar, serviceLifeYears: assumptions.get('refresh.serviceLifeYears'), recentAgeYears: assumptions.get('resale.maxAgeYears') };
  const retiredHosts = hosts.filter((h) => retired.has(h.cluster));
  const recycled = recycle ? recycledHosts(plan, moved, year.appraisalYear, calendar.warrantyYears) : [];
  const reused = new Set(recycled.map((r) => r.server));
  const switchedOff = [
    ...[...moved.filter((s) => !reused.has(s.id)), ...switchedOffServers].filter((s) => s.kind === 'physical').map((s) => ({ id: s.id, purchaseYear: s.purchaseYear, warrantyEnd: s.warrantyEnd, cores: s.cpuCores, tb: s.storageGb / 1000 })),
    ...retiredHosts.map((h) => ({ id: h.id, purchaseYear: h.purchaseYear, warrantyEnd: h.warrantyEnd, cores: h.cores, tb: 0 })),
  ];
  const currentHypervisorOf = (server: Estate['servers'][number]) => {
    const cluster = server.currentCluster ?? (server.currentHost !== undefined ? clusterOfHost.get(server.currentHost) : undefined);
    return cluster === undefined ? undefined : clusterHypervisor.get(cluster);
  };
  const optionOf = measureOption(plan, moved, optionCalendar, licensingCatalogue(plan.hostModel.year), currentHypervisorOf, recycled);
  return {
    estate,
    assumptions,
    baseline,
    recycle,
    common: {
      hostModel: plan.hostModel.model,
      ...year,
      baselineCase: baseline,
      horizonYears: calendar.horizonYears,
      serviceLifeYears: optionCalendar.serviceLifeYears,
      baselineLifeYears: calendar.serviceLifeYears,
      whole,
      moved: measureEstate(moved, calendar, windowsStandard, firstRefresh),
      switchedOff: measureEstate(switchedOffServers, calendar, windowsStandard, firstRefresh),
      hostsInUse,
      retiredHosts: measureHostsInUse(retiredHosts, calendar, licensing, windowsHosts, hostRefresh),
      licenceTerms: terms,
      retiredAssets: retiredAssets(switchedOff, calendar.warrantyYears),
      assumedInputs,
    },
    optionOf,
  };
}
