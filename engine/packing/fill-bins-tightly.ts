import { addsUpTo, EPSILON as SHARED_EPSILON, interchangeable, largestFirst, type Bins, type PreparedProblem } from './packing-problem.js';
import { ItemsBySize } from './items-by-size.js';
import { sizeKey } from './size-key.js';

// A module-local copy: hot loops read it directly instead of through the import binding.
const EPSILON = SHARED_EPSILON;

/**
 * Minimum-bin-slack construction (Gupta & Ho, 1999), for vectors with conflicts: opens one bin at
 * a time with the largest item left and searches, depth first over the remaining items in
 * decreasing size, for the companions that leave the least room (summed over dimensions). Every
 * node first looks up an item whose size is exactly the room left, in a hash of the remaining
 * items, so a bin that can be filled to the brim usually is, and the search for that bin stops.
 * `checksPerBin` bounds the fit checks and lookups of one bin's search; its first branch is a
 * first-fit of the remaining items, so a bound above their number packs each bin at least as
 * tightly as a greedy fill. While fewer than `deferChecks` checks are spent, a seed whose bin
 * cannot be filled to the brim is put off and the next seed tried, so the bins that can be filled
 * exactly are built before an inexact one takes their items; a pass that fills no bin exactly
 * settles for the tightest bin it found. Ties in the order break by size, then index:
 * deterministic.
 */
export function fillBinsTightly(p: PreparedProblem, checksPerBin: number, deferChecks = 0): TightFill {
  const { dims, sizes } = p;
  const order = largestFirst(p);
  const bySize = new ItemsBySize(p, order);
  const pairs = p.count <= maxPairedItems ? pairIndexOf(p) : new Map<number, number[]>();
  const placed = new Uint8Array(p.count);
  const room = new Float64Array(dims);
  const bins: Bins = [];
  let checks = pairs.size;
  let rest = order;
  const deferred = new Uint8Array(p.count);
  let progress = false;
  // The least slack of the bins put off since a bin was last taken: what a pass settles for.
  let tightest: { slack: number; chosen: number[] } | null = null;
  while (rest.length > 0) {
    const deferring = checks < deferChecks;
    let seed = deferring ? rest.find((i) => deferred[i] === 0) : rest[0];
    let settle = !deferring;
    if (seed === undefined) {
      // Every seed left was tried this pass: go round again if a pass filled some bin exactly
      // (fewer items, an easier search), otherwise settle for the tightest bin the pass found.
      deferred.fill(0);
      if (progress) {
        progress = false;
        continue;
      }
      seed = rest[0]!;
      settle = true;
    }
    let chosen: number[];
    if (settle && tightest) chosen = tightest.chosen;
    else {
      for (let d = 0; d < dims; d++) room[d] = 1 - sizes[seed * dims + d]!;
      const candidates = seed === rest[0] ? rest : [seed, ...rest.filter((i) => i !== seed)];
      const fill = new BinFill(p, candidates, room, { bySize, pairs }, placed, checksPerBin);
      chosen = [seed, ...fill.search([seed])];
      checks += fill.checks + rest.length;
      if (!settle && !fill.full) {
        deferred[seed] = 1;
        if (!tightest || fill.slackLeft < tightest.slack - EPSILON) tightest = { slack: fill.slackLeft, chosen };
        continue;
      }
      if (fill.full) progress = true;
    }
    tightest = null;
    for (const i of chosen) {
      placed[i] = 1;
      bySize.remove(i);
    }
    bins.push(chosen);
    rest = rest.filter((i) => placed[i] === 0);
  }
  return { bins, checks };
}

export interface TightFill {
  bins: Bins;
  /** Work done in fit checks and lookups, which cost about what a move evaluation of the search does. */
  checks: number;
}

/**
 * Up to this many items, the sums of every two that fit a bin together are hashed too, so a bin
 * can be completed exactly by a pair (about 700,000 pairs at most; beyond that the memory and the
 * time to build them outweigh what they find).
 */
export const maxPairedItems = 1_200;

/**
 * The pair index of each problem, built once: the start fills the same problem twice (a quick
 * pass, then a thorough one), and building the index is most of a pass's cost on 1,000 items.
 */
const pairIndexes = new WeakMap<PreparedProblem, Map<number, number[]>>();

function pairIndexOf(p: PreparedProblem): Map<number, number[]> {
  let index = pairIndexes.get(p);
  if (!index) {
    index = pairsBySize(p);
    pairIndexes.set(p, index);
  }
  return index;
}

/** Pairs that fit a bin together, keyed by their summed size, each stored as a * count + b. */
function pairsBySize(p: PreparedProblem): Map<number, number[]> {
  const { dims, sizes, count } = p;
  const sum = new Float64Array(dims);
  const pairs = new Map<number, number[]>();
  for (let a = 0; a < count; a++) {
    next: for (let b = a + 1; b < count; b++) {
      for (let d = 0; d < dims; d++) {
        sum[d] = sizes[a * dims + d]! + sizes[b * dims + d]!;
        if (sum[d]! > 1 + EPSILON) continue next;
      }
      if (p.conflictsOf[a]!.includes(b)) continue;
      const key = sizeKey(sum, 0, dims);
      const list = pairs.get(key);
      if (list) list.push(a * count + b);
      else pairs.set(key, [a * count + b]);
    }
  }
  return pairs;
}

/** One bin's bounded depth-first search for the companions of its seed. */
class BinFill {
  checks = 0;
  private bestSlack: number;
  private best: number[] = [];
  private readonly chosen: number[] = [];
  private readonly inBin: Set<number>;

  constructor(
    private readonly p: PreparedProblem,
    private readonly rest: readonly number[],
    private readonly room: Float64Array,
    private readonly index: { bySize: ItemsBySize; pairs: ReadonlyMap<number, readonly number[]> },
    private readonly placed: Uint8Array,
    private readonly budget: number,
  ) {
    this.bestSlack = room.reduce((s, r) => s + r, 0);
    this.inBin = new Set();
  }

  /** Whether the best fill found leaves no room. */
  get full(): boolean {
    return this.bestSlack <= EPSILON;
  }

  /** Room the best fill found leaves, summed over dimensions. */
  get slackLeft(): number {
    return this.bestSlack;
  }

  search(seeds: readonly number[]): number[] {
    for (const s of seeds) this.inBin.add(s);
    this.visit(1);
    return this.best;
  }

  private slack(): number {
    let s = 0;
    for (let d = 0; d < this.p.dims; d++) s += this.room[d]!;
    return s;
  }

  /** Returns true when the bin is full (nothing better can be found). */
  private visit(from: number): boolean {
    this.checks++;
    const exact = this.exactCompletion();
    if (exact) {
      this.best = [...this.chosen, ...exact];
      this.bestSlack = 0;
      return true;
    }
    const { dims, sizes } = this.p;
    let tried = -1;
    for (let k = from; k < this.rest.length; k++) {
      if (this.checks++ >= this.budget) return false;
      const i = this.rest[k]!;
      // A copy of the item just tried here leads to the same bins: estates repeat a few VM shapes many times.
      if (tried >= 0 && interchangeable(this.p, tried, i)) continue;
      if (!this.fits(i)) continue;
      tried = i;
      this.chosen.push(i);
      this.inBin.add(i);
      for (let d = 0; d < dims; d++) this.room[d]! -= sizes[i * dims + d]!;
      const slack = this.slack();
      if (slack < this.bestSlack - EPSILON) {
        this.bestSlack = slack;
        this.best = [...this.chosen];
      }
      const done = slack <= EPSILON || this.visit(k + 1);
      for (let d = 0; d < dims; d++) this.room[d]! += sizes[i * dims + d]!;
      this.inBin.delete(i);
      this.chosen.pop();
      if (done) return true;
    }
    return false;
  }

  /** One or two unplaced items whose sizes add up to the room left and that may join the bin, or null. */
  private exactCompletion(): number[] | null {
    const { dims, count, sizes, conflictsOf } = this.p;
    const key = sizeKey(this.room, 0, dims);
    for (const i of this.index.bySize.withKey(key)) {
      if (this.placed[i] === 0 && !this.inBin.has(i) && this.fits(i) && addsUpTo(this.p, i, -1, this.room)) return [i];
    }
    for (const pair of this.index.pairs.get(key) ?? []) {
      this.checks++;
      const a = Math.floor(pair / count);
      const b = pair - a * count;
      if (this.placed[a] !== 0 || this.placed[b] !== 0 || this.inBin.has(a) || this.inBin.has(b) || !addsUpTo(this.p, a, b, this.room) || !this.fits(a)) continue;
      this.inBin.add(a);
      for (let d = 0; d < dims; d++) this.room[d]! -= sizes[a * dims + d]!;
      const both = this.fits(b) && !conflictsOf[a]!.includes(b);
      for (let d = 0; d < dims; d++) this.room[d]! += sizes[a * dims + d]!;
      this.inBin.delete(a);
      if (both) return [a, b];
    }
    return null;
  }

  private fits(i: number): boolean {
    const { dims, sizes, conflictsOf } = this.p;
    for (let d = 0; d < dims; d++) if (sizes[i * dims + d]! > this.room[d]! + EPSILON) return false;
    for (const j of conflictsOf[i]!) if (this.inBin.has(j)) return false;
    return true;
  }
}
