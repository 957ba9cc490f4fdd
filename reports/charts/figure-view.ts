import type { TrustedHtml } from '../html/trusted-html.js';
import type { TableView } from '../html/table-view.js';

/** A chart as templates print it (templates/partials/figure.hbs): caption, SVG, and its data as a table. */
export interface FigureView {
  /** Anchor id, e.g. `figure-cost-by-year`. */
  id: string;
  /** "Figure 3": numbered in reading order (not a field called `number`, which is a helper's name). */
  label: string;
  caption: string;
  /** What the data shows, in a sentence: the SVG's description. */
  message: string;
  svg: TrustedHtml;
  table: TableView;
}
