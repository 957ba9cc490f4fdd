import { beforeAll, describe, expect, it } from 'vitest';
import type { Estate } from '../../../engine/estate/estate.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { planScenario } from '../../../engine/placement/plan-scenario.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';

let inputs: Inputs;
let estate: Estate;

beforeAll(async () => {
  inputs = await loadInputs();
  const organisations = ['North Trust', 'South Trust', 'West Trust'];
  estate = { ...inputs.estate, servers: inputs.estate.servers.map((s, i) => ({ ...s, organisation: organisations[i % 3] })) };
});

function planWith(fields: Record<string, unknown>) {
  const { hosts, assumptions, corePerformance } = inputs;
  return planScenario({ estate, hosts, assumptions, corePerformance, scenario: scenarioSchema.parse({ name: 'ics', host: 'cheapest', ...fields }) });
}

const organisationsOnEachHost = (plan: ReturnType<typeof planWith>) => {
  const of = new Map(estate.servers.map((s) => [s.id, s.organisation]));
  return plan.hostDetails.map((h) => new Set(h.workloads.map((id) => of.get(id))).size);
};

describe('placement with several organisations', () => {
  it.each([
    { separateSites: false },
    { separateSites: true },
    { separateSites: true, dr: { enabled: true, minCriticality: 'high' } },
  ])('never puts two organisations on one host unless the scenario allows it (%o)', (fields) => {
    const plan = planWith(fields);
    expect(Math.max(...organisationsOnEachHost(plan))).toBe(1);
    for (const h of plan.hostDetails) expect(h.organisation).toBeDefined();
    expect(new Set(plan.clusters.map((c) => c.organisation))).toEqual(new Set(['North Trust', 'South Trust', 'West Trust']));
  });

  it('mixes organisations on shared hosts when the scenario sets mixOrganisations, and needs no more hosts', () => {
    const apart = planWith({ separateSites: false });
    const shared = planWith({ separateSites: false, mixOrganisations: true });
    expect(Math.max(...organisationsOnEachHost(shared))).toBeGreaterThan(1);
    expect(shared.hosts).toBeLessThanOrEqual(apart.hosts);
    expect(shared.hostDetails.every((h) => h.organisation === undefined)).toBe(true);
  });

  it('plans an estate without organisations as before: clusters named after sites only', () => {
    const { hosts, assumptions, corePerformance } = inputs;
    const plan = planScenario({ estate: inputs.estate, hosts, assumptions, corePerformance, scenario: scenarioSchema.parse({ name: 'x', host: 'cheapest', separateSites: true }) });
    expect(plan.clusters.map((c) => c.name)).toEqual(['main-dc', 'second-site']);
    expect(plan.hostDetails.every((h) => h.organisation === undefined)).toBe(true);
  });
});

describe('placement on the bundled integrated care system (sample:ics)', () => {
  let ics: Inputs;
  beforeAll(async () => {
    ics = await loadInputs({ estate: 'sample:ics' });
  });
  const plan = (fields: Record<string, unknown>) =>
    planScenario({ estate: ics.estate, hosts: ics.hosts, assumptions: ics.assumptions, corePerformance: ics.corePerformance, scenario: scenarioSchema.parse({ name: 'ics', host: 'cheapest', separateSites: true, ...fields }) });
  const mixedHosts = (p: ReturnType<typeof plan>) => {
    const of = new Map(ics.estate.servers.map((s) => [s.id, s.organisation]));
    return p.hostDetails.filter((h) => new Set(h.workloads.map((id) => of.get(id))).size > 1).length;
  };

  it('keeps the three trusts on hosts of their own, with DR too, and mixes them only when the scenario allows it', () => {
    expect(mixedHosts(plan({}))).toBe(0);
    expect(mixedHosts(plan({ dr: { enabled: true } }))).toBe(0);
    expect(mixedHosts(plan({ mixOrganisations: true }))).toBeGreaterThan(0);
  });

  it('puts new hosts only in the data centres the scenario names, each trust in the named one where it has most servers', () => {
    const named = ['Castle Hill DC', 'Riverside DC'];
    for (const mixOrganisations of [false, true]) {
      const p = plan({ mixOrganisations, dataCentres: named });
      expect(new Set(p.hostDetails.map((h) => h.site))).toEqual(new Set(named));
    }
    const apart = plan({ dataCentres: named });
    const southmead = apart.clusters.filter((c) => c.organisation === 'Southmead Community Health NHS Trust');
    expect(southmead.map((c) => c.site)).toEqual(['Riverside DC']);
    expect(() => plan({ dataCentres: ['Leeds DC'] })).toThrow('dataCentres: the estate has no site "Leeds DC"; its sites are Castle Hill DC, Elm Park DC, Riverside DC');
  });
});
