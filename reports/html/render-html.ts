import { pageAssets } from './page-assets.js';
import { templateEngine } from './template-engine.js';

export interface RenderHtmlOptions {
  /** Stylesheets from templates/styles (without .css), inlined in this order. Default: `paper`. */
  stylesheets?: readonly string[];
}

/**
 * Renders a page template (templates/<name>.hbs) with a view model into one self-contained
 * HTML document: fonts and CSS inline, CSP that allows nothing external.
 *
 * The layout reads the page furniture from Handlebars data variables, so view models stay plain:
 * `{{@csp}}` for the meta tag and `{{{@styles}}}` for the stylesheet.
 *
 * @example
 *   const html = renderHtml('business-case', viewModel);
 */
export function renderHtml(templateName: string, viewModel: object, options: RenderHtmlOptions = {}): string {
  const assets = pageAssets(options.stylesheets);
  const template = templateEngine().page(templateName);
  return template(viewModel, { data: { styles: assets.css, csp: assets.csp } });
}
