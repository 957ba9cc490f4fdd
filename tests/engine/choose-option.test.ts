import { beforeAll, describe, expect, it } from 'vitest';
import { chooseOption } from '../../engine/choose-option.js';
import { compareOptions } from '../../engine/compare-options.js';
import { evaluate } from '../../engine/evaluate.js';
import { loadInputs, type Inputs } from '../../engine/io/load-inputs.js';
import { planScenario } from '../../engine/placement/plan-scenario.js';
import { defaultScenario } from '../../engine/scenario/default-scenario.js';
import { evaluationUncertainty } from '../../engine/sensitivity/evaluation-sensitivity.js';
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

  it.each(['all', 'criticality>=high', 'service="Ward systems"'])(
    'chooses "cheapest" from screened models as from every model, with the same better-value option: %s',
    (scope) => {
      const { estate, hosts, assumptions, scenarios, corePerformance } = inputs;
      const scenario = { ...defaultScenario(scenarios), host: 'cheapest', hypervisor: 'best-value' as const, scope };
      const { selection, comparison } = chooseOption({ estate, hosts, assumptions, scenario, corePerformance });
      const every = compareOptions({ estate, hosts, assumptions, scenario: { ...scenario, host: 'best-value' }, corePerformance }).ranked;
      const cheapestModel = planScenario({ estate, hosts, assumptions, scenario, corePerformance }).hostModel.model;
      const chosen = every.find((o) => o.hostModel === cheapestModel && o.hypervisor === selection.chosen.hypervisor)!;
      expect(selection.chosen).toEqual({ hostModel: cheapestModel, hypervisor: chosen.hypervisor, npv: chosen.npv });
      expect(selection.candidates).toBe(every.length);
      const best = every[0]!;
      expect(selection.betterValue).toEqual(best.npv > chosen.npv ? { hostModel: best.hostModel, hypervisor: best.hypervisor, npv: best.npv } : undefined);
      if (scope === 'all') expect(comparison.screened).toBeGreaterThan(0);
    },
  );

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

/**
 * Selection and figures recorded before models were screened by their best case and before the
 * Monte Carlo priced only the lines a draw moves: both are speed-ups, so every figure stays.
 */
const pinned = [
  { scenario: { scope: 'all' }, chosen: ['PowerEdge MX760c', 'hyperv', 16244711], runnerUp: ['ProLiant DL365 Gen11', 'hyperv', 11865194], candidates: 21, hosts: 17, p50: 1854884, pNeg: 0.4795 },
  { scenario: { scope: 'all', overrides: { 'horizon.years': 7 } }, chosen: ['PowerEdge MX760c', 'hyperv', 27361591], runnerUp: ['PowerEdge MX760c', 'proxmox', 17456031], candidates: 21, hosts: 18, p50: -2680101, pNeg: 0.516 },
  { scenario: { scope: 'service!="Domain controllers"' }, chosen: ['PowerEdge MX760c', 'hyperv', 19246498], runnerUp: ['PowerEdge MX760c', 'proxmox', 12744823], candidates: 21, hosts: 16, p50: -4634101, pNeg: 0.5545 },
  { scenario: { scope: 'criticality>=high' }, chosen: ['PowerEdge MX760c', 'hyperv', -17898667], runnerUp: ['ProLiant DL365 Gen11', 'hyperv', -20502209], candidates: 21, hosts: 16, p50: -32302322, pNeg: 0.90325 },
  { scenario: { scope: 'all', dr: { enabled: true, minCriticality: 'high' as const } }, chosen: ['PowerEdge MX760c', 'hyperv', -217022014], runnerUp: ['ProLiant DL365 Gen11', 'hyperv', -221208185], candidates: 21, hosts: 33, p50: -253320274, pNeg: 1 },
  { scenario: { scope: 'service!="Radiology PACS/RIS"' }, chosen: ['PowerEdge MX760c', 'hyperv', 24898540], runnerUp: ['PowerEdge MX760c', 'proxmox', 18803219], candidates: 21, hosts: 15, p50: 6020237, pNeg: 0.4205 },
  { scenario: { scope: 'service="Ward systems"', hypervisor: 'vmware' as const }, chosen: ['ProLiant DL365 Gen11', 'vmware', -5006534], runnerUp: ['PowerEdge R660', 'vmware', -6211662], candidates: 7, hosts: 3, p50: -8143886, pNeg: 0.9975 },
];

describe('best value with host models screened by their best case', { timeout: 120_000 }, () => {
  it.each(pinned)('chooses the same option with the same NPV, runner-up, median and P(NPV < 0): $scenario.scope', (pin) => {
    const { estate, hosts, assumptions, scenarios, corePerformance } = inputs;
    const scenario = { ...defaultScenario(scenarios), ...pin.scenario };
    const e = evaluate({ estate, hosts, assumptions, scenario, corePerformance });
    const [hostModel, hypervisor, npv] = pin.chosen;
    const [runnerModel, runnerHypervisor, runnerNpv] = pin.runnerUp;
    expect(e.selection).toEqual({
      rule: 'best-value',
      chosen: { hostModel, hypervisor, npv },
      runnerUp: { hostModel: runnerModel, hypervisor: runnerHypervisor, npv: runnerNpv },
      margin: (npv as number) - (runnerNpv as number),
      candidates: pin.candidates,
    });
    expect(e.plan.hosts).toBe(pin.hosts);
    const u = evaluationUncertainty({ estate, hosts, evaluation: e, corePerformance });
    expect([u.p50, u.probabilityNegative]).toEqual([pin.p50, pin.pNeg]);
  });
});
