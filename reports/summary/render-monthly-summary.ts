import type { MonthlySummary } from '../../engine/summary/monthly-summary.js';
import { renderHtml } from '../html/render-html.js';
import type { PdfRenderer } from '../pdf/pdf-renderer.js';
import { monthLabel } from './month-label.js';
import { summaryView } from './summary-view.js';

export interface RenderedSummary {
  html: string;
  pdf?: Uint8Array;
}

/**
 * The monthly summary as one self-contained HTML page and, given a renderer, an A4 PDF — with
 * the business case's layout, styles, fonts, charts and network blocking.
 *
 * @example const { html, pdf } = await renderMonthlySummary(summary, { pdf: renderer });
 */
export async function renderMonthlySummary(summary: MonthlySummary, options: { pdf?: PdfRenderer; trustName?: string } = {}): Promise<RenderedSummary> {
  const view = await summaryView(summary, options.trustName === undefined ? {} : { trustName: options.trustName });
  const html = renderHtml('summary/monthly', view);
  if (!options.pdf) return { html };
  const pdf = await options.pdf.render(html, { title: view.title, footerNote: `Monthly summary, ${monthLabel(summary.month)}` });
  return { html, pdf };
}
