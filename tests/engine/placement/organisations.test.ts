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
