import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import { UnsprawlError } from '../../engine/errors.js';
import { evaluate } from '../../engine/evaluate.js';
import { figuresByOrganisation } from '../../engine/figures-by-organisation.js';
import { evaluationUncertainty } from '../../engine/sensitivity/evaluation-sensitivity.js';
import type { HostModel } from '../../engine/hosts/host-model.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import type { CorePerformanceTable } from '../../engine/sizing/core-performance-table.js';
import { addMonths } from '../../engine/summary/add-months.js';
import type { ApprovedPlan } from '../../engine/summary/approved-plan.js';
import type { EvaluatedSnapshot } from '../../engine/summary/month-figures.js';
import { monthlySummary, type MonthlySummary } from '../../engine/summary/monthly-summary.js';
import type { HistoryStore } from '../open-store.js';
import { findSnapshot } from '../snapshots/find-snapshot.js';
import { listSnapshots } from '../snapshots/list-snapshots.js';
import { readSnapshotEstate } from '../snapshots/read-snapshot-estate.js';

export interface SummariseMonthInput {
  /** YYYY-MM */
  month: string;
  hosts: readonly HostModel[];
  assumptions: AssumptionSet;
  /** The same per-core performance table every other engine call uses (Inputs.corePerformance). */
  corePerformance: CorePerformanceTable;
  /** The scenario each snapshot is evaluated with ("what finishing the programme would take"). */
  scenario: Scenario;
  plan?: ApprovedPlan;
  warrantyWindowDays?: number;
  /** How many months the trend covers, this one included (default 13: a year on year). The plan's baseline is always kept. */
  trendMonths?: number;
  /** Called once per snapshot evaluated, for progress on the terminal. */
  onProgress?: (done: number, total: number, asOf: string) => void;
}

/**
 * Reads the month's snapshot and every earlier month's latest one from the store, evaluates each
 * with THE engine call (evaluate()), and builds the monthly summary from those results.
 *
 * @example summariseMonth(store, { month: '2026-10', hosts, assumptions, scenario, plan })
 */
export function summariseMonth(store: HistoryStore, input: SummariseMonthInput): MonthlySummary {
  const target = findSnapshot(store, { month: input.month });
  if (!target) throw noSnapshot(store, input.month);
  const latestPerMonth = new Map(listSnapshots(store, target.asOf).map((s) => [s.month, s]));
  // Each snapshot costs one evaluate(): keep the trend to a window, plus the baseline progress is measured from.
  const firstMonth = addMonths(input.month, 1 - (input.trendMonths ?? 13));
  const infos = [...latestPerMonth.values()].filter((s) => s.month >= firstMonth || s.month === input.plan?.baselineMonth);
  const snapshots: EvaluatedSnapshot[] = infos.map((info, i) => {
    const estate = readSnapshotEstate(store, info);
    const evaluation = evaluate({ estate, hosts: input.hosts, assumptions: input.assumptions, scenario: input.scenario, corePerformance: input.corePerformance });
    // The month in question states its NPV with the same uncertainty as chat, tco and the paper.
    const uncertainty = info.month === input.month ? evaluationUncertainty({ estate, hosts: input.hosts, evaluation, corePerformance: input.corePerformance }) : undefined;
    // An integrated care system's snapshot is split by organisation with the rule tco, chat and the paper use.
    const organisations = figuresByOrganisation({ estate, hosts: input.hosts, evaluation });
    input.onProgress?.(i + 1, infos.length, info.asOf);
    return { month: info.month, asOf: info.asOf, estate, evaluation, ...(uncertainty ? { uncertainty } : {}), ...(organisations ? { organisations } : {}) };
  });
  return monthlySummary({
    month: input.month,
    snapshots,
    ...(input.plan ? { plan: input.plan } : {}),
    ...(input.warrantyWindowDays === undefined ? {} : { warrantyWindowDays: input.warrantyWindowDays }),
    assumptions: input.assumptions,
  });
}

function noSnapshot(store: HistoryStore, month: string): UnsprawlError {
  const months = [...new Set(listSnapshots(store).map((s) => s.month))];
  const have = months.length === 0 ? 'The store has no snapshots yet.' : `Snapshots exist for ${months.length > 6 ? `${months.slice(0, 3).join(', ')} … ${months.slice(-2).join(', ')}` : months.join(', ')}.`;
  return new UnsprawlError(
    'NOT_FOUND',
    `No estate snapshot for ${month} in ${store.path}. ${have} Import that month's inventory with: unsprawl import FILE --as-of ${month}-DD`,
  );
}
