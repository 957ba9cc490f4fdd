import { beforeAll, describe, expect, it } from 'vitest';
import { chooseOption } from '../../engine/choose-option.js';
import { compareOptions } from '../../engine/compare-options.js';
import { evaluate } from '../../engine/evaluate.js';
import { loadInputs, type Inputs } from '../../engine/io/load-inputs.js';
import { defaultScenario } from '../../engine/scenario/default-scenario.js';
import { describeSelection } from '../../reports/format/describe-selection.js';

let inputs: Inputs;
beforeAll(async () => {
  inputs = await loadInputs();
});

describe('choosing the option by value', () => {
  it("makes the default scenario's host model x hypervisor the top of tco --compare by NPV, and names the runner-up", () => {
    const { estate, hosts, assumptions, scenarios, corePerformance } = inputs;
    const scenario = defaultScenario(scenarios);
    expect([scenario.host, scenario.hypervisor]).toEqual(['best-value', 'best-value']);
    const top = compareOptions({ estate, hosts, assumptions, scenario, corePerformance }).ranked;
    const e = evaluate({ estate, hosts, assumptions, scenario, corePerformance });
    expect([e.scenario.host, e.scenario.hypervisor]).toEqual([top[0]!.hostModel, top[0]!.hypervisor]);
    expect(e.appraisal.npv).toBe(top[0]!.npv);
    expect(e.selection).toMatchObject({ rule: 'best-value', runnerUp: { hostModel: top[1]!.hostModel, hypervisor: top[1]!.hypervisor }, margin: top[0]!.npv - top[1]!.npv });
    expect(describeSelection(e.selection)).toContain(`the runner-up, ${top[1]!.hostModel}`);
  });

  it('reports a bad scope once, as the scope error, not once per host model', () => {
    const { estate, hosts, assumptions, scenarios, corePerformance } = inputs;
    const scenario = { ...defaultScenario(scenarios), scope: 'criticality>=urgent' };
    expect(() => chooseOption({ estate, hosts, assumptions, scenario, corePerformance })).toThrow(
      /^scope criticality: unknown value "urgent"; expected one of critical, high, medium, low$/,
    );
  });

  it('keeps "cheapest" as the lowest hardware cost, and says when a better-value option exists', () => {
    const { estate, hosts, assumptions, scenarios, corePerformance } = inputs;
    const scenario = { ...defaultScenario(scenarios), host: 'cheapest' };
    const { selection, comparison } = chooseOption({ estate, hosts, assumptions, scenario, corePerformance });
    expect(selection.rule).toBe('cheapest');
    const best = comparison.ranked[0]!;
    if (best.npv > selection.chosen.npv) {
      expect(selection.betterValue).toMatchObject({ hostModel: best.hostModel, hypervisor: best.hypervisor });
      expect(describeSelection(selection)).toContain('It is not the best value');
    } else {
      expect(selection.betterValue).toBeUndefined();
    }
  });

  it('chooses only what the scenario leaves open: a named hypervisor stays, the model is chosen for it', () => {
    const { estate, hosts, assumptions, scenarios, corePerformance } = inputs;
    const scenario = { ...defaultScenario(scenarios), hypervisor: 'vmware' as const };
    const e = evaluate({ estate, hosts, assumptions, scenario, corePerformance });
    expect(e.scenario.hypervisor).toBe('vmware');
    const vmwareTop = compareOptions({ estate, hosts, assumptions, scenario, corePerformance }).ranked[0]!;
    expect(e.scenario.host).toBe(vmwareTop.hostModel);
    expect(e.selection.candidates).toBe(hosts.length);
  });
});
