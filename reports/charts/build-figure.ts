import type { TopLevelSpec } from 'vega-lite';
import type { TableView } from '../html/table-view.js';
import type { FigureView } from './figure-view.js';
import { renderChart } from './render-chart.js';

/**
 * A numbered figure: the chart rendered to SVG (named by its caption for screen readers) and the
 * same numbers as a table underneath.
 */
export async function buildFigure(id: string, number: number, caption: string, spec: TopLevelSpec, table: TableView): Promise<FigureView> {
  return { id, label: `Figure ${number}`, caption, svg: await renderChart(spec, `Figure ${number}: ${caption}`), table };
}
