import type { MonthlySummary } from '../../engine/summary/monthly-summary.js';
import { formatDate, formatNumber } from '../../reports/format/numbers.js';
import { describeNotableChange } from '../../reports/summary/describe-notable-change.js';
import { monthLabel } from '../../reports/summary/month-label.js';
import { summaryKeyFigures } from '../../reports/summary/summary-key-figures.js';
import { describeRemaining } from '../../reports/summary/describe-remaining.js';
import { organisationTables } from './organisation-tables.js';
import type { Answer, AnswerTable } from '../answer/answer.js';

const maxChangeRows = 12;

/**
 * The monthly summary as a platform-neutral answer, so Slack (Block Kit) and Teams (Adaptive
 * Card) render it like any other answer, with the same figures as the PDF.
 */
export function summaryAnswer(summary: MonthlySummary): Answer {
  const { changes, plan, current } = summary;
  const moved = [
    `${formatNumber(changes.virtualised.length)} virtualised`,
    `${formatNumber(changes.retired.length)} retired`,
    `${formatNumber(changes.added.length)} added`,
  ].join(', ');
  const planPart = plan
    ? `; ${formatNumber(plan.actualServersOff)} of ${formatNumber(plan.plannedServersOff)} planned servers switched off (${plan.status === 'on track' ? 'on track' : `${plan.status} by ${formatNumber(Math.abs(plan.difference))}`})`
    : '';
  return {
    kind: 'summary',
    headline: `Estate summary for ${monthLabel(summary.month)}: ${moved}${planPart}`,
    figures: summaryKeyFigures(summary).map((f) => ({ label: f.label, value: `${f.value} (${f.note})`, raw: f.raw })),
    tables: [changesTable(summary), trendTable(summary), ...warrantyTable(summary), ...(summary.organisations ? organisationTables(summary.organisations, summary.warrantyWindowDays) : [])],
    notes: [
      ...summary.notable.map(describeNotableChange),
      ...(summary.organisations ? [organisationNote(summary)] : []),
      `Snapshot of ${formatDate(current.asOf)}${summary.previous ? ` compared with ${formatDate(summary.previous.asOf)}` : ''}; energy, carbon and running costs are the engine's do-nothing figures for year 1 at the assumptions in force.`,
      describeRemaining(current.remaining),
    ],
    actions: [],
  };
}

/** What the organisation rows count and how their money is split, so a trust can check its own row. */
function organisationNote(summary: MonthlySummary): string {
  const unsplitPlan = summary.organisations?.total.plan !== undefined && summary.organisations.rows.some((r) => r.plan?.plannedServersOff === undefined);
  return [
    'By organisation: switched off counts physical servers retired or virtualised; each organisation\'s energy and running costs are its part of the engine\'s do-nothing figures for year 1 (split as tco and the business case split them), and the rows add up to the total in pence and kWh (shown to the nearest pound, so a column may differ from its total by a pound or so).',
    ...(unsplitPlan ? ['The approved plan sets targets for the whole estate only: give its months an organisations list to see each one\'s targets.'] : []),
  ].join(' ');
}

function changesTable(summary: MonthlySummary): AnswerTable {
  const rows = [
    ...summary.changes.virtualised.map((s) => [s.id, s.service, 'Virtualised']),
    ...summary.changes.retired.map((s) => [s.id, s.service, 'Retired']),
    ...summary.changes.added.map((s) => [s.id, s.service, `Added (${s.kind})`]),
  ];
  const shown = rows.slice(0, maxChangeRows);
  if (rows.length > shown.length) shown.push([`… and ${formatNumber(rows.length - shown.length)} more`, '', '']);
  return { title: 'Changes this month', columns: ['Server', 'Service', 'Change'], rows: shown };
}

function trendTable(summary: MonthlySummary): AnswerTable {
  return {
    title: 'Trend',
    columns: ['Month', 'Servers', 'Physical', 'Hosts', 'Power (kW)'],
    rows: summary.trend.map((m) => [m.month, formatNumber(m.servers.total), formatNumber(m.servers.physical), formatNumber(m.virtualisationHosts), formatNumber(m.powerWatts / 1000, 1)]),
  };
}

function warrantyTable(summary: MonthlySummary): AnswerTable[] {
  if (summary.warrantyExpiring.length === 0) return [];
  return [{
    title: `Warranty ending within ${summary.warrantyWindowDays} days`,
    columns: ['Server', 'Service', 'Ends'],
    rows: summary.warrantyExpiring.slice(0, maxChangeRows).map((w) => [w.id, w.service, formatDate(w.warrantyEnd)]),
  }];
}
