import { beforeAfterChart } from '../charts/before-after-chart.js';
import { buildFigure } from '../charts/build-figure.js';
import type { CashFlowYear } from '../../engine/tco/appraisal.js';
import { formatMoney, formatNumber, formatPercent } from '../format/numbers.js';
import { tableView } from '../html/table-view.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { FinancialCaseView } from './business-case-view.js';
import type { CaseFigures } from './case-figures.js';

interface YearRow {
  year: string;
  capital: number;
  revenue: number;
  withOption: number;
  doNothing: number;
  net: number;
  presentValue: number;
}

/** Financial case: capital and revenue by year, affordability, energy and carbon. */
export async function financialCaseView(input: BusinessCaseInput, f: CaseFigures): Promise<FinancialCaseView> {
  const a = input.preferred.evaluation.appraisal;
  const rows: YearRow[] = a.cashFlows.map((c: CashFlowYear, t) => ({
    year: `Year ${t} (${c.financialYear})`,
    capital: a.withOption.capital[t] ?? 0,
    revenue: a.withOption.revenue[t] ?? 0,
    withOption: c.withOption,
    doNothing: c.doNothing,
    net: c.net,
    presentValue: c.presentValue,
  }));
  const total = rows.reduce<YearRow>(
    (s, r) => ({
      year: 'Total',
      capital: s.capital + r.capital,
      revenue: s.revenue + r.revenue,
      withOption: s.withOption + r.withOption,
      doNothing: s.doNothing + r.doNothing,
      net: s.net + r.net,
      presentValue: s.presentValue + r.presentValue,
    }),
    { year: 'Total', capital: 0, revenue: 0, withOption: 0, doNothing: 0, net: 0, presentValue: 0 },
  );
  const stayingCapital = a.staying.capital.reduce((s, v) => s + v, 0);
  const revenueSavingYear1 = (a.doNothing.revenue[1] ?? 0) - (a.withOption.revenue[1] ?? 0);
  const energySaving = 1 - f.energyAfterKwh / f.energyBeforeKwh;
  return {
    introduction: [
      `Table 5 shows the whole estate with the preferred option, split into capital (hosts, storage, networking, perpetual licences, optimism bias, less resale of recent servers) and revenue (support, subscriptions, energy, space, backup, staff time, migration), against doing nothing. Figures are in today’s prices; the present value column applies the ${formatPercent(f.discountRate, 1)} discount rate.`,
    ],
    capitalRevenueTable: tableView<YearRow>(
      'Table 5. Capital and revenue by year, whole estate',
      [
        { label: 'Year', value: (r) => r.year },
        { label: 'Capital', numeric: true, value: (r) => formatMoney(r.capital) },
        { label: 'Revenue', numeric: true, value: (r) => formatMoney(r.revenue) },
        { label: 'With the option', numeric: true, value: (r) => formatMoney(r.withOption) },
        { label: 'Do nothing', numeric: true, value: (r) => formatMoney(r.doNothing) },
        { label: 'Net saving', numeric: true, value: (r) => formatMoney(r.net) },
        { label: 'Present value', numeric: true, value: (r) => formatMoney(r.presentValue) },
      ],
      rows,
      { className: 'compact', totals: [total] },
    ),
    affordability: [
      `Capital: the option needs ${formatMoney(f.capitalYear0)} in ${a.financialYears[0]}${laterCapital(f.capital - f.capitalYear0)}, optimism bias included, to be found in the trust’s capital plan (CDEL)${stayingCapital > 0 ? `; the capital column of table 5 also holds ${formatMoney(stayingCapital)} of like-for-like replacement for servers that stay as they are, needed with or without the option` : ''}. Doing nothing needs ${formatMoney(a.doNothing.capital.reduce((s, v) => s + v, 0))} of capital over the period for like-for-like replacements.`,
      `Revenue: from year 1 the option costs ${formatMoney(Math.abs(revenueSavingYear1))} a year ${revenueSavingYear1 >= 0 ? 'less' : 'more'} in revenue than doing nothing${revenueSavingYear1 >= 0 ? ', a recurrent saving that can count towards the efficiency plan once the old servers are switched off' : ''}. One-off migration costs fall in year 0.`,
      `Energy: electricity use falls by ${formatPercent(energySaving)}, from about ${formatNumber(f.energyBeforeKwh / 1000)} to ${formatNumber(f.energyAfterKwh / 1000)} MWh a year; at the assumed price this is part of the running-cost saving above, not an extra benefit.`,
    ],
    energyFigure: await buildFigure(
      'figure-energy',
      5,
      'Electricity and carbon a year, today and after consolidation (cooling included)',
      beforeAfterChart([
        { measure: 'Electricity (MWh a year)', before: f.energyBeforeKwh / 1000, after: f.energyAfterKwh / 1000 },
        { measure: 'Carbon (tCO2e a year)', before: f.tco2eBefore, after: f.tco2eAfter },
      ]),
      tableView<{ measure: string; before: number; after: number; decimals: number }>(
        'Data for figure 5',
        [
          { label: 'Measure', value: (r) => r.measure },
          { label: 'Today', numeric: true, value: (r) => formatNumber(r.before, r.decimals) },
          { label: 'After consolidation', numeric: true, value: (r) => formatNumber(r.after, r.decimals) },
          { label: 'Reduction', numeric: true, value: (r) => formatPercent(1 - r.after / r.before) },
        ],
        [
          { measure: 'Electricity (MWh a year)', before: f.energyBeforeKwh / 1000, after: f.energyAfterKwh / 1000, decimals: 0 },
          { measure: 'Carbon (tCO2e a year)', before: f.tco2eBefore, after: f.tco2eAfter, decimals: 1 },
        ],
        { className: 'compact' },
      ),
    ),
  };
}

/** Capital after year 0: more spend, or credits coming back (resale of recent servers). */
function laterCapital(later: number): string {
  if (later === 0) return '';
  return later > 0 ? ` and ${formatMoney(later)} later in the period` : `, with ${formatMoney(-later)} coming back later in the period`;
}
