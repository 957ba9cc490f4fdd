import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssumptions } from '../../../engine/io/load-assumptions.js';
import { projectRoot } from '../../../engine/io/project-paths.js';
import { pricingKeys } from '../../../engine/tco/key-effect.js';
import { measureKeys } from '../../../engine/tco/measure-quantities.js';

describe('docs/model.md', () => {
  it('lists every assumption with its value and explains every key the appraisal reads', async () => {
    const doc = await readFile(join(projectRoot, 'docs', 'model.md'), 'utf8');
    const assumptions = await loadAssumptions();
    for (const a of assumptions.all()) expect(doc, a.key).toContain(`| \`${a.key}\` | ${a.value} |`);
    const explained = doc.slice(0, doc.indexOf('## 11.'));
    for (const key of [...pricingKeys, ...measureKeys]) {
      const family = `${key.split('.')[0]}.*`;
      expect(explained.includes(key) || explained.includes(family), key).toBe(true);
    }
  });
});
