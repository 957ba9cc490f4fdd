import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../engine/errors.js';
import { loadCaseStudies } from '../../../engine/io/load-case-studies.js';
import { loadInputs } from '../../../engine/io/load-inputs.js';

const fixtures = join(import.meta.dirname, '../../fixtures');

describe('loadInputs', () => {
  it('loads the bundled sample trust, catalogue, assumptions and scenarios with no flags', async () => {
    const inputs = await loadInputs();
    expect(inputs.estate.source).toBe('estate.csv');
    expect(inputs.hosts.length).toBeGreaterThanOrEqual(4);
    expect(inputs.assumptions.has('headroom.cpu')).toBe(true);
    expect(inputs.scenarios.map((s) => s.name)).toContain('full-consolidation');
    expect(inputs.warnings).toEqual([]);
  });

  it('reports the problems of several files in one error', async () => {
    const error = await loadInputs({
      estate: join(fixtures, 'estate/bad-servers.json'),
      hosts: join(fixtures, 'hosts/bad-hosts.csv'),
    }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map((p) => p.file)).toEqual(['bad-servers.json', 'bad-hosts.csv', 'bad-hosts.csv', 'bad-hosts.csv']);
  });
});

describe('loadCaseStudies', () => {
  it('loads the NHS outcomes of DESIGN.md, each with its published source', async () => {
    const studies = await loadCaseStudies();
    const thirty = studies.find((s) => s.serversBefore === 30);
    expect(thirty).toMatchObject({ applications: 50, hostsAfter: 5, reductions: { runningCosts: 0.7, hardwareAndSoftware: 0.6, totalCostOfOwnership: 0.64 } });
    expect(studies.filter((s) => s.hostsAfter !== undefined).map((s) => [s.serversBefore, s.hostsAfter])).toEqual([[30, 5], [32, 9], [40, 3]]);
    expect(studies.find((s) => s.id === 'windows-two-thirds')?.reductions).toEqual({ servers: 0.6667, energy: 0.75 });
    for (const s of studies) expect(s.source).toBe('E-Health Insider special report on virtualisation, February 2008');
  });
});
