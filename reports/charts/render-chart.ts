import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { TrustedHtml } from '../html/trusted-html.js';
import { chartConfig } from './chart-theme.js';

/**
 * Charts carry their data inline; a loader that refuses every URL means a spec can never make
 * the renderer (or a reader's browser, since the SVG is static) fetch anything. Vega only logs a
 * failed load and draws an empty chart, so the loader remembers what it refused and the render
 * fails loudly instead.
 */
function offlineLoader(refused: string[]): vega.Loader {
  const refuse = async (uri: string): Promise<never> => {
    refused.push(uri);
    throw new Error(`charts are rendered offline: refused to load ${uri}`);
  };
  return { ...vega.loader(), load: refuse, sanitize: refuse, http: refuse, file: refuse };
}

/**
 * Compiles a Vega-Lite spec to a static SVG on the server (no browser, no canvas), ready to
 * inline in a report. The SVG becomes one image for assistive technology, named by `label`;
 * the figure's data table carries the numbers.
 *
 * @example
 *   const svg = await renderChart(costByYearChart(rows), 'Cost by year, do nothing and the option');
 */
export async function renderChart(spec: TopLevelSpec, label: string): Promise<TrustedHtml> {
  const compiled = compile({ ...spec, config: { ...chartConfig, ...spec.config } }).spec;
  const refused: string[] = [];
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader: offlineLoader(refused), logLevel: vega.None });
  try {
    const svg = await view.toSVG();
    if (refused.length > 0) throw new Error(`chart "${label}": charts are rendered offline, refused to load ${refused.join(', ')}`);
    return new TrustedHtml(svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeAttribute(label)}" focusable="false" `));
  } finally {
    view.finalize();
  }
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
