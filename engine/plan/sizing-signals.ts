import type { SizingSignal, WorkloadDemand } from './plan.js';

/** How many workloads each signal sized (`plan --json` "signals"), so a reader sees how far the plan rests on measurement. */
export function sizingSignals(demands: readonly WorkloadDemand[]): Record<SizingSignal, number> {
  const counts: Record<SizingSignal, number> = { p95: 0, snapshot: 0, allocation: 0 };
  for (const d of demands) counts[d.signal] += 1;
  return counts;
}
