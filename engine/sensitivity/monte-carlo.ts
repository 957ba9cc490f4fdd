import type { Pence } from '../money.js';
import { seededRandom } from '../packing/seeded-random.js';
import { keyEffect } from '../tco/key-effect.js';
import type { NpvModel } from './npv-model.js';
import { triangularDraw } from './triangular-draw.js';

export interface MonteCarloResult {
  draws: number;
  seed: number;
  /** Keys varied together: every key driver with a documented low/high, the tornado's keys. */
  keys: string[];
  /** Keys that change the plan (growth, headroom), drawn from two planned levels each. */
  plannedLevels: { key: string; levels: number[] }[];
  /** NPV with every assumption at its value in force: the point estimate. */
  pointNpv: Pence;
  /** Share of draws with NPV > 0 and with NPV < 0. */
  probabilityPositive: number;
  probabilityNegative: number;
  p10: Pence;
  /** The median NPV. */
  p50: Pence;
  p90: Pence;
  mean: Pence;
}

export interface MonteCarloOptions {
  draws?: number;
  seed?: number;
}

/**
 * Draws and seed every front end uses by default, so the chat answer, the board paper, the
 * monthly summary and `tco` state the same median and P(NPV < 0) for the same scenario.
 */
export const standardDraws = 4_000;
export const standardSeed = 20_261_125;

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

/** The midpoints (by probability) of a triangular distribution's lower and upper halves: two planned levels standing for each half. */
function plannedLevels(low: number, mode: number, high: number, integer: boolean): number[] {
  return [1 / 4, 3 / 4].map((u) => {
    const x = triangularDraw(u, low, mode, high);
    return integer ? Math.round(x) : x;
  });
}

/**
 * Seeded Monte Carlo of the NPV: each draw moves every key driver at once, independently, on a
 * triangular distribution (documented low, value in force, documented high); whole-number keys
 * are rounded. Keys that change the plan (growth, headroom) would need a new plan per draw, so
 * each is drawn from two planned levels (the midpoints of its distribution's lower and upper
 * halves, each equally likely): at most 2^k plans, cached by the model, instead of one per draw,
 * which keeps a chat answer's uncertainty statement under half a second on a trust's estate.
 */
export function monteCarlo(model: NpvModel, options: MonteCarloOptions = {}): MonteCarloResult {
  const draws = options.draws ?? standardDraws;
  const seed = options.seed ?? standardSeed;
  const drivers = model.assumptions.all().filter((a) => a.low !== undefined && a.high !== undefined);
  const planned = drivers.filter((a) => keyEffect(a.key) === 'replan').map((a) => ({ key: a.key, levels: plannedLevels(a.low!, a.value, a.high!, a.integer) }));
  const priced = drivers.filter((a) => keyEffect(a.key) !== 'replan');
  const random = seededRandom(seed);
  const npvOf = model.drawNpv([...planned.map((p) => p.key), ...priced.map((a) => a.key)]);
  const values = new Float64Array(planned.length + priced.length);
  const npvs = new Float64Array(draws);
  let positive = 0;
  let negative = 0;
  let sum = 0;
  for (let i = 0; i < draws; i += 1) {
    let k = 0;
    for (const p of planned) values[k++] = p.levels[random() < 0.5 ? 0 : 1]!;
    for (const a of priced) {
      const x = triangularDraw(random(), a.low!, a.value, a.high!);
      values[k++] = a.integer ? Math.round(x) : x;
    }
    const npv = npvOf(values);
    npvs[i] = npv;
    sum += npv;
    if (npv > 0) positive += 1;
    if (npv < 0) negative += 1;
  }
  npvs.sort();
  return {
    draws,
    seed,
    keys: drivers.map((a) => a.key),
    plannedLevels: planned,
    pointNpv: model.base.npv,
    probabilityPositive: positive / draws,
    probabilityNegative: negative / draws,
    p10: percentile(npvs, 0.1),
    p50: percentile(npvs, 0.5),
    p90: percentile(npvs, 0.9),
    mean: Math.round(sum / draws),
  };
}
