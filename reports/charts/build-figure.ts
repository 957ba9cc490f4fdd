import type { TopLevelSpec } from 'vega-lite';
import type { TableView } from '../html/table-view.js';
import type { FigureView } from './figure-view.js';
import { renderChart } from './render-chart.js';

/**
 * A numbered figure: the chart rendered to SVG with a title (the caption) and a description
 * that states what the data shows, for screen readers and the tagged PDF, and the same numbers
 * as a table underneath.
 */
export async function buildFigure(id: string, number: number, caption: string, message: string, spec: TopLevelSpec, table: TableView): Promise<FigureView> {
  return { id, label: `Figure ${number}`, caption, message, svg: await renderChart(spec, { title: `Figure ${number}: ${caption}`, description: message }), table };
}
