import type { AssumptionSet } from '../assumptions/assumption-set.js';
import type { Estate } from '../estate/estate.js';
import type { HostModel } from '../hosts/host-model.js';
import type { Plan } from '../plan/plan.js';
import type { ResolvedScenario } from '../scenario/scenario.js';
import type { Appraisal } from '../tco/appraisal.js';
import { keyEffect } from '../tco/key-effect.js';
import { npvOfDraws } from './npv-of-draws.js';
import { measureQuantities, type AppraisalQuantities } from '../tco/measure-quantities.js';
import { priceQuantities } from '../tco/price-quantities.js';

export type Overrides = Readonly<Record<string, number>>;

export interface NpvModelInput {
  estate: Estate;
  hosts: readonly HostModel[];
  assumptions: AssumptionSet;
  scenario: ResolvedScenario;
  /** The plan under `assumptions`, reused for every change that does not need re-planning. */
  plan: Plan;
  /**
   * Plans the scenario again under changed sizing assumptions (planScenario); `closeToBound`: a
   * re-plan shown on its own (a tornado bar), worth the packing effort that brings it near its
   * lower bound (see evaluationNpvModel).
   */
  replan: (assumptions: AssumptionSet, closeToBound: boolean) => Plan;
}

/** How an NPV is asked for: `closeToBound` for a figure shown on its own, as a tornado bar is. */
export interface NpvOptions {
  closeToBound?: boolean;
}

/** The appraisal as a function of assumption changes, doing only the work each change needs. */
export interface NpvModel {
  base: Appraisal;
  assumptions: AssumptionSet;
  appraisalAt(overrides: Overrides, options?: NpvOptions): Appraisal;
  npvAt(overrides: Overrides, options?: NpvOptions): number;
  /**
   * NPV of many draws that each move the same keys (Monte Carlo's hot path): `keys` once, then
   * one value per key for each draw, already known to lie within each key's bounds. The same
   * NPV as npvAt for the same overrides, pence for pence, without validating or copying the
   * assumption set, and re-pricing only the lines a drawn key reaches (see npvOfDraws).
   */
  drawNpv(keys: readonly string[]): (values: ArrayLike<number>) => number;
}

/**
 * Cache key of the overrides that change the plan (`replan`) or the quantities (`remeasure`,
 * which also depend on the plan); prices are left out, so draws that only move prices share it.
 */
function cacheKey(overrides: Overrides, level: 'remeasure' | 'replan'): string {
  const parts: string[] = [];
  for (const key of Object.keys(overrides)) {
    const effect = keyEffect(key);
    if (effect === 'replan' || (level === 'remeasure' && effect === 'remeasure')) parts.push(`${key}=${overrides[key]}`);
  }
  return parts.sort().join(';');
}

/**
 * Builds the model once per scenario: quantities are measured once and re-priced on each call;
 * changes to dates and lifetimes re-measure (cached per value); sizing changes re-plan (cached;
 * the re-plans asked for close to their bound are cached apart).
 */
export function npvModel(input: NpvModelInput): NpvModel {
  const { estate, assumptions, scenario } = input;
  const baseQuantities = measureQuantities({ estate, assumptions, scenario, plan: input.plan });
  const plans = new Map<string, Plan>([['', input.plan]]);
  const measured = new Map<string, AppraisalQuantities>([['', baseQuantities]]);

  const quantitiesFor = (overrides: Overrides, closeToBound = false): AppraisalQuantities => {
    const pKey = cacheKey(overrides, 'replan');
    const close = closeToBound && pKey !== '' ? 'close:' : '';
    const mKey = close + cacheKey(overrides, 'remeasure');
    const hit = measured.get(mKey);
    if (hit) return hit;
    const set = assumptions.with(overrides, 'cli');
    let plan = plans.get(close + pKey);
    if (!plan) {
      plan = input.replan(set, closeToBound);
      plans.set(close + pKey, plan);
    }
    const q = measureQuantities({ estate, assumptions: set, scenario, plan });
    measured.set(mKey, q);
    return q;
  };

  const appraisalAt = (overrides: Overrides, options: NpvOptions = {}): Appraisal => {
    const set = assumptions.with(overrides, 'cli');
    return priceQuantities(quantitiesFor(overrides, options.closeToBound), set);
  };

  return {
    base: priceQuantities(baseQuantities, assumptions),
    assumptions,
    appraisalAt,
    npvAt: (overrides, options) => appraisalAt(overrides, options).npv,
    drawNpv: (keys) => npvOfDraws(keys, assumptions, (overrides) => (Object.keys(overrides).some((k) => keyEffect(k) !== 'reprice') ? quantitiesFor(overrides) : baseQuantities)),
  };
}

