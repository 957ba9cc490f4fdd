import type { TopLevelSpec } from 'vega-lite';
import { nhsColours } from '../charts/chart-theme.js';

export interface PlanPoint {
  month: string;
  series: 'Planned' | 'Actual';
  serversOff: number;
}

/** Cumulative physical servers switched off: the approved plan's line against what happened. */
export function planChart(points: readonly PlanPoint[]): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 560,
    height: 180,
    data: { values: points.map((p) => ({ ...p, date: `${p.month}-15` })) },
    mark: { type: 'line', strokeWidth: 2, point: { size: 30 } },
    encoding: {
      x: { field: 'date', type: 'temporal', timeUnit: 'yearmonth', title: null, axis: { format: '%b %Y', labelAngle: 0, tickCount: 'month' } },
      y: { field: 'serversOff', type: 'quantitative', title: 'Servers switched off (cumulative)' },
      color: {
        field: 'series',
        type: 'nominal',
        title: null,
        scale: { domain: ['Planned', 'Actual'], range: [nhsColours.midGrey, nhsColours.blue] },
        legend: { orient: 'top' },
      },
      strokeDash: { field: 'series', type: 'nominal', title: null, scale: { domain: ['Planned', 'Actual'], range: [[6, 4], [1, 0]] }, legend: { orient: 'top' } },
    },
  };
}
