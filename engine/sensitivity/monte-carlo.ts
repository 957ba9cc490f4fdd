import type { Pence } from '../money.js';
import { seededRandom } from '../packing/seeded-random.js';
import { keyEffect } from '../tco/key-effect.js';
import type { NpvModel } from './npv-model.js';
import { triangularDraw } from './triangular-draw.js';

export interface MonteCarloResult {
  draws: number;
  seed: number;
  /** Keys varied together: every key driver with a documented low/high that does not need re-planning. */
  keys: string[];
  /** Share of draws with NPV > 0. */
  probabilityPositive: number;
  p10: Pence;
  p50: Pence;
  p90: Pence;
  mean: Pence;
}

export interface MonteCarloOptions {
  draws?: number;
  seed?: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

/**
 * Seeded Monte Carlo of the NPV: each draw moves every key driver at once, independently, on a
 * triangular distribution (documented low, value in force, documented high); whole-number keys
 * are rounded. Sizing keys are left out (each draw would need a new plan); the tornado shows them.
 */
export function monteCarlo(model: NpvModel, options: MonteCarloOptions = {}): MonteCarloResult {
  const draws = options.draws ?? 10_000;
  const seed = options.seed ?? 20_261_125;
  const drivers = model.assumptions.all().filter((a) => a.low !== undefined && a.high !== undefined && keyEffect(a.key) !== 'replan');
  const random = seededRandom(seed);
  const npvs = new Float64Array(draws);
  let positive = 0;
  let sum = 0;
  for (let i = 0; i < draws; i += 1) {
    const overrides: Record<string, number> = {};
    for (const a of drivers) {
      const x = triangularDraw(random(), a.low!, a.value, a.high!);
      overrides[a.key] = a.integer ? Math.round(x) : x;
    }
    const npv = model.npvAtTrusted(overrides);
    npvs[i] = npv;
    sum += npv;
    if (npv > 0) positive += 1;
  }
  npvs.sort();
  return {
    draws,
    seed,
    keys: drivers.map((a) => a.key),
    probabilityPositive: positive / draws,
    p10: percentile(npvs, 0.1),
    p50: percentile(npvs, 0.5),
    p90: percentile(npvs, 0.9),
    mean: Math.round(sum / draws),
  };
}
