/**
 * Generic d-dimensional vector bin packing: identical bins with a capacity per dimension, items
 * with a size per dimension, and pairs of items that may not share a bin. Nothing here knows
 * about servers or hosts; engine/placement translates workloads into this form.
 */
export interface PackingProblem {
  /** Capacity of every bin, one entry per dimension (each above 0). */
  capacity: readonly number[];
  /** Size of every item, one entry per dimension (each 0 or more, at most the capacity). */
  items: readonly (readonly number[])[];
  /** Pairs of item indexes that must go to different bins (anti-affinity). */
  conflicts?: readonly (readonly [number, number])[];
}

/** A packing: each bin lists the indexes of the items it holds. */
export type Bins = number[][];

/**
 * The problem in the form the algorithms work on: sizes divided by capacity (so every bin is
 * 1.0 in every dimension), flattened row-major, with a conflict adjacency list per item.
 */
export interface PreparedProblem {
  dims: number;
  count: number;
  /** size(i, d) / capacity(d) at index i * dims + d. */
  sizes: Float64Array;
  /** Sum of the normalised sizes of each item, its "volume". */
  volume: Float64Array;
  conflictsOf: readonly (readonly number[])[];
}

/** Slack for floating-point sums of normalised sizes: a bin holds items whose loads reach 1 + EPSILON. */
export const EPSILON = 1e-9;

/** Validates a problem and normalises it; throws RangeError naming the item and dimension at fault. */
export function prepareProblem(problem: PackingProblem): PreparedProblem {
  const dims = problem.capacity.length;
  if (dims === 0) throw new RangeError('packing: expected at least one dimension');
  problem.capacity.forEach((c, d) => {
    if (!(c > 0) || !Number.isFinite(c)) throw new RangeError(`packing: capacity in dimension ${d} must be above 0, got ${c}`);
  });
  const count = problem.items.length;
  const sizes = new Float64Array(count * dims);
  const volume = new Float64Array(count);
  // Plain loops: this runs once per plan and re-plan on up to 100,000 items.
  for (let i = 0; i < count; i++) {
    const item = problem.items[i]!;
    if (item.length !== dims) throw new RangeError(`packing: item ${i} has ${item.length} sizes, expected ${dims}`);
    for (let d = 0; d < dims; d++) {
      const s = item[d]!;
      const cap = problem.capacity[d]!;
      if (!(s >= 0) || !Number.isFinite(s)) throw new RangeError(`packing: item ${i} size in dimension ${d} must be 0 or more, got ${s}`);
      if (s > cap * (1 + EPSILON)) throw new RangeError(`packing: item ${i} (${s}) exceeds the bin capacity ${cap} in dimension ${d}`);
      sizes[i * dims + d] = s / cap;
      volume[i] = volume[i]! + s / cap;
    }
  }
  const conflictsOf: number[][] = Array.from({ length: count }, () => []);
  for (const [a, b] of problem.conflicts ?? []) {
    if (a === b || a < 0 || b < 0 || a >= count || b >= count) throw new RangeError(`packing: invalid conflict pair (${a}, ${b})`);
    conflictsOf[a]!.push(b);
    conflictsOf[b]!.push(a);
  }
  return { dims, count, sizes, volume, conflictsOf };
}

/**
 * The problem restricted to `items` (indexes into `p`): item k of the result is `items[k]`, and
 * only conflicts between two of them are kept. Lets a method work on the part of a packing still
 * open while the rest stays fixed.
 */
export function subProblem(p: PreparedProblem, items: readonly number[]): PreparedProblem {
  const { dims, sizes } = p;
  const local = new Map(items.map((i, k) => [i, k]));
  const subSizes = new Float64Array(items.length * dims);
  items.forEach((i, k) => subSizes.set(sizes.subarray(i * dims, i * dims + dims), k * dims));
  return {
    dims,
    count: items.length,
    sizes: subSizes,
    volume: Float64Array.from(items, (i) => p.volume[i]!),
    conflictsOf: items.map((i) => p.conflictsOf[i]!.flatMap((j) => (local.has(j) ? [local.get(j)!] : []))),
  };
}

/** Whether items a and b have the same size in every dimension and no conflicts, so that either can stand for the other. */
export function interchangeable(p: PreparedProblem, a: number, b: number): boolean {
  const { dims, sizes, conflictsOf } = p;
  if (conflictsOf[a]!.length > 0 || conflictsOf[b]!.length > 0) return false;
  for (let d = 0; d < dims; d++) if (sizes[a * dims + d] !== sizes[b * dims + d]) return false;
  return true;
}

/**
 * Whether item a, plus item b when b >= 0, adds up to `room` in every dimension: the check behind
 * every exact-size look-up, since different sizes can share a hash key.
 */
export function addsUpTo(p: PreparedProblem, a: number, b: number, room: Float64Array): boolean {
  const { dims, sizes } = p;
  for (let d = 0; d < dims; d++) {
    const size = sizes[a * dims + d]! + (b < 0 ? 0 : sizes[b * dims + d]!);
    if (Math.abs(size - room[d]!) > EPSILON) return false;
  }
  return true;
}

/**
 * Item indexes by decreasing volume, then decreasing size dimension by dimension, then index:
 * deterministic, and identical items end up next to each other, so a search can skip repeats.
 */
export function largestFirst(p: PreparedProblem): number[] {
  const { dims, sizes, volume } = p;
  const bySize = (a: number, b: number): number => {
    for (let d = 0; d < dims; d++) {
      const diff = sizes[b * dims + d]! - sizes[a * dims + d]!;
      if (diff !== 0) return diff;
    }
    return a - b;
  };
  return Array.from({ length: p.count }, (_, i) => i).sort((a, b) => volume[b]! - volume[a]! || bySize(a, b));
}
