import type { Pence } from '../money.js';
import { keyEffect } from '../tco/key-effect.js';
import type { NpvModel } from './npv-model.js';

export interface BreakEven {
  key: string;
  unit: string;
  base: number;
  npvAtBase: Pence;
  /** The value at which NPV crosses zero (nearest to the base value), or null if it never does within the key's bounds. */
  value: number | null;
  note: string;
}

const sign = (n: number) => (n > 0 ? 1 : n < 0 ? -1 : 0);

/**
 * Bisection between the value in force (NPV of one sign) and a bound of the key (NPV of the
 * other sign). Whole-number keys stop at the first whole value where the sign flips.
 */
function bisect(model: NpvModel, key: string, from: number, to: number, integer: boolean): number {
  const startSign = sign(model.base.npv);
  let inside = from;
  let outside = to;
  // A key that changes the plan re-plans at every step: stop at a thousandth of the range, which
  // is finer than the packing itself can tell apart (a host more or less).
  const tolerance = Math.abs(to - from) * (keyEffect(key) === 'replan' ? 1e-3 : 1e-9);
  for (let i = 0; i < 200; i += 1) {
    if (integer ? Math.abs(outside - inside) <= 1 : Math.abs(outside - inside) <= tolerance) break;
    const mid = integer ? Math.trunc((inside + outside) / 2) : (inside + outside) / 2;
    if (sign(model.npvAt({ [key]: mid })) === startSign) inside = mid;
    else outside = mid;
  }
  return outside;
}

/**
 * The value of one assumption at which the option's NPV is zero, everything else held: the
 * figure a finance business partner asks for ("at what electricity price does this stop paying?").
 */
export function breakEven(model: NpvModel, key: string): BreakEven {
  const a = model.assumptions.entry(key);
  const npvAtBase = model.base.npv;
  const result = { key, unit: a.unit, base: a.value, npvAtBase };
  if (npvAtBase === 0) return { ...result, value: a.value, note: `NPV is already zero at ${key} = ${a.value}` };
  const roots: number[] = [];
  for (const bound of [a.min, a.max]) {
    if (bound === a.value) continue;
    if (sign(model.npvAt({ [key]: bound })) !== sign(npvAtBase)) roots.push(bisect(model, key, a.value, bound, a.integer));
  }
  if (roots.length === 0) {
    return { ...result, value: null, note: `NPV stays ${npvAtBase > 0 ? 'positive' : 'negative'} for every ${key} from ${a.min} to ${a.max} (${a.unit})` };
  }
  const value = roots.reduce((best, r) => (Math.abs(r - a.value) < Math.abs(best - a.value) ? r : best));
  return { ...result, value, note: `NPV ${npvAtBase > 0 ? 'falls to' : 'rises to'} zero at ${key} = ${value} (${a.unit}); now ${a.value}` };
}
