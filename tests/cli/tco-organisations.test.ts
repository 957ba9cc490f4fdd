import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../engine/io/project-paths.js';
import type { OrganisationShare } from '../../engine/tco/split-by-organisation.js';
import type { Appraisal } from '../../engine/tco/appraisal.js';
import type { OrganisationFigures } from '../../engine/tco/organisation-figures.js';
import { runUnsprawl as unsprawl } from './run-unsprawl.js';

/** The sample trust with an organisation column: its servers dealt to three trusts. */
function threeTrustEstate(): string {
  const [header, ...rows] = readFileSync(join(dataDir, 'estate.csv'), 'utf8').trimEnd().split('\n');
  const trusts = ['North Trust', 'South Trust', 'West Trust'];
  const path = join(mkdtempSync(join(tmpdir(), 'unsprawl-cli-ics-')), 'ics.csv');
  writeFileSync(path, [`${header},organisation`, ...rows.map((r, i) => `${r},${trusts[i % 3]}`)].join('\n'));
  return path;
}

const slow = 180_000;

describe('unsprawl tco on an estate with organisations', () => {
  it('prints each organisation\'s costs, saving and energy, and the JSON parts add up to the totals', async () => {
    const estate = threeTrustEstate();
    const text = await unsprawl('tco', '--estate', estate, '--no-sensitivity');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Per organisation');
    for (const trust of ['North Trust', 'South Trust', 'West Trust']) expect(text.stdout).toContain(trust);
    const json = await unsprawl('tco', '--estate', estate, '--no-sensitivity', '--json');
    const r = JSON.parse(json.stdout) as { appraisal: Appraisal; organisations: OrganisationShare[]; organisationFigures: OrganisationFigures };
    expect(r.organisations.map((o) => o.organisation)).toEqual(['North Trust', 'South Trust', 'West Trust']);
    expect(r.organisations.reduce((s, o) => s + o.saving, 0)).toBe(r.appraisal.doNothing.sum - r.appraisal.withOption.sum);
    expect(r.organisationFigures.rows.reduce((s, o) => s + o.npv, 0)).toBe(r.appraisal.npv);
    expect(r.organisationFigures.total.capital).toBe(r.appraisal.finance.capital.requirement);
  }, slow);
});
