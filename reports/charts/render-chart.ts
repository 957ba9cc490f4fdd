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

/** What a chart is called and what its data says, for people who cannot see it. */
export interface ChartText {
  /** The figure's caption, e.g. "Figure 2: Cost by year". */
  title: string;
  /** The message of the data in a sentence, e.g. "Doing nothing costs more in every year after 2026/27." */
  description: string;
}

/**
 * Compiles a Vega-Lite spec to a static SVG on the server (no browser, no canvas), ready to
 * inline in a report. The SVG becomes one image for assistive technology with an SVG `<title>`
 * and a `<desc>` stating the data's message; the figure's data table carries the numbers.
 *
 * @example
 *   const svg = await renderChart(costByYearChart(rows), { title: 'Figure 2: Cost by year', description: 'Doing nothing costs more from year 1.' });
 */
export async function renderChart(spec: TopLevelSpec, text: ChartText): Promise<TrustedHtml> {
  const label = text.title;
  if (text.description.trim().length < 20) throw new TypeError(`chart "${label}": the description must state what the data shows, got "${text.description}"`);
  const compiled = compile({ ...spec, config: { ...chartConfig, ...spec.config } }).spec;
  const refused: string[] = [];
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader: offlineLoader(refused), logLevel: vega.None });
  try {
    const svg = await view.toSVG();
    if (refused.length > 0) throw new Error(`chart "${label}": charts are rendered offline, refused to load ${refused.join(', ')}`);
    const id = `chart-${slug(label)}`;
    const named = svg
      .replace(/^<svg /, `<svg role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false" `)
      .replace(/^(<svg[^>]*>)/, `$1<title id="${id}-title">${escapeAttribute(label)}</title><desc id="${id}-desc">${escapeAttribute(text.description)}</desc>`);
    return new TrustedHtml(named);
  } finally {
    view.finalize();
  }
}

/** A stable id from the title (figure titles are unique within a document). */
function slug(title: string): string {
  let hash = 5381;
  for (const c of title) hash = ((hash * 33) ^ c.charCodeAt(0)) >>> 0;
  return hash.toString(36);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
