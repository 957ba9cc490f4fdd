import { beforeAll, describe, expect, it } from 'vitest';
import { loadInputs, type Inputs } from '../../engine/io/load-inputs.js';
import { planScenario } from '../../engine/placement/plan-scenario.js';
import { appraise } from '../../engine/tco/appraise.js';
import { compareOptions } from '../../engine/compare-options.js';
import { defaultScenario } from '../../engine/scenario/default-scenario.js';

let inputs: Inputs;
beforeAll(async () => {
  inputs = await loadInputs();
});

describe('compareOptions', () => {
  it('ranks every catalogue host model x hypervisor by NPV, with the NPV appraise gives', () => {
    const { estate, hosts, assumptions, scenarios } = inputs;
    const scenario = scenarios.find((s) => s.name === 'ward-systems')!;
    const c = compareOptions({ estate, hosts, assumptions, scenario });
    expect(c.ranked.length).toBe((hosts.length - c.infeasible.length) * 3);
    c.ranked.slice(1).forEach((o, i) => expect(o.npv).toBeLessThanOrEqual(c.ranked[i]!.npv));
    const best = c.ranked[0]!;
    const onBest = { ...scenario, host: best.hostModel, hypervisor: best.hypervisor };
    const plan = planScenario({ estate, hosts, assumptions, scenario: onBest });
    expect(appraise({ estate, hosts, assumptions, scenario: onBest, plan }).npv).toBe(best.npv);
  });
});

describe('compareOptions keeping only the best', { timeout: 120_000 }, () => {
  const scopes = ['all', 'criticality>=high', 'service!="Radiology PACS/RIS"', 'service="Ward systems"', 'site="Second site"'];

  it.each(scopes)('ranks the same best options, with the same figures, as comparing every option, and counts the rest as screened: %s', (scope) => {
    const { estate, hosts, assumptions, scenarios, corePerformance } = inputs;
    const scenario = { ...defaultScenario(scenarios), scope };
    const every = compareOptions({ estate, hosts, assumptions, scenario, corePerformance });
    const kept = compareOptions({ estate, hosts, assumptions, scenario, corePerformance }, { keep: 2 });
    expect(kept.ranked.slice(0, 2)).toEqual(every.ranked.slice(0, 2));
    expect(kept.ranked.length + kept.screened).toBe(every.ranked.length);
    expect(kept.infeasible).toEqual(every.infeasible);
    expect(every.screened).toBe(0);
  });

  it('screens out the models whose packing search cannot reach its bound on the whole estate', () => {
    const { estate, hosts, assumptions, scenarios, corePerformance } = inputs;
    const kept = compareOptions({ estate, hosts, assumptions, scenario: { ...defaultScenario(scenarios), scope: 'all' }, corePerformance }, { keep: 2 });
    expect(kept.ranked.map((o) => o.hostModel)).not.toContain('ProLiant DL380 Gen11');
    expect(kept.screened).toBeGreaterThanOrEqual(6);
  });

  it('compares every option when a cost could fall as hosts are added (recycled servers)', () => {
    const { estate, hosts, assumptions, scenarios, corePerformance } = inputs;
    const scenario = { ...defaultScenario(scenarios), scope: 'service="Ward systems"', recycle: true };
    expect(compareOptions({ estate, hosts, assumptions, scenario, corePerformance }, { keep: 2 }).screened).toBe(0);
  });
});
