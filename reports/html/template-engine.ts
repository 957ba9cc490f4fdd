import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Handlebars from 'handlebars';
import { templatesDir } from '../../engine/io/project-paths.js';
import { registerFormatHelpers } from './register-format-helpers.js';

/**
 * The one Handlebars environment of the process. Every template and partial is compiled with
 * `strict: true`, so a field missing from a view model fails the render instead of leaving a
 * blank on a board paper.
 *
 * Files under templates/:
 * - `<name>.hbs` (any folder except `partials/` and `layouts/`) is a page: `renderHtml('<name>')`,
 *   e.g. `business-case`, `summary/monthly`;
 * - `layouts/<name>.hbs` is the partial `layouts/<name>`, used as `{{#> layouts/paper}}…{{/layouts/paper}}`;
 * - `partials/<name>.hbs` is the partial `<name>`; `<area>/partials/<name>.hbs` is `<area>/<name>`.
 */
export interface TemplateEngine {
  page(name: string): Handlebars.TemplateDelegate;
}

const compileOptions: CompileOptions = { strict: true, noEscape: false, preventIndent: true };

let instance: TemplateEngine | undefined;

export function templateEngine(): TemplateEngine {
  instance ??= createTemplateEngine(templatesDir);
  return instance;
}

export function createTemplateEngine(root: string): TemplateEngine {
  const hb = Handlebars.create();
  registerFormatHelpers(hb);
  const pages = new Map<string, string>();
  for (const file of listTemplates(root)) {
    const rel = relative(root, file).split(sep).join('/').replace(/\.hbs$/, '');
    const source = readFileSync(file, 'utf8');
    const partialName = partialNameOf(rel);
    if (partialName) hb.registerPartial(partialName, hb.compile(source, compileOptions));
    else pages.set(rel, source);
  }
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  return {
    page(name) {
      const existing = compiled.get(name);
      if (existing) return existing;
      const source = pages.get(name);
      if (source === undefined) {
        throw new Error(`no template "${name}" in ${root}; known: ${[...pages.keys()].sort().join(', ')}`);
      }
      const template = hb.compile(source, compileOptions);
      compiled.set(name, template);
      return template;
    },
  };
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

function partialNameOf(rel: string): string | undefined {
  if (rel.startsWith('layouts/')) return rel;
  const parts = rel.split('/');
  const at = parts.indexOf('partials');
  if (at < 0) return undefined;
  return [...parts.slice(0, at), ...parts.slice(at + 1)].join('/');
}

function listTemplates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTemplates(path);
    return entry.name.endsWith('.hbs') ? [path] : [];
  });
}
