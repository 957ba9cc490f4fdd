import { beforeAll, describe, expect, it } from 'vitest';
import { runCases } from '../../cli/commands/cases.js';
import { reproducePublishedCases, type CasesResult } from '../../engine/io/reproduce-published-cases.js';
import { loadCaseStudies } from '../../engine/io/load-case-studies.js';

let result: CasesResult;
beforeAll(async () => {
  result = await reproducePublishedCases();
}, 60_000);

describe('unsprawl cases', () => {
  it('accounts for every published case: rebuilt, or not rebuilt with a reason', async () => {
    const studies = await loadCaseStudies();
    const accounted = [...result.cases.map((c) => c.id), ...result.notRebuilt.map((n) => n.id)].sort();
    expect(accounted).toEqual(studies.map((s) => s.id).sort());
  });

  it('compares every reported figure of a rebuilt case with the stated tolerance (hosts +/-1, 10 points)', () => {
    expect(result.tolerance).toEqual({ hosts: 1, percentagePoints: 10 });
    const thirtyToFive = result.cases.find((c) => c.id === 'thirty-to-five')!;
    expect(thirtyToFive.figures.map((f) => f.figure)).toEqual(['hosts', 'runningCosts', 'hardwareAndSoftware', 'totalCostOfOwnership']);
    for (const c of result.cases) {
      for (const f of c.figures) {
        expect(f.within).toBe(f.difference !== null && Math.abs(f.difference) <= f.tolerance + 1e-9);
      }
    }
  });

  it('says, for every figure it cannot reproduce within tolerance, what the report most likely counted differently', () => {
    const missed = result.cases.flatMap((c) => c.figures.filter((f) => !f.within).map((f) => ({ id: c.id, figure: f.figure, explanation: f.explanation })));
    expect(missed.length).toBeGreaterThan(0);
    for (const m of missed) expect(m.explanation, `${m.id} ${m.figure}`).toMatch(/most likely/);
  });

  it('reproduces forty-to-three within a host, and the blade case\'s energy cut within 10 points', () => {
    const forty = result.cases.find((c) => c.id === 'forty-to-three')!;
    expect(forty.hostModel).toBe('ProLiant DL380 G5');
    expect(forty.reproduced).toBe(true);
    const blades = result.cases.find((c) => c.id === 'windows-two-thirds')!;
    expect(blades.hostModel).toBe('ProLiant BL460c G1');
    expect(blades.figures.find((f) => f.figure === 'energy')!.within).toBe(true);
  });

  it('runs on 2008 rack servers unless the case reported blades', () => {
    for (const c of result.cases) expect(c.hostModel.includes('BL460c')).toBe(c.includes.includes('blade servers'));
  });

  it('runs each case against the baseline the report used and on 2008 kit', () => {
    for (const c of result.cases) {
      expect(c.baseline).toBe('refresh');
      expect(c.hypervisor).toBe('vmware');
    }
  });

  it('prints reported beside modelled, and --json gives the same figures', async () => {
    const text = await runCases();
    expect(text).toContain('Tolerance: hosts +/-1, percentages within 10 points');
    expect(text).toMatch(/Total cost of ownership\s+[-−]64%/);
    const json = JSON.parse(await runCases({ json: true })) as CasesResult;
    expect(json.cases.map((c) => c.figures)).toEqual(result.cases.map((c) => c.figures));
  }, 60_000);
});
