import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../engine/evaluate.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { planScenario } from '../../../engine/placement/plan-scenario.js';
import { barPacking, evaluationNpvModel, sensitivityPacking } from '../../../engine/sensitivity/evaluation-sensitivity.js';
import type { PackOptions } from '../../../engine/packing/pack-vectors.js';
import type { Plan } from '../../../engine/plan/plan.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';
import { scaleEstate } from '../../../bench/scale-estate.js';
import { appraise } from '../../../engine/tco/appraise.js';

let inputs: Inputs;
beforeAll(async () => {
  inputs = await loadInputs();
});

describe('evaluationNpvModel', () => {
  it("re-plans a sizing key on the option's own host model, even when another model would then be cheapest", () => {
    const { estate, hosts, assumptions, corePerformance } = inputs;
    const scenario = inputs.scenarios.find((s) => s.name === 'full-consolidation')!;
    const evaluation = evaluate({ estate, hosts, assumptions, scenario, corePerformance });
    const model = evaluation.plan.hostModel.model;
    // At 85% CPU headroom another model is the cheapest hardware, so re-planning by a rule would switch.
    const changed = evaluation.assumptions.with({ 'headroom.cpu': 0.85 }, 'cli');
    const switched = planScenario({ estate, hosts, assumptions: changed, scenario: { ...scenario, host: 'cheapest' }, corePerformance });
    expect(switched.hostModel.model).not.toBe(model);
    const kept = evaluation.scenario;
    // The re-plan starts from the evaluation's plan (a warm start, bounded effort) and needs no more hosts than planning afresh.
    const keptPlan = planScenario({ estate, hosts, assumptions: changed, scenario: kept, corePerformance, warmStart: evaluation.plan, packing: sensitivityPacking });
    const freshPlan = planScenario({ estate, hosts, assumptions: changed, scenario: kept, corePerformance });
    expect(keptPlan.hosts).toBeLessThanOrEqual(freshPlan.hosts);
    const npv = evaluationNpvModel({ estate, hosts, evaluation, corePerformance }).npvAt({ 'headroom.cpu': 0.85 });
    expect(npv).toBe(appraise({ estate, hosts, assumptions: changed, scenario: kept, plan: keptPlan }).npv);
  });
});

describe('a tornado bar re-planned at scale (6,000 generated servers in one cluster, above the 5,000-workload chunking size)', () => {
  it('ends within 4% of its own lower bound when headroom shrinks, where the fixed sensitivity budget ends above 5%, the same for the same seed', () => {
    const { hosts, assumptions, corePerformance } = inputs;
    const estate = scaleEstate(6_000);
    const scenario = scenarioSchema.parse({ name: 'ics', host: 'ProLiant DL365 Gen11', separateSites: false, mixOrganisations: true });
    const base = planScenario({ estate, hosts, assumptions, scenario, corePerformance });
    const gap = (plan: Plan) => (plan.hosts - plan.lowerBound) / plan.lowerBound;
    for (const change of [{ 'headroom.cpu': 0.6 }, { 'headroom.ram': 0.75 }] as Record<string, number>[]) {
      const changed = assumptions.with(change, 'cli');
      const replan = (packing: PackOptions) => planScenario({ estate, hosts, assumptions: changed, scenario, corePerformance, warmStart: base, packing });
      const bar = replan(barPacking);
      expect(gap(bar)).toBeLessThanOrEqual(0.04);
      expect(gap(replan(sensitivityPacking))).toBeGreaterThan(0.05);
      expect(replan(barPacking).placements).toEqual(bar.placements);
    }
  });
});
