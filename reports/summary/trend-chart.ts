import type { TopLevelSpec } from 'vega-lite';
import { nhsColours } from '../charts/chart-theme.js';

export interface TrendPoint {
  /** Panel title with its unit, e.g. "Power (kW)". */
  measure: string;
  /** YYYY-MM */
  month: string;
  value: number;
}

/**
 * Small multiples, one line per measure over the months, each panel with its own scale: how
 * power, energy, cost and carbon moved as the programme progressed.
 */
export function trendChart(points: readonly TrendPoint[], measures: readonly string[]): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values: points.map((p) => ({ ...p, date: `${p.month}-15` })) },
    facet: { field: 'measure', type: 'nominal', title: null, sort: [...measures], header: { labelFontWeight: 'bold', labelFontSize: 11 } },
    columns: 2,
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 260,
      height: 110,
      layer: [
        {
          mark: { type: 'line', color: nhsColours.blue, strokeWidth: 2, point: { color: nhsColours.blue, size: 30 } },
          encoding: {
            x: { field: 'date', type: 'temporal', timeUnit: 'yearmonth', title: null, axis: { format: '%b', labelAngle: 0, tickCount: 'month' } },
            y: { field: 'value', type: 'quantitative', title: null, scale: { zero: false }, axis: { format: '~s', tickCount: 4 } },
          },
        },
      ],
    },
  };
}
