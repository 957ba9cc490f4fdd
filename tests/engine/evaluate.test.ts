import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../engine/evaluate.js';
import { loadCorePerformance } from '../../engine/io/load-core-performance.js';
import { loadInputs, type Inputs } from '../../engine/io/load-inputs.js';
import { planScenario } from '../../engine/placement/plan-scenario.js';
import { appraise } from '../../engine/tco/appraise.js';

let inputs: Inputs;
beforeAll(async () => {
  inputs = await loadInputs();
});
const scenarioNamed = (name: string) => {
  const found = inputs.scenarios.find((s) => s.name === name);
  if (!found) throw new Error(`no scenario ${name}`);
  return found;
};

describe('evaluate', { timeout: 120_000 }, () => {
  it('plans and appraises one scenario of the sample trust, consistently', () => {
    const { estate, hosts, assumptions } = inputs;
    const scenario = scenarioNamed('full-consolidation');
    const e = evaluate({ estate, hosts, assumptions, scenario });
    expect(e.plan.hosts).toBeGreaterThan(0);
    expect(e.appraisal.hostModel).toBe(e.plan.hostModel.model);
    expect(e.appraisal.servers.moved).toBe(new Set(e.plan.placements.map((p) => p.workload)).size);
    expect(e.appraisal.servers.moved + e.appraisal.servers.staying).toBe(estate.servers.length);
    expect(e.appraisal).toEqual(appraise({ estate, hosts, assumptions: e.assumptions, scenario: e.scenario, plan: e.plan }));
  });

  it('shows consolidation cutting energy, carbon, servers and rack space on the sample trust', () => {
    const { estate, hosts, assumptions } = inputs;
    const a = evaluate({ estate, hosts, assumptions, scenario: scenarioNamed('full-consolidation') }).appraisal;
    expect(a.energy[0]!.afterKwh).toBeLessThan(a.energy[0]!.beforeKwh);
    expect(a.energy[0]!.afterTco2e).toBeLessThan(a.energy[0]!.beforeTco2e);
    expect(a.inventory.after.physicalServers).toBeLessThan(a.inventory.before.physicalServers);
    expect(a.inventory.after.rackUnits).toBeLessThan(a.inventory.before.rackUnits);
    expect(a.savings.runningCosts.percent).toBeGreaterThan(0);
  });

  it('keeps the appraisal invariants on the sample trust with DR', () => {
    const { estate, hosts, assumptions } = inputs;
    const a = evaluate({ estate, hosts, assumptions, scenario: scenarioNamed('full-consolidation-dr') }).appraisal;
    expect(a.lines.some((l) => l.id === 'option.drStorage' && l.total > 0)).toBe(true);
    expect(a.lines.some((l) => l.id === 'option.replication' && l.total > 0)).toBe(true);
    expect(a.npv).toBe(a.cashFlows.reduce((s, c) => s + c.presentValue, 0));
    a.cashFlows.forEach((c, t) => expect(c.presentValue).toBe(c.net === 0 ? 0 : Math.round(c.net / 1.035 ** t)));
    for (const side of ['baseline', 'staying', 'option'] as const) {
      const sum = a.lines.filter((l) => l.side === side).reduce((s, l) => s + l.total, 0);
      expect(a[side].sum).toBe(sum);
    }
    expect(a.cashFlows.map((c) => c.net)).toEqual(a.doNothing.total.map((d, t) => d - a.withOption.total[t]!));
  });

  it('sizes servers without core_perf from the same per-year table as unsprawl plan', async () => {
    const { hosts, assumptions } = inputs;
    const corePerformance = await loadCorePerformance();
    const estate = { ...inputs.estate, servers: inputs.estate.servers.map((s) => ({ ...s, corePerf: undefined })) };
    const scenario = { ...scenarioNamed('ward-systems'), host: hosts[0]!.model };
    const e = evaluate({ estate, hosts, assumptions, scenario, corePerformance });
    expect(e.plan).toEqual(planScenario({ estate, hosts, assumptions: e.assumptions, scenario, corePerformance }));
    expect(e.plan.demands).not.toEqual(evaluate({ estate, hosts, assumptions, scenario }).plan.demands);
  });

  it('gives identical output for identical inputs', () => {
    const { estate, hosts, assumptions } = inputs;
    const scenario = scenarioNamed('ward-systems');
    expect(JSON.stringify(evaluate({ estate, hosts, assumptions, scenario }))).toBe(JSON.stringify(evaluate({ estate, hosts, assumptions, scenario })));
  });

  it("applies the scenario's overrides, but a --set or chat value for the same key wins", () => {
    const { estate, hosts, assumptions } = inputs;
    const scenario = { ...scenarioNamed('ward-systems'), overrides: { 'energy.pricePerKwh': 0.3 } };
    const fromScenario = evaluate({ estate, hosts, assumptions, scenario }).assumptions.entry('energy.pricePerKwh');
    expect(fromScenario).toMatchObject({ value: 0.3, origin: 'scenario', defaultValue: 0.25 });
    const fromCli = evaluate({ estate, hosts, assumptions: assumptions.with({ 'energy.pricePerKwh': 0.4 }, 'cli'), scenario }).assumptions.entry('energy.pricePerKwh');
    expect(fromCli).toMatchObject({ value: 0.4, origin: 'cli' });
  });
});
