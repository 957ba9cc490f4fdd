import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { planForHostModel } from '../../../engine/placement/plan-for-host-model.js';
import { planOnCheapestHostModel } from '../../../engine/placement/plan-on-cheapest-host-model.js';
import { rankHostModels } from '../../../engine/placement/rank-host-models.js';
import type { Scenario } from '../../../engine/scenario/scenario.js';

// Counts the packings while running the real ones.
vi.mock('../../../engine/placement/plan-for-host-model.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../engine/placement/plan-for-host-model.js')>();
  return { ...actual, planForHostModel: vi.fn(actual.planForHostModel) };
});

let inputs: Inputs;
beforeAll(async () => {
  inputs = await loadInputs();
});

describe('planOnCheapestHostModel', () => {
  // Settings under which different catalogue models come first on the sample trust.
  const cases: [string, Record<string, number>][] = [
    ['all', {}],
    ['all', { 'headroom.cpu': 0.85 }],
    ['all', { 'growth.annual': 0.1, 'ha.spareHosts': 2 }],
    ['all', { 'headroom.storage': 1 }],
    ['service="Ward systems"', {}],
    ['criticality>=high', { 'headroom.ram': 0.95 }],
  ];
  it.each(cases)('gives the plan rankHostModels ranks first (scope %s, %o)', (scope, overrides) => {
    const base = inputs.scenarios.find((s) => s.name === 'full-consolidation-dr')!;
    const scenario: Scenario = { ...base, scope };
    const input = { estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions.with(overrides, 'cli'), scenario, corePerformance: inputs.corePerformance, packing: { budget: 200_000 } };
    const ranked = rankHostModels(input);
    expect(planOnCheapestHostModel(input)).toEqual(ranked[0]!.plan);
  });

  it('packs only the models whose best case could beat the best plan found', () => {
    const scenario: Scenario = { ...inputs.scenarios.find((s) => s.name === 'full-consolidation')!, scope: 'all' };
    const input = { estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario, corePerformance: inputs.corePerformance, packing: { budget: 200_000 } };
    const ranked = rankHostModels(input);
    // On the sample the winner meets its bound, and every other model's bound already costs more.
    expect(ranked[0]!.hosts).toBe(ranked[0]!.lowerBound);
    vi.mocked(planForHostModel).mockClear();
    expect(planOnCheapestHostModel(input)).toEqual(ranked[0]!.plan);
    expect(vi.mocked(planForHostModel).mock.calls.map(([i]) => i.host.model)).toEqual([ranked[0]!.model]);
  });
});
