import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import type { Plan } from '../../engine/plan/plan.js';
import { sizingSignals } from '../../engine/plan/sizing-signals.js';
import { formatNumber, formatPercent } from './numbers.js';

/** A plan this much bigger or smaller than today's host count is explained, not just stated. */
const LARGE_DIFFERENCE = 0.25;

/**
 * What sized the plan and how it compares with the hosts the servers run on today, in sentences
 * every front end shows alike (CLI plan, chat answer), e.g. "You run on 15 hosts in 4 clusters
 * today (480 cores, 7,680 GB); this plan needs 55." followed by why, when the difference is large.
 */
export function planAgainstTodayText(plan: Plan, assumptions: AssumptionSet): string[] {
  const signals = sizingSignals(plan.demands);
  const sized = plan.demands.length;
  const lines: string[] = [];
  if (sized > 0) {
    const parts = [
      signals.p95 > 0 ? `${formatNumber(signals.p95)} from measured p95 use` : '',
      signals.snapshot > 0 ? `${formatNumber(signals.snapshot)} from use at one instant (an RVTools export) x ${formatNumber(assumptions.get('sizing.snapshotComfortFactor'), 1)} margin` : '',
      signals.allocation > 0 ? `${formatNumber(signals.allocation)} from their full allocation (no use measured)` : '',
    ].filter((p) => p !== '');
    lines.push(`Sized: ${parts.join('; ')}.`);
  }
  const today = plan.today;
  if (!today) return lines;
  lines.push(
    `You run on ${formatNumber(today.hosts)} host${today.hosts === 1 ? '' : 's'} in ${formatNumber(today.clusters)} cluster${today.clusters === 1 ? '' : 's'} today (${formatNumber(today.cores)} cores, ${formatNumber(today.ramGb)} GB); this plan needs ${formatNumber(plan.hosts)} (${formatNumber(plan.hosts * plan.hostModel.cores)} cores, ${formatNumber(plan.hosts * plan.hostModel.ramGb)} GB).`,
  );
  if (plan.hosts > today.hosts * (1 + LARGE_DIFFERENCE)) lines.push(whyMore(signals.allocation, sized, assumptions));
  else if (plan.hosts < today.hosts * (1 - LARGE_DIFFERENCE)) {
    lines.push(`Fewer hosts: each new host has ${formatNumber(plan.hostModel.cores)} cores and ${formatNumber(plan.hostModel.ramGb)} GB against today's average of ${formatNumber(today.cores / today.hosts)} cores and ${formatNumber(today.ramGb / today.hosts)} GB, and servers are sized from use, not allocation.`);
  }
  return lines;
}

function whyMore(allocation: number, sized: number, assumptions: AssumptionSet): string {
  if (allocation * 2 >= sized) {
    return `More hosts than today because ${formatNumber(allocation)} of ${formatNumber(sized)} servers have no measured use and are sized at their full allocation, while today's hosts run them overcommitted; give their use (RVTools vCPU and vMemory sheets, or cpu_util_p95 and mem_util_p95) to size from it.`;
  }
  return `More hosts than today because the plan allows ${formatPercent(assumptions.get('growth.annual'), 1)} growth a year over ${formatNumber(assumptions.get('horizon.years'))} years, fills hosts to at most ${formatPercent(assumptions.get('headroom.cpu'))} CPU and ${formatPercent(assumptions.get('headroom.ram'))} RAM, and adds ${formatNumber(assumptions.get('ha.spareHosts'))} spare host${assumptions.get('ha.spareHosts') === 1 ? '' : 's'} per cluster for HA.`;
}
