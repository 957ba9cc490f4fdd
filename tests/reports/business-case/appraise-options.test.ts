import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';
import { appraiseOptions } from '../../../reports/business-case/appraise-options.js';

describe('appraiseOptions with ids that look like scope syntax (issue 19)', () => {
  it('builds the do-minimum option when server ids hold quotes, commas, = and non-ASCII', async () => {
    const inputs = await loadInputs();
    const marks = ['"', ',', '=', '; site=Main', ' and ', 'é日'];
    const estate = { ...inputs.estate, servers: inputs.estate.servers.map((s, i) => ({ ...s, id: `${s.id} ${marks[i % marks.length]}x` })) };
    const scenario = scenarioSchema.parse({ name: 'full-consolidation' });
    const options = appraiseOptions({ ...inputs, estate }, scenario, inputs.assumptions);
    const doMinimum = [options.preferred, ...options.alternatives].find((o) => o.label === 'Option 2: do minimum');
    expect(doMinimum).toBeDefined();
    expect(doMinimum!.evaluation.plan.placements.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('appraiseOptions: DR options and recycled kit for the long list', () => {
  it('costs the DR options over the option without DR, and says why no sample server can be recycled', async () => {
    const inputs = await loadInputs();
    const scenario = scenarioSchema.parse({ name: 'full-consolidation' });
    const options = appraiseOptions(inputs, scenario, inputs.assumptions);
    const withoutDr = [options.preferred, ...options.alternatives].find((o) => o.label.startsWith('Option 3:'))!;
    const withDr = [options.preferred, ...options.alternatives].find((o) => o.label.startsWith('Option 4:'))!;
    expect(options.drOptions.base.npv).toBe(withoutDr.evaluation.appraisal.npv);
    // Option 4 is option 3 with a mirrored room kept by host-based replication: the DR table's row.
    expect(options.drOptions.options.find((o) => o.id === 'host')!.cost!.npv).toBe(withDr.evaluation.appraisal.npv - withoutDr.evaluation.appraisal.npv);
    expect(options.recycling).toMatch(/^none of the \d+ moved physical servers still under warranty/);
    expect(options.alternatives.some((o) => /recycled kit/.test(o.label))).toBe(false);
  }, 120_000);

  it('names DR by tape in the long list, and its option 4 is option 3 plus the DR table\'s tape row', async () => {
    const inputs = await loadInputs();
    const scenario = scenarioSchema.parse({ name: 'full-consolidation', dr: { enabled: true, method: 'tape' } });
    const options = appraiseOptions(inputs, scenario, inputs.assumptions);
    const withoutDr = [options.preferred, ...options.alternatives].find((o) => o.label.startsWith('Option 3:'))!;
    expect(options.preferred.label).toMatch(/^Option 4: .* with DR by backup to tape kept off site$/);
    expect(options.preferred.description).toMatch(/backup to tape kept off site for high and more critical systems, restored onto hosts found or bought/);
    expect(options.drOptions.options.find((o) => o.id === 'tape')!.cost!.npv).toBe(options.preferred.evaluation.appraisal.npv - withoutDr.evaluation.appraisal.npv);
  }, 120_000);

  it('adds a costed recycled-kit option when servers under warranty are as large as the host model', async () => {
    const inputs = await loadInputs();
    // Two servers under warranty to 2028 and 2030, made as large as any catalogue host and lightly used, so they fit on one.
    const big = new Set(['SS-SQLE-N03', 'MDC-SIEM-01']);
    const estate = { ...inputs.estate, servers: inputs.estate.servers.map((s) => (big.has(s.id) ? { ...s, cpuCores: 64, corePerf: 1.5, memGb: 1024, cpuUtilP95: 5, memUtilP95: 10 } : s)) };
    const scenario = scenarioSchema.parse({ name: 'full-consolidation' });
    const options = appraiseOptions({ ...inputs, estate }, scenario, inputs.assumptions);
    const recycled = options.alternatives.find((o) => /: recycled kit$/.test(o.label))!;
    expect(recycled.evaluation.appraisal.recycledHosts?.map((r) => r.server).sort()).toEqual([...big].sort());
    expect(options.recycling).toBeUndefined();
    // No purchase for the two hosts they stand in for, so less capital than the option that buys them all.
    expect(recycled.evaluation.appraisal.finance.capital.requirement).toBeLessThan(options.preferred.evaluation.appraisal.finance.capital.requirement);
  }, 120_000);
});
