import { breakEven, type BreakEven } from './break-even.js';
import { monteCarlo, type MonteCarloOptions, type MonteCarloResult } from './monte-carlo.js';
import type { NpvModel } from './npv-model.js';
import { tornado, type Tornado } from './tornado.js';

export interface Sensitivity {
  tornado: Tornado;
  /** Break-even values of the most sensitive price keys, demand growth and the hypervisor's licence price. */
  breakEven: BreakEven[];
  monteCarlo: MonteCarloResult;
}

/** The licence price key a finance partner asks about first, for the option's hypervisor. */
const licenceKeys = ['licence.vmwarePerCoreYear', 'licence.windowsDatacenterPerCore', 'licence.proxmoxPerSocketYear'];

/**
 * Tornado, break-even values (the `breakEvenCount` most sensitive price keys, plus demand growth
 * and the licence prices that move this option's NPV), and Monte Carlo, for one option.
 */
export function analyseSensitivity(model: NpvModel, options: MonteCarloOptions & { breakEvenCount?: number } = {}): Sensitivity {
  const t = tornado(model);
  const top = t.rows.filter((r) => r.effect !== 'replan' && r.swing > 0).slice(0, options.breakEvenCount ?? 3).map((r) => r.key);
  const moving = (key: string) => t.rows.some((r) => r.key === key && r.swing > 0);
  const extra = ['growth.annual', ...licenceKeys].filter((key) => model.assumptions.has(key) && moving(key) && !top.includes(key));
  return {
    tornado: t,
    breakEven: [...top, ...extra].map((key) => breakEven(model, key)),
    monteCarlo: monteCarlo(model, options),
  };
}
