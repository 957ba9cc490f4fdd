import { beforeAll, describe, expect, it } from 'vitest';
import type { Estate } from '../../../engine/estate/estate.js';
import { evaluate, type Evaluation } from '../../../engine/evaluate.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';
import { splitByOrganisation, type OrganisationShare } from '../../../engine/tco/split-by-organisation.js';

let inputs: Inputs;
let estate: Estate;
const organisations = ['North Trust', 'South Trust', 'West Trust'];

beforeAll(async () => {
  inputs = await loadInputs();
  // The sample trust dealt to three organisations, so each has servers at every site.
  estate = { ...inputs.estate, servers: inputs.estate.servers.map((s, i) => ({ ...s, organisation: organisations[i % 3] })) };
});

function splitOf(mixOrganisations: boolean): { evaluation: Evaluation; shares: OrganisationShare[] } {
  const { hosts, assumptions, corePerformance } = inputs;
  const scenario = scenarioSchema.parse({ name: 'ics', host: 'cheapest', separateSites: true, mixOrganisations });
  const evaluation = evaluate({ estate, hosts, assumptions, scenario, corePerformance });
  return { evaluation, shares: splitByOrganisation({ estate, hosts, assumptions: evaluation.assumptions, scenario: evaluation.scenario, plan: evaluation.plan, appraisal: evaluation.appraisal }) };
}

describe('splitByOrganisation', () => {
  it.each([false, true])('splits every line of a three-organisation appraisal into parts that add up to it exactly (mixOrganisations %s)', (mix) => {
    const { evaluation, shares } = splitOf(mix);
    const a = evaluation.appraisal;
    expect(shares.map((s) => s.organisation)).toEqual(organisations);
    for (const line of a.lines) {
      a.years.forEach((t) => {
        const parts = shares.map((s) => s.lines.find((l) => l.id === line.id)!.byYear[t]!);
        for (const p of parts) expect(Number.isInteger(p)).toBe(true);
        expect(parts.reduce((x, y) => x + y, 0)).toBe(line.byYear[t]);
      });
    }
    a.years.forEach((t) => {
      expect(shares.reduce((s, o) => s + o.doNothing[t]!, 0)).toBe(a.doNothing.total[t]);
      expect(shares.reduce((s, o) => s + o.withOption[t]!, 0)).toBe(a.withOption.total[t]);
    });
    expect(shares.reduce((s, o) => s + o.saving, 0)).toBe(a.doNothing.sum - a.withOption.sum);
    expect(shares.reduce((s, o) => s + o.servers.moved, 0)).toBe(a.servers.moved);
    a.energy.forEach((e, t) => {
      expect(shares.reduce((s, o) => s + o.energy[t]!.beforeKwh, 0)).toBeCloseTo(e.beforeKwh, 3);
      expect(shares.reduce((s, o) => s + o.energy[t]!.afterKwh, 0)).toBeCloseTo(e.afterKwh, 3);
    });
  });

  it('charges each organisation the do-nothing costs of its own servers', () => {
    const { evaluation, shares } = splitOf(false);
    const north = shares[0]!;
    const line = evaluation.appraisal.lines.find((l) => l.id === 'baseline.support')!;
    const northIds = new Set(estate.servers.filter((s) => s.organisation === 'North Trust').map((s) => s.id));
    // North moves about a third of the servers, so it pays some but not all of the support it stops.
    const part = north.lines.find((l) => l.id === line.id)!.byYear.reduce((s, p) => s + p, 0);
    expect(northIds.size).toBeGreaterThan(0);
    expect(part).toBeGreaterThan(0);
    expect(part).toBeLessThan(line.total);
  });

  it('gives every host wholly to one organisation when they are kept apart', () => {
    const { shares, evaluation } = splitOf(false);
    const hostsOf = (name: string) => evaluation.plan.hostDetails.filter((h) => h.organisation === name).length;
    for (const s of shares) expect(s.hostShare).toBeCloseTo(hostsOf(s.organisation), 9);
  });
});

describe('splitByOrganisation on the bundled integrated care system (sample:ics)', () => {
  it.each([
    { separateSites: true },
    { mixOrganisations: true, dataCentres: ['Castle Hill DC', 'Riverside DC'] },
  ])('gives each trust parts of the costs, saving and energy that add up to the totals (%o)', async (fields) => {
    const ics = await loadInputs({ estate: 'sample:ics' });
    const scenario = scenarioSchema.parse({ name: 'ics', host: 'cheapest', ...fields });
    const evaluation = evaluate({ estate: ics.estate, hosts: ics.hosts, assumptions: ics.assumptions, scenario, corePerformance: ics.corePerformance });
    const a = evaluation.appraisal;
    const shares = splitByOrganisation({ estate: ics.estate, hosts: ics.hosts, assumptions: evaluation.assumptions, scenario: evaluation.scenario, plan: evaluation.plan, appraisal: a });
    expect(shares).toHaveLength(3);
    expect(shares.reduce((s, o) => s + o.saving, 0)).toBe(a.doNothing.sum - a.withOption.sum);
    expect(shares.reduce((s, o) => s + o.hostShare, 0)).toBeCloseTo(evaluation.plan.hosts, 9);
    a.years.forEach((t) => expect(shares.reduce((s, o) => s + o.withOption[t]!, 0)).toBe(a.withOption.total[t]));
    expect(shares.reduce((s, o) => s + o.energy[0]!.afterKwh, 0)).toBeCloseTo(a.energy[0]!.afterKwh, 3);
  }, 60_000);
});
