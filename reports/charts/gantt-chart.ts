import type { TopLevelSpec } from 'vega-lite';
import { nhsColours } from './chart-theme.js';

export interface GanttRow {
  /** Row label, e.g. "Migration wave 2: high criticality" or "Gateway 3: go-live readiness". */
  task: string;
  /** Months from approval. */
  start: number;
  end: number;
  kind: 'Phase' | 'Migration wave' | 'Gateway';
}

/** A delivery plan: one bar per phase or wave, a diamond per gateway, in plan order. */
export function ganttChart(rows: readonly GanttRow[]): TopLevelSpec {
  const order = rows.map((r) => r.task);
  const last = Math.max(...rows.map((r) => r.end));
  const y = { field: 'task', type: 'nominal' as const, sort: order, title: null, axis: { labelLimit: 0 } };
  const x = { field: 'start', type: 'quantitative' as const, title: 'Months from approval', scale: { domain: [0, last] }, axis: { tickMinStep: 1, format: 'd' } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 300,
    height: Math.max(120, 22 * rows.length),
    layer: [
      {
        data: { values: rows.filter((r) => r.kind !== 'Gateway').map((r) => ({ ...r })) },
        mark: { type: 'bar', height: 14 },
        encoding: {
          y,
          x,
          x2: { field: 'end' },
          color: { field: 'kind', type: 'nominal', title: null, scale: { domain: ['Phase', 'Migration wave'], range: [nhsColours.blue, nhsColours.aquaGreen] } },
        },
      },
      {
        data: { values: rows.filter((r) => r.kind === 'Gateway').map((r) => ({ ...r })) },
        mark: { type: 'point', shape: 'diamond', size: 140, filled: true, color: nhsColours.darkBlue },
        encoding: { y, x },
      },
    ],
  };
}
