import { EPSILON as SHARED_EPSILON, type PreparedProblem } from './packing-problem.js';

// A module-local copy: hot loops read it directly instead of through the import binding.
const EPSILON = SHARED_EPSILON;

/** The bounds a plan reports, each valid on its own; `value` is the largest. */
export interface PackingLowerBound {
  /** max over dimensions of ceil(total size / capacity). */
  volume: number;
  /** Martello-Toth L2 bound, per dimension, the best dimension (counts items above half a bin). */
  largeItems: number;
  /** Size of a set of items no two of which can share a bin (too big together, or in conflict). */
  incompatibleSet: number;
  /** ceil(items / the most items one bin can hold), that most found from the smallest sizes per dimension. */
  itemCount: number;
  value: number;
}

/**
 * A lower bound on the number of bins any packing needs. Cheap enough for 10,000 items:
 * O(d n log n) for the first two, and a greedy clique search for the third.
 */
export function packingLowerBound(p: PreparedProblem): PackingLowerBound {
  if (p.count === 0) return { volume: 0, largeItems: 0, incompatibleSet: 0, itemCount: 0, value: 0 };
  let volume = 0;
  let largeItems = 0;
  let perBin = p.count;
  const column = new Float64Array(p.count);
  for (let d = 0; d < p.dims; d++) {
    let total = 0;
    for (let i = 0; i < p.count; i++) {
      column[i] = p.sizes[i * p.dims + d]!;
      total += column[i]!;
    }
    volume = Math.max(volume, Math.ceil(total - EPSILON));
    // One numeric sort per dimension serves both bounds (a typed array sorts without a comparator).
    column.sort();
    largeItems = Math.max(largeItems, martelloTothBound(column));
    perBin = Math.min(perBin, mostItemsInOneBin(column));
  }
  const incompatibleSet = greedyIncompatibleSet(p);
  const itemCount = Math.ceil(p.count / Math.max(1, perBin));
  return { volume, largeItems, incompatibleSet, itemCount, value: Math.max(volume, largeItems, incompatibleSet, itemCount) };
}

/**
 * How many items one bin can hold at most in this dimension: as many of the smallest as fit
 * (`s` is sorted ascending).
 * It catches what the volume misses when items are just over a third (or a quarter...) of a bin,
 * as large VMs on small hosts are: three of 0.34 never share a bin, though their volume is 1.02.
 */
function mostItemsInOneBin(s: Float64Array): number {
  let load = 0;
  let k = 0;
  while (k < s.length && load + s[k]! <= 1 + EPSILON) load += s[k++]!;
  return k;
}

/**
 * Martello & Toth (1990) L2 for one dimension of normalised sizes: for a threshold a <= 1/2,
 * items above 1 - a each need their own bin, items in (1/2, 1 - a] too, and items in [a, 1/2]
 * can only use the room the (1/2, 1 - a] items leave. `s` is sorted ascending.
 */
function martelloTothBound(s: Float64Array): number {
  const n = s.length;
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + s[i]!;
  const firstAbove = (x: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid]! > x + EPSILON) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const firstAtLeast = (x: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid]! >= x - EPSILON) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const half = firstAbove(0.5);
  let best = 0;
  // Thresholds: 0 and every distinct size up to a half, read off the sorted sizes.
  for (let k = -1; k < n && (k < 0 || s[k]! <= 0.5 + EPSILON); k++) {
    if (k > 0 && s[k] === s[k - 1]) continue;
    const a = k < 0 ? 0 : s[k]!;
    const j1Start = firstAbove(1 - a);
    const j3Start = firstAtLeast(a);
    const j2Count = j1Start - half;
    const j2Sum = prefix[j1Start]! - prefix[half]!;
    const j3Sum = prefix[half]! - prefix[j3Start]!;
    const spill = Math.max(0, Math.ceil(j3Sum - (j2Count - j2Sum) - EPSILON));
    best = Math.max(best, n - half + spill);
  }
  return best;
}

function incompatible(p: PreparedProblem, a: number, b: number): boolean {
  for (let d = 0; d < p.dims; d++) {
    if (p.sizes[a * p.dims + d]! + p.sizes[b * p.dims + d]! > 1 + EPSILON) return true;
  }
  return p.conflictsOf[a]!.includes(b);
}

/**
 * Greedy cliques of the "cannot share a bin" graph, seeded from several orders; the largest wins.
 * Only items that are incompatible with something can follow the first member: an item with no
 * conflicts that fits beside the largest size of every dimension is compatible with every item.
 * So each order sorts just those candidates; when the order's first item is not one of them, its
 * clique is that item alone. Same cliques as scanning every item, at a fraction of the sorting on
 * 50,000 items, where few items are over half a bin or in an anti-affinity group.
 */
function greedyIncompatibleSet(p: PreparedProblem): number {
  const { dims, sizes, count } = p;
  const largest = new Float64Array(dims);
  for (let i = 0; i < count; i++) for (let d = 0; d < dims; d++) largest[d] = Math.max(largest[d]!, sizes[i * dims + d]!);
  const candidate = new Uint8Array(count);
  const candidates: number[] = [];
  for (let i = 0; i < count; i++) {
    let clashes = p.conflictsOf[i]!.length > 0;
    for (let d = 0; d < dims && !clashes; d++) if (sizes[i * dims + d]! + largest[d]! > 1 + EPSILON) clashes = true;
    if (clashes) {
      candidate[i] = 1;
      candidates.push(i);
    }
  }
  const keys: ((i: number) => number)[] = [];
  for (let d = 0; d < dims; d++) keys.push((i) => sizes[i * dims + d]!);
  keys.push((i) => {
    let m = 0;
    for (let d = 0; d < dims; d++) m = Math.max(m, sizes[i * dims + d]!);
    return m;
  });
  keys.push((i) => p.conflictsOf[i]!.length);
  let best = 0;
  for (const keyOf of keys) {
    // The order's first item: the largest key, ties to the lower index.
    let first = 0;
    for (let i = 1; i < count; i++) if (keyOf(i) > keyOf(first)) first = i;
    if (candidate[first] === 0) {
      best = Math.max(best, 1);
      continue;
    }
    // Only items that clash with the first can follow it: sort just those, each key computed once.
    const members = candidates.filter((i) => i === first || incompatible(p, i, first));
    const key = Float64Array.from(members, keyOf);
    const order = members.map((_, k) => k).sort((a, b) => key[b]! - key[a]! || members[a]! - members[b]!);
    const clique: number[] = [];
    // The smallest size of any member, per dimension: an item too big to share a bin with that
    // in some dimension clashes with every member, and joins without comparing (thousands of
    // items over half a host when a re-plan grows every size).
    const smallest = new Float64Array(dims).fill(Infinity);
    for (const k of order) {
      const i = members[k]!;
      let joins = false;
      for (let d = 0; d < dims && !joins; d++) joins = sizes[i * dims + d]! + smallest[d]! > 1 + EPSILON;
      if (!joins) {
        // Latest members first: they are the smallest so far, the likeliest to fit beside i.
        joins = true;
        for (let c = clique.length - 1; c >= 0 && joins; c--) joins = incompatible(p, i, clique[c]!);
      }
      if (!joins) continue;
      clique.push(i);
      for (let d = 0; d < dims; d++) smallest[d] = Math.min(smallest[d]!, sizes[i * dims + d]!);
    }
    best = Math.max(best, clique.length);
  }
  return best;
}
