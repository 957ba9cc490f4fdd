import { estateChanges } from '../../engine/summary/estate-changes.js';
import { formatDate, formatNumber } from '../../reports/format/numbers.js';
import { monthLabel } from '../../reports/summary/month-label.js';
import type { Answer } from '../answer/answer.js';
import type { DatedSnapshot } from './changes-since-answer.js';

/**
 * "Show me the trend in server numbers", "how has the estate changed over the last six months?":
 * servers, physical and virtual, and those switched off (retired or virtualised since the
 * snapshot before), month by month for the snapshots the history has, oldest first. Months
 * without a snapshot are not made up: the answer lists the ones that exist.
 *
 * @example serverTrendAnswer(snapshots).tables[0].rows.at(-1) // ['October 2026', '228', '125', '103', '19']
 */
export function serverTrendAnswer(snapshots: readonly DatedSnapshot[]): Answer {
  const count = (s: DatedSnapshot, kind?: 'physical' | 'virtual') => s.estate.servers.filter((x) => kind === undefined || x.kind === kind).length;
  const rows = snapshots.map((s, i) => {
    const before = snapshots[i - 1];
    const changes = before ? estateChanges(before.estate, s.estate) : undefined;
    return [monthLabel(s.month), formatNumber(count(s)), formatNumber(count(s, 'physical')), formatNumber(count(s, 'virtual')), changes ? formatNumber(changes.retired.length + changes.virtualised.length) : '–'];
  });
  const first = snapshots[0]!;
  const last = snapshots[snapshots.length - 1]!;
  return {
    kind: 'summary',
    headline: snapshots.length < 2
      ? `The history has one inventory snapshot (${monthLabel(first.month)}: ${formatNumber(count(first))} servers), so there is no trend yet.`
      : `Servers went from ${formatNumber(count(first))} in ${monthLabel(first.month)} to ${formatNumber(count(last))} in ${monthLabel(last.month)}; physical from ${formatNumber(count(first, 'physical'))} to ${formatNumber(count(last, 'physical'))}, over ${formatNumber(snapshots.length)} monthly snapshots.`,
    figures: [
      { label: 'Servers now', value: `${formatNumber(count(last))} (${formatNumber(count(first))} in ${monthLabel(first.month)})`, raw: count(last) },
      { label: 'Physical now', value: `${formatNumber(count(last, 'physical'))} (${formatNumber(count(first, 'physical'))} in ${monthLabel(first.month)})`, raw: count(last, 'physical') },
    ],
    tables: [{ title: 'Server numbers by month', columns: ['Month', 'Servers', 'Physical', 'Virtual', 'Switched off that month'], rows }],
    notes: [`From the inventory snapshots in the history, ${formatDate(first.asOf)} to ${formatDate(last.asOf)}, the latest of each month; switched off = retired or virtualised since the snapshot before.`],
    actions: [{ id: 'ask', label: `${monthLabel(last.month)} summary`, question: `monthly summary for ${last.month}` }],
  };
}
