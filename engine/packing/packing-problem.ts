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
  problem.items.forEach((item, i) => {
    if (item.length !== dims) throw new RangeError(`packing: item ${i} has ${item.length} sizes, expected ${dims}`);
    item.forEach((s, d) => {
      const cap = problem.capacity[d]!;
      if (!(s >= 0) || !Number.isFinite(s)) throw new RangeError(`packing: item ${i} size in dimension ${d} must be 0 or more, got ${s}`);
      if (s > cap * (1 + EPSILON)) throw new RangeError(`packing: item ${i} (${s}) exceeds the bin capacity ${cap} in dimension ${d}`);
      sizes[i * dims + d] = s / cap;
      volume[i] = volume[i]! + s / cap;
    });
  });
  const conflictsOf: number[][] = Array.from({ length: count }, () => []);
  for (const [a, b] of problem.conflicts ?? []) {
    if (a === b || a < 0 || b < 0 || a >= count || b >= count) throw new RangeError(`packing: invalid conflict pair (${a}, ${b})`);
    conflictsOf[a]!.push(b);
    conflictsOf[b]!.push(a);
  }
  return { dims, count, sizes, volume, conflictsOf };
}
