import type { AssumptionSet } from '../assumptions/assumption-set.js';
import { UnsprawlError } from '../errors.js';
import type { ApprovedPlan } from './approved-plan.js';
import { estateChanges, type EstateChanges } from './estate-changes.js';
import { monthFigures, type EvaluatedSnapshot, type MonthFigures } from './month-figures.js';
import { notableChanges, type NotableChange } from './notable-changes.js';
import { organisationProgress, type OrganisationProgress } from './organisation-progress.js';
import { planProgress, type PlanProgress } from './plan-progress.js';
import { switchOffProgress, type SwitchOffProgress } from './switch-off-progress.js';
import { warrantyExpiring, type ExpiringWarranty } from './warranty-expiring.js';

export interface MonthlySummaryInput {
  /** YYYY-MM */
  month: string;
  /** Every evaluated snapshot up to and including the month's, oldest first: the trend. */
  snapshots: readonly EvaluatedSnapshot[];
  plan?: ApprovedPlan;
  /** How far ahead warranty ends are listed (days). */
  warrantyWindowDays?: number;
  /** The assumptions in force, for the retire.* thresholds of the switch-off review; without them the summary has no `switchOff`. */
  assumptions?: AssumptionSet;
}

export interface MonthlySummary {
  month: string;
  current: MonthFigures;
  /** The snapshot before this one; absent for the first snapshot of the history. */
  previous?: MonthFigures;
  changes: EstateChanges;
  /** Figures per snapshot, oldest first, ending with the current month. */
  trend: MonthFigures[];
  warrantyWindowDays: number;
  warrantyExpiring: ExpiringWarranty[];
  /** Absent without an approved plan, or when its baseline snapshot is not in the history. */
  plan?: PlanProgress;
  /** Idle and zombie servers still running, and those switched off since the previous snapshot. */
  switchOff?: SwitchOffProgress;
  notable: NotableChange[];
  /** The month per organisation and in total, when the snapshot names organisations (an integrated care system). */
  organisations?: OrganisationProgress;
}

const state = (snapshot: EvaluatedSnapshot, figures: MonthFigures) => ({
  month: snapshot.month,
  estate: snapshot.estate,
  runningCostPencePerYear: figures.runningCostPencePerYear,
});

/**
 * How the estate and the consolidation programme moved in a month, compared with the previous
 * snapshot. Pure: every figure comes from the engine's results for the snapshots passed in.
 *
 * @example monthlySummary({ month: '2026-10', snapshots, plan }).plan?.status // -> 'behind'
 */
export function monthlySummary(input: MonthlySummaryInput): MonthlySummary {
  const index = input.snapshots.findLastIndex((s) => s.month === input.month);
  const current = input.snapshots[index];
  if (!current) {
    const months = input.snapshots.map((s) => s.month);
    throw new UnsprawlError('NOT_FOUND', `no estate snapshot for ${input.month}${months.length > 0 ? ` (snapshots: ${months.join(', ')})` : ''}`);
  }
  const history = input.snapshots.slice(0, index + 1);
  const previous = history[history.length - 2];
  const trend = history.map(monthFigures);
  const figures = trend[trend.length - 1]!;
  const window = input.warrantyWindowDays ?? 90;
  const changes = previous ? estateChanges(previous.estate, current.estate) : { added: [], retired: [], virtualised: [] };
  const expiring = warrantyExpiring(current.estate, current.asOf, window);
  const baselineIndex = input.plan ? history.findIndex((s) => s.month === input.plan?.baselineMonth) : -1;
  const baseline = history[baselineIndex];
  const progress = input.plan && baseline
    ? planProgress(
        input.plan,
        state(baseline, trend[baselineIndex]!),
        history.slice(baselineIndex + 1).map((s, i) => state(s, trend[baselineIndex + 1 + i]!)),
      )
    : undefined;
  const organisations = organisationProgress({
    current: { estate: current.estate, figures },
    ...(previous ? { previous } : {}),
    ...(input.plan && baseline && progress ? { plan: { approved: input.plan, baseline: { estate: baseline.estate, figures: trend[baselineIndex]! }, progress } } : {}),
    expiring,
  });
  return {
    month: input.month,
    current: figures,
    ...(previous ? { previous: trend[trend.length - 2]! } : {}),
    changes,
    trend,
    warrantyWindowDays: window,
    warrantyExpiring: expiring,
    ...(progress ? { plan: progress } : {}),
    ...(input.assumptions ? { switchOff: switchOffProgress(previous, current, input.assumptions) } : {}),
    notable: previous ? notableChanges(previous.estate, current.estate, changes, expiring) : [],
    ...(organisations ? { organisations } : {}),
  };
}
