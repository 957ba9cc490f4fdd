import type { TopLevelSpec } from 'vega-lite';
import { nhsColours } from './chart-theme.js';

export interface BeforeAfterMeasure {
  /** Panel title with its unit, e.g. "Energy (MWh a year)". */
  measure: string;
  before: number;
  after: number;
}

export const beforeLabel = 'Today';
export const afterLabel = 'After consolidation';

/** Small side-by-side panels, one per measure, each with its own scale: today against the plan. */
export function beforeAfterChart(measures: readonly BeforeAfterMeasure[]): TopLevelSpec {
  const values = measures.flatMap((m) => [
    { measure: m.measure, state: beforeLabel, value: m.before },
    { measure: m.measure, state: afterLabel, value: m.after },
  ]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values },
    facet: { column: { field: 'measure', type: 'nominal', title: null, sort: measures.map((m) => m.measure), header: { labelFontWeight: 'bold' } } },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 240,
      height: 140,
      layer: [
        {
          mark: { type: 'bar', width: 60 },
          encoding: {
            x: { field: 'state', type: 'nominal', sort: [beforeLabel, afterLabel], title: null, axis: { labelAngle: 0 } },
            y: { field: 'value', type: 'quantitative', title: null, axis: { format: '~s' } },
            color: { field: 'state', type: 'nominal', legend: null, scale: { domain: [beforeLabel, afterLabel], range: [nhsColours.midGrey, nhsColours.blue] } },
          },
        },
        {
          mark: { type: 'text', dy: -6, fontSize: 11, color: nhsColours.text, baseline: 'bottom' },
          encoding: {
            x: { field: 'state', type: 'nominal', sort: [beforeLabel, afterLabel] },
            y: { field: 'value', type: 'quantitative' },
            text: { field: 'value', type: 'quantitative', format: ',.0f' },
          },
        },
      ],
    },
  };
}
