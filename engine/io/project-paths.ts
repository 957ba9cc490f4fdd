import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root, found by walking up from this file, so the same code works from the
 * TypeScript sources (tests, tsx) and from the compiled dist/ folder (the installed CLI).
 */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('unsprawl: cannot find the package root (package.json)');
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot();
/** The bundled sample trust, host catalogue, assumptions and case studies. */
export const dataDir = join(projectRoot, 'data');
/** Handlebars templates, partials, print CSS and fonts. */
export const templatesDir = join(projectRoot, 'templates');
