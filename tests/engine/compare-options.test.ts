import { beforeAll, describe, expect, it } from 'vitest';
import { loadInputs, type Inputs } from '../../engine/io/load-inputs.js';
import { planScenario } from '../../engine/placement/plan-scenario.js';
import { appraise } from '../../engine/tco/appraise.js';
import { compareOptions } from '../../engine/compare-options.js';

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
