import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import type { Plan } from '../../engine/plan/plan.js';
import { sizingSignals } from '../../engine/plan/sizing-signals.js';
import { formatNumber, formatPercent } from './numbers.js';

/** A plan this much bigger or smaller than today's host count is explained, not just stated. */
const LARGE_DIFFERENCE = 0.25;
/** Servers sized from allocation explain a larger plan when they carry this share of its CPU or memory demand. */
const ALLOCATION_SHARE = 0.2;

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
  if (plan.hosts > today.hosts * (1 + LARGE_DIFFERENCE)) lines.push(whyMore(plan, signals.allocation, assumptions));
  else if (plan.hosts < today.hosts * (1 - LARGE_DIFFERENCE)) {
    lines.push(`Fewer hosts: each new host has ${formatNumber(plan.hostModel.cores)} cores and ${formatNumber(plan.hostModel.ramGb)} GB against today's average of ${formatNumber(today.cores / today.hosts)} cores and ${formatNumber(today.ramGb / today.hosts)} GB, and servers are sized from use, not allocation.`);
  }
  return lines;
}

/**
 * Why a plan needs more hosts than today: it sizes for growth and headroom and adds HA spares,
 * and it takes one-instant readings with a margin; servers with no measured use are sized at
 * their whole allocation, which today's hosts run overcommitted, so when they carry a notable
 * share of the CPU or memory demand that is named first.
 */
function whyMore(plan: Plan, allocation: number, assumptions: AssumptionSet): string {
  const share = (f: (d: Plan['demands'][number]) => number) => {
    const total = plan.demands.reduce((s, d) => s + f(d), 0);
    return total > 0 ? plan.demands.filter((d) => d.signal === 'allocation').reduce((s, d) => s + f(d), 0) / total : 0;
  };
  const allocationShare = Math.max(share((d) => d.cpuCores), share((d) => d.memGb));
  const spares = assumptions.get('ha.spareHosts');
  const reasons = [
    ...(allocationShare >= ALLOCATION_SHARE
      ? [`${formatNumber(allocation)} of ${formatNumber(plan.demands.length)} servers have no measured use and are sized at their full allocation (${formatPercent(allocationShare)} of the demand), while today's hosts run them overcommitted; give their use (RVTools vCPU and vMemory sheets, or cpu_util_p95 and mem_util_p95) to size from it`]
      : []),
    ...(plan.demands.some((d) => d.signal === 'snapshot') ? [`use read at one instant is taken x ${formatNumber(assumptions.get('sizing.snapshotComfortFactor'), 1)} (sizing.snapshotComfortFactor)`] : []),
    `the plan allows ${formatPercent(assumptions.get('growth.annual'), 1)} growth a year over ${formatNumber(assumptions.get('horizon.years'))} years`,
    `fills hosts to at most ${formatPercent(assumptions.get('headroom.cpu'))} CPU and ${formatPercent(assumptions.get('headroom.ram'))} RAM`,
    `adds ${formatNumber(spares)} spare host${spares === 1 ? '' : 's'} per cluster for HA`,
  ];
  return `More hosts than today because ${reasons.slice(0, -1).join('; ')} and ${reasons.at(-1)!}.`;
}
