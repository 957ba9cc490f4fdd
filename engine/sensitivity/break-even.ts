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
  const tolerance = Math.abs(to - from) * 1e-9;
  for (let i = 0; i < 200; i += 1) {
    if (integer ? Math.abs(outside - inside) <= 1 : Math.abs(outside - inside) <= tolerance) break;
    const mid = integer ? Math.trunc((inside + outside) / 2) : (inside + outside) / 2;
    if (sign(model.npvAt({ [key]: mid })) === startSign) inside = mid;
    else outside = mid;
  }
  return outside;
}

/**
 * The same bracket for a key that changes the plan, where every step is a re-plan (a tenth of a
 * second at 10,000 servers). NPV is close to a straight line in such a key, so false position
 * lands next to the crossing; one step of the tolerance from there, towards the other end,
 * usually closes the bracket, in four re-plans where bisection takes ten. After four such tries
 * it bisects, which always closes. It stops at a thousandth of the range, finer than the packing
 * can tell apart (a host more or less).
 */
function falsePosition(model: NpvModel, key: string, from: number, to: number, npvAtTo: number): number {
  const startSign = sign(model.base.npv);
  let inside = { x: from, npv: model.base.npv };
  let outside = { x: to, npv: npvAtTo };
  const tolerance = Math.abs(to - from) * 1e-3;
  const towardsOutside = Math.sign(to - from);
  const open = () => Math.abs(outside.x - inside.x) > tolerance;
  const step = (x: number): 'inside' | 'outside' => {
    const npv = model.npvAt({ [key]: x });
    if (sign(npv) === startSign) {
      inside = { x, npv };
      return 'inside';
    }
    outside = { x, npv };
    return 'outside';
  };
  for (let i = 0; i < 200 && open(); i += 1) {
    if (i >= 4) {
      step((inside.x + outside.x) / 2);
      continue;
    }
    const moved = step(inside.x - (inside.npv * (outside.x - inside.x)) / (outside.npv - inside.npv));
    if (open()) step(moved === 'inside' ? inside.x + towardsOutside * tolerance : outside.x - towardsOutside * tolerance);
  }
  return outside.x;
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
    const npvAtBound = model.npvAt({ [key]: bound });
    if (sign(npvAtBound) === sign(npvAtBase)) continue;
    roots.push(keyEffect(key) === 'replan' && !a.integer ? falsePosition(model, key, a.value, bound, npvAtBound) : bisect(model, key, a.value, bound, a.integer));
  }
  if (roots.length === 0) {
    return { ...result, value: null, note: `NPV stays ${npvAtBase > 0 ? 'positive' : 'negative'} for every ${key} from ${a.min} to ${a.max} (${a.unit})` };
  }
  const value = roots.reduce((best, r) => (Math.abs(r - a.value) < Math.abs(best - a.value) ? r : best));
  return { ...result, value, note: `NPV ${npvAtBase > 0 ? 'falls to' : 'rises to'} zero at ${key} = ${value} (${a.unit}); now ${a.value}` };
}
