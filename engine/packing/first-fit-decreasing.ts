import { EPSILON as SHARED_EPSILON, type Bins, type PreparedProblem } from './packing-problem.js';

// A module-local copy: hot loops read it directly instead of through the import binding.
const EPSILON = SHARED_EPSILON;

/** How items are ordered (largest first) before they are placed. */
export type SortKey = 'max' | 'sum' | 'product' | 'l2';
/** Which open bin an item goes to: the first that fits, the fullest that fits, or the best-aligned. */
export type FitRule = 'first' | 'best' | 'dot';

export interface FfdVariant {
  key: SortKey;
  fit: FitRule;
}

/** Every combination; the planner runs them all and keeps the fewest bins (the baseline). */
export const ffdVariants: readonly FfdVariant[] = (['max', 'sum', 'product', 'l2'] as const).flatMap((key) =>
  (['first', 'best', 'dot'] as const).map((fit) => ({ key, fit })),
);

function sortValue(p: PreparedProblem, i: number, key: SortKey): number {
  let max = 0;
  let sum = 0;
  let product = 1;
  let squares = 0;
  for (let d = 0; d < p.dims; d++) {
    const s = p.sizes[i * p.dims + d]!;
    max = Math.max(max, s);
    sum += s;
    product *= s;
    squares += s * s;
  }
  if (key === 'max') return max;
  if (key === 'sum') return sum;
  if (key === 'product') return product;
  return squares;
}

/**
 * First-fit-decreasing and its best-fit / dot-product cousins for vectors with conflicts.
 * O(n x bins x d). Ties in the order break by item index, so the result is deterministic.
 */
export function firstFitDecreasing(p: PreparedProblem, variant: FfdVariant): Bins {
  const { dims } = p;
  const order = Array.from({ length: p.count }, (_, i) => i);
  const value = order.map((i) => sortValue(p, i, variant.key));
  order.sort((a, b) => value[b]! - value[a]! || a - b);
  const bins: Bins = [];
  const loads: number[] = [];
  const itemBin = new Int32Array(p.count).fill(-1);
  for (const i of order) {
    let chosen = -1;
    let chosenScore = -Infinity;
    for (let b = 0; b < bins.length; b++) {
      if (!fits(p, loads, b, i, itemBin)) continue;
      if (variant.fit === 'first') {
        chosen = b;
        break;
      }
      let score = 0;
      for (let d = 0; d < dims; d++) {
        const load = loads[b * dims + d]!;
        score += variant.fit === 'best' ? load : load * p.sizes[i * dims + d]!;
      }
      if (score > chosenScore + EPSILON) {
        chosen = b;
        chosenScore = score;
      }
    }
    if (chosen < 0) {
      chosen = bins.length;
      bins.push([]);
      for (let d = 0; d < dims; d++) loads.push(0);
    }
    bins[chosen]!.push(i);
    itemBin[i] = chosen;
    for (let d = 0; d < dims; d++) loads[chosen * dims + d]! += p.sizes[i * dims + d]!;
  }
  return bins;
}

function fits(p: PreparedProblem, loads: number[], b: number, i: number, itemBin: Int32Array): boolean {
  for (let d = 0; d < p.dims; d++) {
    if (loads[b * p.dims + d]! + p.sizes[i * p.dims + d]! > 1 + EPSILON) return false;
  }
  for (const j of p.conflictsOf[i]!) if (itemBin[j] === b) return false;
  return true;
}
