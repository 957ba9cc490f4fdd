import type { TopLevelSpec } from 'vega-lite';
import { nhsColours } from './chart-theme.js';
import { poundsAxisLabel, poundsLocale } from './money-axis.js';

export interface CostByYearRow {
  /** "Year 0", "Year 1", ... (or a financial year such as 2026/27). */
  year: string;
  /** The option the cost belongs to, e.g. "Do nothing", "Consolidate (VMware)". */
  option: string;
  pounds: number;
}

/** Grouped bars: each year's total cost for each option, in pounds. */
export function costByYearChart(rows: readonly CostByYearRow[], options: readonly string[]): TopLevelSpec {
  const years = [...new Set(rows.map((r) => r.year))];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 560,
    height: 190,
    config: { locale: poundsLocale },
    data: { values: rows.map((r) => ({ ...r })) },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'year', type: 'ordinal', sort: years, title: null, axis: { labelAngle: 0 } },
      xOffset: { field: 'option', type: 'nominal', sort: [...options] },
      y: { field: 'pounds', type: 'quantitative', title: 'Cost in the year', axis: { labelExpr: poundsAxisLabel } },
      color: {
        field: 'option',
        type: 'nominal',
        sort: [...options],
        title: null,
        scale: { domain: [...options], range: [nhsColours.midGrey, nhsColours.blue, nhsColours.aquaGreen, nhsColours.darkBlue] },
      },
    },
  };
}
