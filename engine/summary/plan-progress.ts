import type { Estate } from '../estate/estate.js';
import type { Pence } from '../money.js';
import type { ApprovedPlan } from './approved-plan.js';

export interface PlanProgress {
  name: string;
  approvedBy: string;
  approvedOn: string;
  reference: string;
  baselineMonth: string;
  month: string;
  /** Physical servers switched off since the baseline, cumulative: planned by this month and actual. */
  plannedServersOff: number;
  actualServersOff: number;
  /** actual - planned (negative = behind). */
  difference: number;
  forecastSavingPencePerYear: Pence;
  /** Baseline running cost minus this month's, both from the engine (£ a year). */
  realisedSavingPencePerYear: Pence;
  status: 'ahead' | 'on track' | 'behind';
  /** The plan's target for the next month, when it has one. */
  next?: { month: string; serversOff: number };
  /** Planned and actual servers switched off for every snapshot month from the baseline to this one. */
  byMonth: { month: string; planned: number; actual: number }[];
}

interface MonthState {
  month: string;
  estate: Estate;
  runningCostPencePerYear: Pence;
}

/** Within this many servers (or 5% of the target, if larger) of the plan counts as on track. */
const tolerance = (planned: number) => Math.max(2, Math.round(planned * 0.05));

/**
 * Progress against the approved plan: physical servers of the baseline that are no longer
 * physical (switched off or virtualised), against the plan's cumulative target for the month,
 * and the running-cost saving realised against the forecast.
 */
export function planProgress(plan: ApprovedPlan, baseline: MonthState, months: readonly MonthState[]): PlanProgress {
  const current = months[months.length - 1] ?? baseline;
  const switchedOff = (estate: Estate) => {
    const stillPhysical = new Set(estate.servers.filter((s) => s.kind === 'physical').map((s) => s.id));
    return baseline.estate.servers.filter((s) => s.kind === 'physical' && !stillPhysical.has(s.id)).length;
  };
  const targetFor = (month: string) => plan.months.filter((m) => m.month <= month).at(-1);
  const target = targetFor(current.month);
  const actual = switchedOff(current.estate);
  const planned = target?.serversOff ?? 0;
  const next = plan.months.find((m) => m.month > current.month);
  const difference = actual - planned;
  return {
    name: plan.name,
    approvedBy: plan.approvedBy,
    approvedOn: plan.approvedOn,
    reference: plan.reference,
    baselineMonth: plan.baselineMonth,
    month: current.month,
    plannedServersOff: planned,
    actualServersOff: actual,
    difference,
    forecastSavingPencePerYear: target?.forecastAnnualSavingPence ?? 0,
    realisedSavingPencePerYear: baseline.runningCostPencePerYear - current.runningCostPencePerYear,
    status: Math.abs(difference) <= tolerance(planned) ? 'on track' : difference > 0 ? 'ahead' : 'behind',
    ...(next ? { next: { month: next.month, serversOff: next.serversOff } } : {}),
    byMonth: [baseline, ...months.filter((m) => m.month > baseline.month)].map((m) => ({
      month: m.month,
      planned: targetFor(m.month)?.serversOff ?? 0,
      actual: switchedOff(m.estate),
    })),
  };
}
