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

  it('runs every case under the same fixed counting rules, and gives each figure its value under every rule that bears on it', () => {
    const ids = ['installed-memory', 'full-refresh', 'no-san', 'no-change-costs', 'all-rules'];
    expect(result.countingRules.map((r) => r.id)).toEqual(ids);
    for (const c of result.cases) {
      expect(c.ruleRuns.map((r) => r.rule)).toEqual(ids);
      expect(c.ruleRuns.find((r) => r.rule === 'full-refresh')!.baseline).toBe('full-refresh');
      for (const f of c.figures) {
        expect(f.alternatives.map((a) => a.rule)).toEqual(result.countingRules.filter((r) => r.bearsOn.includes(f.figure)).map((r) => r.id));
      }
    }
    // Memory at installed size can only need as many hosts as memory in use, or more.
    const hosts = result.cases.find((c) => c.id === 'thirty-to-five')!.figures.find((f) => f.figure === 'hosts')!;
    expect(hosts.alternatives.find((a) => a.rule === 'installed-memory')!.modelled).toBeGreaterThan(hosts.modelled!);
  });

  it('quotes computed figures in every explanation, with no placeholder left', () => {
    const explained = result.cases.flatMap((c) => c.figures.filter((f) => f.explanation !== undefined));
    expect(explained.length).toBeGreaterThan(0);
    for (const f of explained) expect(f.explanation).not.toMatch(/[{}]/);
    const hosts = result.cases.find((c) => c.id === 'thirty-to-five')!.figures.find((f) => f.figure === 'hosts')!;
    expect(hosts.explanation).toContain(`needs ${hosts.alternatives.find((a) => a.rule === 'installed-memory')!.modelled} hosts`);
  });

  it('prints, under a figure out of tolerance, its value under each rule and which rule brings it within', async () => {
    const text = await runCases();
    const thirty = text.slice(text.indexOf('30 servers running 50 applications'), text.indexOf('32 servers consolidated'));
    const hosts = result.cases.find((c) => c.id === 'thirty-to-five')!.figures.find((f) => f.figure === 'hosts')!;
    const installed = hosts.alternatives.find((a) => a.rule === 'installed-memory')!;
    expect(thirty).toContain(`Counted otherwise: ${installed.modelled} with VMs at installed memory`);
    expect(thirty).toMatch(/Within tolerance .*|No counting rule of the set brings it within tolerance\./);
    expect(text).toContain('"Modelled" uses the era assumptions.');
  }, 60_000);

  it('prints reported beside modelled, and --json gives the same figures', async () => {
    const text = await runCases();
    expect(text).toContain('Tolerance: hosts +/-1, percentages within 10 points');
    expect(text).toMatch(/Total cost of ownership\s+[-−]64%/);
    const json = JSON.parse(await runCases({ json: true })) as CasesResult;
    expect(json.cases.map((c) => c.figures)).toEqual(result.cases.map((c) => c.figures));
  }, 60_000);
});
