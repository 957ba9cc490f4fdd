import type { Estate } from '../../engine/estate/estate.js';
import { estateChanges } from '../../engine/summary/estate-changes.js';
import { formatDate, formatNumber } from '../../reports/format/numbers.js';
import { monthLabel } from '../../reports/summary/month-label.js';
import type { Answer } from '../answer/answer.js';

/** One inventory snapshot: its month, the date it describes and its servers. */
export interface DatedSnapshot {
  month: string;
  asOf: string;
  estate: Estate;
}

const maxRows = 12;

/**
 * "What's changed since September?": the estate of the named month's snapshot against the
 * latest one, said as such (not September's own summary, which compares September with August):
 * servers virtualised, retired and added in between, and the counts then and now.
 *
 * @example changesSinceAnswer(september, october).headline
 *   // 'Since September 2026: 16 virtualised, 3 retired, 1 added, from the 30 September 2026 snapshot to the latest, 30 October 2026.'
 */
export function changesSinceAnswer(from: DatedSnapshot, to: DatedSnapshot, asked = monthLabel(from.month)): Answer {
  const changes = estateChanges(from.estate, to.estate);
  const count = (estate: Estate, kind?: 'physical' | 'virtual') => estate.servers.filter((s) => kind === undefined || s.kind === kind).length;
  const then = count(from.estate);
  const now = count(to.estate);
  const rows = [
    ...changes.retired.map((s) => [s.id, s.service, `Retired (${s.kind})`]),
    ...changes.virtualised.map((s) => [s.id, s.service, 'Virtualised (P2V)']),
    ...changes.added.map((s) => [s.id, s.service, `Added (${s.kind})`]),
  ];
  return {
    kind: 'summary',
    headline: `Since ${asked}: ${formatNumber(changes.virtualised.length)} virtualised, ${formatNumber(changes.retired.length)} retired, ${formatNumber(changes.added.length)} added, from the ${formatDate(from.asOf)} snapshot to the latest, ${formatDate(to.asOf)}.`,
    figures: [
      { label: 'Servers', value: `${formatNumber(now)} (${formatNumber(then)} on ${formatDate(from.asOf)})`, raw: now },
      { label: 'Physical servers', value: `${formatNumber(count(to.estate, 'physical'))} (${formatNumber(count(from.estate, 'physical'))} then)`, raw: count(to.estate, 'physical') },
      { label: 'Virtualised', value: formatNumber(changes.virtualised.length), raw: changes.virtualised.length },
      { label: 'Retired', value: formatNumber(changes.retired.length), raw: changes.retired.length },
      { label: 'Added', value: formatNumber(changes.added.length), raw: changes.added.length },
    ],
    tables: [{
      title: `Changes since ${asked}`,
      columns: ['Server', 'Service', 'Change'],
      rows: rows.slice(0, maxRows).concat(rows.length > maxRows ? [[`… and ${formatNumber(rows.length - maxRows)} more`, '', '']] : []),
    }],
    notes: [
      `Compared by server name between the inventory snapshots of ${formatDate(from.asOf)} (${monthLabel(from.month)}) and ${formatDate(to.asOf)} (${monthLabel(to.month)}): gone since is retired, physical then and a VM now is virtualised, new since is added.`,
    ],
    actions: [{ id: 'ask', label: `${monthLabel(to.month)} summary`, question: `monthly summary for ${to.month}` }],
  };
}
