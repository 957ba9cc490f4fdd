import type { MonthlySummary } from '../../engine/summary/monthly-summary.js';
import { formatDate, formatNumber } from '../../reports/format/numbers.js';
import { monthLabel } from '../../reports/summary/month-label.js';
import type { Answer } from '../answer/answer.js';

const maxRows = 12;
const servers = (n: number) => `${formatNumber(n)} server${n === 1 ? '' : 's'}`;

/**
 * "How many servers did we switch off in October?": the month's count from the history store,
 * not the whole monthly summary. A server is switched off when it was in the previous snapshot
 * and is gone from this one (retired) or was physical and now runs as a VM of the same name
 * (virtualised: its box is off); the answer says so, with both snapshot dates, and with progress
 * against the approved plan when there is one. The first snapshot has nothing to count against,
 * and the answer says that instead of a zero.
 *
 * @example switchedOffAnswer(summariseMonth(store, { month: '2026-10', ... })).headline
 *   // 'In October 2026 we switched off 19 servers: 16 virtualised (P2V) and 3 retired.'
 */
export function switchedOffAnswer(summary: MonthlySummary): Answer {
  const month = monthLabel(summary.month);
  const { previous, current, changes } = summary;
  if (!previous) {
    return {
      kind: 'summary',
      headline: `${month} is the first inventory snapshot in the history, so there is no earlier one to count switched-off servers against.`,
      figures: [],
      tables: [],
      notes: [`Snapshot of ${formatDate(current.asOf)}. The count of servers switched off starts with the next month's snapshot.`],
      actions: [{ id: 'ask', label: `${month} summary`, question: `monthly summary for ${summary.month}` }],
    };
  }
  const off = changes.virtualised.length + changes.retired.length;
  const physicalRetired = changes.retired.filter((s) => s.kind === 'physical').length;
  const plan = summary.plan;
  const idle = summary.switchOff?.switchedOff.length ?? 0;
  return {
    kind: 'summary',
    headline: `In ${month} we switched off ${servers(off)}: ${formatNumber(changes.virtualised.length)} virtualised (P2V) and ${formatNumber(changes.retired.length)} retired.`,
    figures: [
      { label: `Switched off in ${month}`, value: servers(off), raw: off },
      { label: 'Physical boxes off', value: `${formatNumber(changes.virtualised.length + physicalRetired)} (virtualised, or physical and retired)`, raw: changes.virtualised.length + physicalRetired },
      ...(plan
        ? [{ label: 'Against the approved plan', value: `${formatNumber(plan.actualServersOff)} of ${formatNumber(plan.plannedServersOff)} physical servers off since ${monthLabel(plan.baselineMonth)} (${plan.status === 'on track' ? 'on track' : `${plan.status} by ${formatNumber(Math.abs(plan.difference))}`})`, raw: plan.actualServersOff }]
        : []),
    ],
    tables: [{
      title: `Switched off in ${month}`,
      columns: ['Server', 'Service', 'How'],
      rows: [
        ...changes.retired.map((s) => [s.id, s.service, `Retired (${s.kind})`]),
        ...changes.virtualised.map((s) => [s.id, s.service, 'Virtualised (P2V)']),
      ].slice(0, maxRows).concat(off > maxRows ? [[`… and ${formatNumber(off - maxRows)} more`, '', '']] : []),
    }],
    notes: [
      `Counted from the inventory snapshots of ${formatDate(previous.asOf)} and ${formatDate(current.asOf)}: servers gone from the later one (retired), and physical servers that now run as a VM of the same name (virtualised).`,
      ...(idle > 0 ? [`${servers(idle)} of them had been flagged idle or zombie by the switch-off review.`] : []),
    ],
    actions: [{ id: 'ask', label: `${month} summary`, question: `monthly summary for ${summary.month}` }],
  };
}
