import { breakEven, type BreakEven } from './break-even.js';
import { monteCarlo, type MonteCarloOptions, type MonteCarloResult } from './monte-carlo.js';
import type { NpvModel } from './npv-model.js';
import { tornado, type Tornado } from './tornado.js';

export interface Sensitivity {
  tornado: Tornado;
  /** Break-even values of the most sensitive keys that do not need re-planning. */
  breakEven: BreakEven[];
  monteCarlo: MonteCarloResult;
}

/** Tornado, break-even of the `breakEvenCount` most sensitive price keys, and Monte Carlo, for one option. */
export function analyseSensitivity(model: NpvModel, options: MonteCarloOptions & { breakEvenCount?: number } = {}): Sensitivity {
  const t = tornado(model);
  const top = t.rows.filter((r) => r.effect !== 'replan' && r.swing > 0).slice(0, options.breakEvenCount ?? 3);
  return {
    tornado: t,
    breakEven: top.map((r) => breakEven(model, r.key)),
    monteCarlo: monteCarlo(model, options),
  };
}
