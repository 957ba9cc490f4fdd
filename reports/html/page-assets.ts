import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from '../../engine/io/project-paths.js';
import { contentSecurityPolicy } from './content-security-policy.js';

/** What every page's `<head>` needs to be self-contained: one stylesheet (fonts inlined) and its CSP. */
export interface PageAssets {
  /** The complete inline stylesheet: @font-face rules with data: URLs, then the print CSS. */
  css: string;
  /** Value for `<meta http-equiv="Content-Security-Policy">`. */
  csp: string;
}

/** Liberation Sans is metric-compatible with Arial (NHS identity) and shipped in templates/fonts. */
const fontFaces = [
  { file: 'LiberationSans-Regular.ttf', weight: 400, style: 'normal' },
  { file: 'LiberationSans-Bold.ttf', weight: 700, style: 'normal' },
  { file: 'LiberationSans-Italic.ttf', weight: 400, style: 'italic' },
] as const;

function fontFaceCss(): string {
  return fontFaces
    .map((f) => {
      const data = readFileSync(join(templatesDir, 'fonts', f.file)).toString('base64');
      return `@font-face{font-family:"Liberation Sans";font-weight:${f.weight};font-style:${f.style};src:url(data:font/ttf;base64,${data}) format("truetype");}`;
    })
    .join('\n');
}

const cache = new Map<string, PageAssets>();

/**
 * Reads the fonts and the named stylesheets from templates/styles once per process (they are
 * read on every render otherwise, which dominates HTML render time).
 */
export function pageAssets(stylesheets: readonly string[] = ['paper']): PageAssets {
  const key = stylesheets.join(',');
  const cached = cache.get(key);
  if (cached) return cached;
  const sheets = stylesheets.map((name) => readFileSync(join(templatesDir, 'styles', `${name}.css`), 'utf8'));
  const css = [fontFaceCss(), ...sheets].join('\n');
  const assets = { css, csp: contentSecurityPolicy([css]) };
  cache.set(key, assets);
  return assets;
}
