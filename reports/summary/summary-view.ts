import type { MonthlySummary } from '../../engine/summary/monthly-summary.js';
import { buildFigure } from '../charts/build-figure.js';
import type { FigureView } from '../charts/figure-view.js';
import { formatDate, formatMoney, formatNumber } from '../format/numbers.js';
import { tableView, type TableView } from '../html/table-view.js';
import { describeNotableChange } from './describe-notable-change.js';
import { describeRemaining } from './describe-remaining.js';
import { monthLabel } from './month-label.js';
import { planChart } from './plan-chart.js';
import { summaryKeyFigures, type SummaryFigure } from './summary-key-figures.js';
import { trendChart, type TrendPoint } from './trend-chart.js';

export interface SummaryView {
  title: string;
  subtitle: string;
  keyFigures: Omit<SummaryFigure, 'raw'>[];
  notable: string[];
  trendFigure: FigureView;
  plan?: { paragraphs: string[]; figure: FigureView };
  changesTable: TableView;
  warrantyTable?: TableView;
  remaining: string[];
  footnotes: string[];
}

const measures = ['Power draw (kW)', 'Energy (MWh a year)', 'Running costs (£k a year)', 'Carbon (t CO2e a year)'] as const;

/** Everything the monthly summary template prints, formatted; the template holds no logic. */
export async function summaryView(summary: MonthlySummary, options: { trustName?: string } = {}): Promise<SummaryView> {
  const { current, previous, plan } = summary;
  const trust = options.trustName ?? 'Sample NHS Trust';
  const points: TrendPoint[] = summary.trend.flatMap((m) => [
    { measure: measures[0], month: m.month, value: m.powerWatts / 1000 },
    { measure: measures[1], month: m.month, value: Math.round(m.energyKwhPerYear / 1000) },
    { measure: measures[2], month: m.month, value: Math.round(m.runningCostPencePerYear / 100_000) },
    { measure: measures[3], month: m.month, value: Math.round(m.co2eTonnesPerYear * 10) / 10 },
  ]);
  const trendTable = tableView(
    'Trend by month',
    [
      { label: 'Month', value: (m: MonthlySummary['trend'][number]) => monthLabel(m.month) },
      { label: 'Servers', numeric: true, value: (m) => formatNumber(m.servers.total) },
      { label: 'Physical', numeric: true, value: (m) => formatNumber(m.servers.physical) },
      { label: 'Hosts', numeric: true, value: (m) => formatNumber(m.virtualisationHosts) },
      { label: 'Power (kW)', numeric: true, value: (m) => formatNumber(m.powerWatts / 1000, 1) },
      { label: 'Energy (MWh a year)', numeric: true, value: (m) => formatNumber(m.energyKwhPerYear / 1000) },
      { label: 'Running costs a year', numeric: true, value: (m) => formatMoney(m.runningCostPencePerYear) },
      { label: 't CO2e a year', numeric: true, value: (m) => formatNumber(m.co2eTonnesPerYear, 1) },
    ],
    summary.trend,
    { className: 'compact' },
  );
  return {
    title: `Estate and consolidation summary: ${monthLabel(summary.month)}`,
    subtitle: `${trust}. Inventory of ${formatDate(current.asOf)}${previous ? `, compared with ${formatDate(previous.asOf)}` : ''}.`,
    keyFigures: summaryKeyFigures(summary).map(({ label, value, note }) => ({ label, value, note })),
    notable: summary.notable.length > 0 ? summary.notable.map(describeNotableChange) : ['No notable changes this month.'],
    trendFigure: await buildFigure('figure-trend', 1, 'Power, energy, running costs and carbon of the estate, month by month', trendMessage(summary), trendChart(points, measures), trendTable),
    ...(plan ? { plan: await planView(summary) } : {}),
    changesTable: changesTable(summary),
    ...(summary.warrantyExpiring.length > 0 ? { warrantyTable: warrantyTable(summary) } : {}),
    remaining: [
      describeRemaining(current.remaining),
    ],
    footnotes: [
      'Servers are matched by name between snapshots: a server that was physical and is now virtual was virtualised (P2V); one that is gone was retired.',
      'Energy, carbon and running costs are the do-nothing figures for year 1 of the estate as it stands in each snapshot, from the same engine and assumptions as the business case (PUE, energy price and carbon factor in data/assumptions.json).',
      'Virtualisation hosts are physical servers running a hypervisor; the consolidation ratio is virtual servers per host.',
    ],
  };
}

/** The trend chart's message: how energy and running costs moved from the first month shown to the last. */
function trendMessage(summary: MonthlySummary): string {
  const first = summary.trend[0];
  const last = summary.trend[summary.trend.length - 1];
  if (!first || !last || first === last) return 'One month of data: the figures of this month’s inventory.';
  return `From ${monthLabel(first.month)} to ${monthLabel(last.month)} energy went from ${formatNumber(first.energyKwhPerYear / 1000)} to ${formatNumber(last.energyKwhPerYear / 1000)} MWh a year and running costs from ${formatMoney(first.runningCostPencePerYear)} to ${formatMoney(last.runningCostPencePerYear)} a year.`;
}

async function planView(summary: MonthlySummary): Promise<NonNullable<SummaryView['plan']>> {
  const plan = summary.plan!;
  const status = plan.status === 'on track' ? 'on track' : `${formatNumber(Math.abs(plan.difference))} servers ${plan.status === 'behind' ? 'behind' : 'ahead of'} plan`;
  const table = tableView(
    'Servers switched off since the baseline (cumulative)',
    [
      { label: 'Month', value: (r: { month: string; planned: number; actual: number }) => monthLabel(r.month) },
      { label: 'Planned', numeric: true, value: (r) => formatNumber(r.planned) },
      { label: 'Actual', numeric: true, value: (r) => formatNumber(r.actual) },
      { label: 'Difference', numeric: true, value: (r) => formatNumber(r.actual - r.planned) },
    ],
    plan.byMonth,
    { className: 'compact' },
  );
  return {
    paragraphs: [
      `${plan.name}, approved by ${plan.approvedBy} on ${formatDate(plan.approvedOn)} (${plan.reference}).`,
      `By the end of ${monthLabel(plan.month)} ${formatNumber(plan.actualServersOff)} physical servers had been switched off against ${formatNumber(plan.plannedServersOff)} planned: ${status}. Running costs are ${formatMoney(plan.realisedSavingPencePerYear)} a year lower than in the ${monthLabel(plan.baselineMonth)} baseline, against a forecast of ${formatMoney(plan.forecastSavingPencePerYear)}.`,
      ...(plan.next ? [`Next month's target: ${formatNumber(plan.next.serversOff)} servers switched off by the end of ${monthLabel(plan.next.month)}.`] : []),
    ],
    figure: await buildFigure(
      'figure-plan',
      2,
      'Physical servers switched off since the baseline: planned and actual',
      `By the end of ${monthLabel(plan.month)}, ${formatNumber(plan.actualServersOff)} physical servers had been switched off against ${formatNumber(plan.plannedServersOff)} planned: ${status}.`,
      planChart(plan.byMonth.flatMap((r) => [
        { month: r.month, series: 'Planned' as const, serversOff: r.planned },
        { month: r.month, series: 'Actual' as const, serversOff: r.actual },
      ])),
      table,
    ),
  };
}

function changesTable(summary: MonthlySummary): TableView {
  type Row = { id: string; service: string; change: string; watts: number };
  const rows: Row[] = [
    ...summary.changes.virtualised.map((s) => ({ id: s.id, service: s.service, change: 'Virtualised', watts: s.powerWatts })),
    ...summary.changes.retired.map((s) => ({ id: s.id, service: s.service, change: 'Retired', watts: s.powerWatts })),
    ...summary.changes.added.map((s) => ({ id: s.id, service: s.service, change: `Added (${s.kind})`, watts: s.powerWatts })),
  ];
  return tableView(
    `Changes since the previous snapshot (${formatNumber(rows.length)})`,
    [
      { label: 'Server', value: (r: Row) => r.id },
      { label: 'Service', value: (r) => r.service },
      { label: 'Change', value: (r) => r.change },
      { label: 'Power (W)', numeric: true, value: (r) => (r.watts > 0 ? formatNumber(r.watts) : '–') },
    ],
    rows,
    { className: 'compact' },
  );
}

function warrantyTable(summary: MonthlySummary): TableView {
  return tableView(
    `Physical servers whose warranty ends within ${summary.warrantyWindowDays} days`,
    [
      { label: 'Server', value: (w: MonthlySummary['warrantyExpiring'][number]) => w.id },
      { label: 'Service', value: (w) => w.service },
      { label: 'Criticality', value: (w) => w.criticality },
      { label: 'Warranty ends', value: (w) => formatDate(w.warrantyEnd) },
      { label: 'Days left', numeric: true, value: (w) => formatNumber(w.daysLeft) },
    ],
    summary.warrantyExpiring,
    { className: 'compact' },
  );
}
