import type { AssumptionSet } from '../assumptions/assumption-set.js';
import type { Estate } from '../estate/estate.js';
import { ScenarioError } from '../errors.js';
import { licensingCatalogue } from '../licensing/licensing-catalogue.js';
import type { Plan } from '../plan/plan.js';
import type { Scenario } from '../scenario/scenario.js';
import type { Appraisal } from './appraisal.js';
import { appraisalYear } from './appraisal-year.js';
import { measureEstate, type EstateQuantities } from './measure-estate.js';
import { measureOption, type OptionQuantities } from './measure-option.js';

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
  'support.warrantyYears',
  'resale.maxAgeYears',
];

/** Everything the appraisal prices, measured once per estate, plan and set of measure keys. */
export interface AppraisalQuantities extends Pick<Appraisal, 'scenario' | 'hypervisor' | 'hostModel' | 'appraisalYear' | 'appraisalYearSource' | 'horizonYears'> {
  /** Service life of servers and of the option's kit, for refresh years and residual values. */
  serviceLifeYears: number;
  /** Do-nothing quantities of the servers the plan moves. */
  moved: EstateQuantities;
  /** Do-nothing quantities of every other server (the same in both cases). */
  staying: EstateQuantities;
  /** Do-nothing quantities of the servers the plan switches off instead of moving (plan.retired). */
  retired: EstateQuantities;
  option: OptionQuantities;
}

export interface MeasureInput {
  estate: Estate;
  assumptions: AssumptionSet;
  scenario: Scenario;
  plan: Plan;
}

/** Splits the estate into moved and staying servers and measures both, and the option. */
export function measureQuantities({ estate, assumptions, scenario, plan }: MeasureInput): AppraisalQuantities {
  const year = appraisalYear(estate, assumptions);
  const calendar = {
    year0: year.appraisalYear,
    horizonYears: assumptions.get('horizon.years'),
    serviceLifeYears: assumptions.get('refresh.serviceLifeYears'),
    warrantyYears: assumptions.get('support.warrantyYears'),
    backlogYears: assumptions.get('refresh.backlogYears'),
  };
  const byId = new Map(estate.servers.map((s) => [s.id, s]));
  const movedIds = new Set(plan.placements.map((p) => p.workload));
  const retiredIds = new Set((plan.retired ?? []).map((r) => r.workload));
  const unknown = [...movedIds, ...retiredIds].filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    throw new ScenarioError('plan', `the plan places workloads that are not in the estate ${estate.source}: ${unknown.slice(0, 5).join(', ')}`);
  }
  const moved = estate.servers.filter((s) => movedIds.has(s.id));
  const staying = estate.servers.filter((s) => !movedIds.has(s.id) && !retiredIds.has(s.id));
  const retired = estate.servers.filter((s) => retiredIds.has(s.id));
  const licensing = licensingCatalogue();
  return {
    scenario: scenario.name,
    hypervisor: scenario.hypervisor,
    hostModel: plan.hostModel.model,
    ...year,
    horizonYears: calendar.horizonYears,
    serviceLifeYears: calendar.serviceLifeYears,
    moved: measureEstate(moved, calendar, licensing.windowsGuests.standard),
    staying: measureEstate(staying, calendar, licensing.windowsGuests.standard),
    retired: measureEstate(retired, calendar, licensing.windowsGuests.standard),
    option: measureOption(plan, scenario.hypervisor, moved, { ...calendar, recentAgeYears: assumptions.get('resale.maxAgeYears') }, licensing),
  };
}
