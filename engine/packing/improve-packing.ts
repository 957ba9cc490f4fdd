import { EPSILON as SHARED_EPSILON, type Bins, type PreparedProblem } from './packing-problem.js';
import { seededRandom } from './seeded-random.js';

// A module-local copy: hot loops read it directly instead of through the import binding.
const EPSILON = SHARED_EPSILON;

export interface ImproveOptions {
  /** Seed of the pseudo-random tie-breaks and tabu tenures: same seed, same packing. */
  seed: number;
  /** Work budget in candidate-move evaluations; reproducible where a wall-clock limit is not. */
  budget: number;
  /** Stop as soon as the packing reaches this many bins (it cannot do better). */
  lowerBound: number;
  /** Give up on an attempt after this many evaluations without a lighter pool, and restart it. */
  stallLimit?: number;
}

/** About 30 ms of search: long enough to escape a plateau, short enough to try other starts. */
export const defaultStallLimit = 1_000_000;

/** Pool items tried as the second item of a two-item insert in one step. */
const maxPartners = 4;

/**
 * Bins examined per step, a window starting at a random bin: many cheap, varied steps find more
 * than few exhaustive ones (measured on the Panigrahy classes and on large split-bin instances).
 */
const maxBinsPerStep = 64;

/** Tabu steps between two rounds of repacking bins from their items and the pool. */
const repackEvery = 20;
/** Bins repacked per round, and the search nodes each may use. */
const repackBins = 4;
const repackNodes = 10_000;

/** Backtracking nodes allowed when fitting the pool into the spare bins. */
const poolSearchNodes = 5_000;

/** What the improvement phase did, for benchmarks and the plan's explanation. */
export interface ImproveResult {
  bins: Bins;
  /** Candidate moves evaluated (the budget spent). */
  evaluations: number;
}

/**
 * Removes bins from a feasible packing by local search, in the manner of consistent neighbourhood
 * search (Buljubasic & Vasquez, 2016): to reach m bins, keep m - 2 bins of the last packing and
 * pull the items of the others out into a pool. A tabu search then draws a pool item at random
 * and moves it (alone, or with one of a few sampled pool partners) into the bin, among a window
 * of up to 64 bins, where ejecting at most two items costs least, scoring moves by the change in the pool's total normalised size;
 * items ejected from a bin may not return to it for a few steps. As soon as the pool fits into
 * the two bins left over (first-fit-decreasing, then bounded backtracking), m is reached and the
 * search goes for m - 1. An attempt that stops making the pool lighter is restarted from other
 * bins. Every intermediate state is feasible, so conflicts and capacities hold throughout; the
 * result is never larger than `initial`.
 */
export function improvePacking(p: PreparedProblem, initial: Bins, options: ImproveOptions): ImproveResult {
  const search = new PoolSearch(p, seededRandom(options.seed));
  let best = initial.map((b) => [...b]);
  let spent = 0;
  let restarts = 0;
  while (best.length > options.lowerBound && spent < options.budget) {
    const attempt = search.reduce(best, options.budget - spent, restarts, { stallLimit: options.stallLimit ?? defaultStallLimit });
    spent += attempt.evaluations;
    if (attempt.bins) {
      best = attempt.bins;
      restarts = 0;
    } else restarts++;
  }
  return { bins: best, evaluations: spent };
}

class PoolSearch {
  private readonly dims: number;
  private loads = new Float64Array(0);
  private bins: number[][] = [];
  private readonly binOf: Int32Array;
  private pool: number[] = [];
  private readonly weight: Float64Array;
  /** Tabu: an item ejected from a bin may not go back into that bin until the given iteration. */
  private readonly tabuBin: Int32Array;
  private readonly tabuUntil: Int32Array;

  constructor(
    private readonly p: PreparedProblem,
    private readonly random: () => number,
  ) {
    this.dims = p.dims;
    this.binOf = new Int32Array(p.count).fill(-1);
    this.tabuBin = new Int32Array(p.count).fill(-1);
    this.tabuUntil = new Int32Array(p.count);
    this.deficit = new Float64Array(p.dims);
    this.over = new Int32Array(p.dims);
    this.weight = p.volume;
  }


  /** One attempt to pack everything into one bin fewer than `start`. */
  reduce(start: Bins, budget: number, restart: number, options: { stallLimit: number }): { bins: Bins | null; evaluations: number } {
    const target = start.length - 1;
    const spare = Math.min(2, target);
    this.load(start, target - spare, restart);
    // Loading the partial packing costs about one evaluation per item.
    let evaluations = this.p.count;
    let iteration = 0;
    let bestWeight = Infinity;
    let lastProgress = 0;
    let check = true;
    while (evaluations < budget && evaluations - lastProgress < options.stallLimit) {
      // Trying the pool in the spare bins is worth it only when the pool is as light as it has been.
      const packed = check ? this.packPool(spare) : null;
      if (check) evaluations += this.nodes + this.pool.length;
      if (packed) return { bins: [...this.bins.filter((b) => b.length > 0), ...packed], evaluations };
      if (iteration % repackEvery === repackEvery - 1) evaluations += this.repackSomeBins();
      const move = this.bestMove(iteration);
      // At least one unit per iteration, so an attempt with nothing to try still spends budget.
      evaluations += move.evaluations + 1;
      if (move.bin >= 0) this.apply(move, iteration);
      let poolWeight = 0;
      for (const i of this.pool) poolWeight += this.weight[i]!;
      check = poolWeight <= bestWeight + EPSILON;
      if (poolWeight < bestWeight - EPSILON) {
        bestWeight = poolWeight;
        lastProgress = evaluations;
      }
      iteration++;
    }
    return { bins: null, evaluations };
  }

  /**
   * Keeps `keep` bins of `start` and puts the items of the others in the pool: the emptiest bins
   * on a first attempt; after a stalled attempt, the emptiest one and others drawn at random.
   */
  private load(start: Bins, keep: number, restart: number): void {
    const { dims, p } = this;
    const fill = start.map((b) => b.reduce((s, i) => s + p.volume[i]!, 0));
    const order = start.map((_, b) => b).sort((a, b) => fill[b]! - fill[a]! || a - b);
    if (restart > 0) {
      for (let k = order.length - 2; k >= keep; k--) {
        const r = Math.floor(this.random() * (k + 1));
        [order[k], order[r]] = [order[r]!, order[k]!];
      }
    }
    this.bins = order.slice(0, keep).map((b) => [...start[b]!]);
    this.pool = order.slice(keep).flatMap((b) => start[b]!);
    this.loads = new Float64Array(keep * dims);
    this.binOf.fill(-1);
    this.bins.forEach((members, b) => {
      for (const i of members) {
        this.binOf[i] = b;
        for (let d = 0; d < dims; d++) this.loads[b * dims + d]! += p.sizes[i * dims + d]!;
      }
    });
    this.tabuBin.fill(-1);
  }

  /**
   * Tries to pack the pool into `spare` empty bins: a depth-first search whose first branch is
   * first-fit-decreasing, then backtracking (bounded by `poolSearchNodes`), because on tightly
   * filled instances the pool fits only in one exact arrangement. Returns null when no packing
   * is found; `this.nodes` counts the work.
   */
  private packPool(spare: number): Bins | null {
    const { dims, p } = this;
    const totals = new Float64Array(dims);
    for (const i of this.pool) for (let d = 0; d < dims; d++) totals[d]! += p.sizes[i * dims + d]!;
    this.nodes = 0;
    if (totals.some((t) => t > spare + EPSILON)) return null;
    const order = [...this.pool].sort((a, b) => p.volume[b]! - p.volume[a]! || a - b);
    const out: Bins = Array.from({ length: spare }, () => []);
    const loads = new Float64Array(spare * dims);
    const place = (k: number): boolean => {
      if (k === order.length) return true;
      if (++this.nodes > poolSearchNodes) return false;
      const i = order[k]!;
      for (let b = 0; b < spare; b++) {
        // Empty bins are interchangeable: trying the first empty one is enough.
        if (out[b]!.length === 0 && b > 0 && out[b - 1]!.length === 0) break;
        if (!this.fitsIn(i, loads, b, out[b]!)) continue;
        out[b]!.push(i);
        for (let d = 0; d < dims; d++) loads[b * dims + d]! += p.sizes[i * dims + d]!;
        if (place(k + 1)) return true;
        out[b]!.pop();
        for (let d = 0; d < dims; d++) loads[b * dims + d]! -= p.sizes[i * dims + d]!;
      }
      return false;
    };
    return place(0) ? out.filter((b) => b.length > 0) : null;
  }

  private nodes = 0;

  private fitsIn(i: number, loads: Float64Array, b: number, members: readonly number[]): boolean {
    const { dims, p } = this;
    for (let d = 0; d < dims; d++) if (loads[b * dims + d]! + p.sizes[i * dims + d]! > 1 + EPSILON) return false;
    return !members.some((j) => p.conflictsOf[i]!.includes(j));
  }

  private isTabu(item: number, bin: number, iteration: number): boolean {
    return this.tabuBin[item] === bin && this.tabuUntil[item]! > iteration;
  }

  /**
   * The best "put pool item u (and possibly a second pool item v) into bin b, ejecting a set S of
   * at most two of its items" for a pool item u drawn at random, over every v, b and S, scored by
   * the change in the pool's weight; ties are broken at random.
   */
  private bestMove(iteration: number): Move {
    const { p, pool } = this;
    // One move object, reset for each step: this runs millions of times, and allocating here kept
    // the garbage collector busy for a tenth of the search.
    const best = this.move;
    best.insert0 = best.insert1 = best.eject0 = best.eject1 = best.bin = -1;
    best.cost = Infinity;
    best.evaluations = 0;
    const u = pool[Math.floor(this.random() * pool.length)]!;
    const tie = this.tie;
    tie.count = 0;
    const count = this.bins.length;
    const span = Math.min(count, maxBinsPerStep);
    const first = Math.floor(this.random() * count);
    for (let k = 0; k < span; k++) {
      const b = (first + k) % count;
      if (this.isTabu(u, b, iteration)) continue;
      this.evaluateBin(u, -1, b, best, tie);
    }
    // Partners for two-item inserts: a few drawn at random, so a large pool does not make every step slow
    // (into a buffer reused from step to step: this runs millions of times).
    const drawn = pool.length - 1 > maxPartners;
    if (drawn) for (let k = 0; k < maxPartners; k++) this.partners[k] = pool[Math.floor(this.random() * pool.length)]!;
    const partnerCount = drawn ? maxPartners : pool.length;
    for (let k2 = 0; k2 < partnerCount; k2++) {
      const v = drawn ? this.partners[k2]! : pool[k2]!;
      if (v === u || p.conflictsOf[u]!.includes(v)) continue;
      for (let k = 0; k < span; k++) {
        const b = (first + k) % count;
        if (this.isTabu(u, b, iteration) || this.isTabu(v, b, iteration)) continue;
        this.evaluateBin(u, v, b, best, tie);
      }
    }
    return best;
  }

  private readonly deficit: Float64Array;
  /** The dimensions in which the insert overflows the bin, the only ones an ejection must cover. */
  private readonly over: Int32Array;
  private overCount = 0;
  private readonly partners = new Int32Array(maxPartners);
  private readonly move: Move = { insert0: -1, insert1: -1, bin: -1, eject0: -1, eject1: -1, cost: Infinity, evaluations: 0 };
  private readonly tie = { count: 0 };

  /**
   * Scores inserting items a (and b2 when >= 0) into bin b with the cheapest ejection of at most
   * two of its items. Written without closures or allocations: it is the innermost loop.
   */
  private evaluateBin(a: number, a2: number, b: number, best: Move, tie: { count: number }): void {
    const { dims, p, weight, deficit } = this;
    const sizes = p.sizes;
    best.evaluations++;
    const gain = weight[a]! + (a2 < 0 ? 0 : weight[a2]!);
    let overCount = 0;
    for (let d = 0; d < dims; d++) {
      const v = this.loads[b * dims + d]! - 1 + sizes[a * dims + d]! + (a2 < 0 ? 0 : sizes[a2 * dims + d]!);
      deficit[d] = v;
      if (v > EPSILON) this.over[overCount++] = d;
    }
    this.overCount = overCount;
    const over = overCount > 0;
    // Items in b that conflict with an inserted item must leave; more than two and the move is out.
    let f0 = -1;
    let f1 = -1;
    for (let k = 0; k < 2; k++) {
      const i = k === 0 ? a : a2;
      if (i < 0) continue;
      for (const j of p.conflictsOf[i]!) {
        if (this.binOf[j] !== b || j === f0 || j === f1) continue;
        if (f0 < 0) f0 = j;
        else if (f1 < 0) f1 = j;
        else return;
      }
    }
    const members = this.bins[b]!;
    if (f1 >= 0) {
      const cost = weight[f0]! + weight[f1]! - gain;
      if (this.covers(f0, f1)) this.consider(best, tie, a, a2, b, f0, f1, cost);
      return;
    }
    if (f0 >= 0) {
      if (this.covers(f0, -1)) return this.consider(best, tie, a, a2, b, f0, -1, weight[f0]! - gain);
      for (const j of members) {
        const cost = weight[f0]! + weight[j]! - gain;
        if (j === f0 || cost > best.cost + EPSILON) continue;
        best.evaluations++;
        if (this.covers(f0, j)) this.consider(best, tie, a, a2, b, f0, j, cost);
      }
      return;
    }
    if (!over) return this.consider(best, tie, a, a2, b, -1, -1, -gain);
    const m = members.length;
    for (let x = 0; x < m; x++) {
      const j = members[x]!;
      const cj = weight[j]! - gain;
      if (cj > best.cost + EPSILON) continue;
      best.evaluations++;
      if (this.covers(j, -1)) {
        this.consider(best, tie, a, a2, b, j, -1, cj);
        continue;
      }
      for (let y = x + 1; y < m; y++) {
        const l = members[y]!;
        const cost = cj + weight[l]!;
        if (cost > best.cost + EPSILON) continue;
        best.evaluations++;
        if (this.covers(j, l)) this.consider(best, tie, a, a2, b, j, l, cost);
      }
    }
  }

  /**
   * Whether ejecting j (and l when >= 0) makes room for the deficit in every dimension. Only the
   * dimensions the insert overflows are checked: elsewhere the deficit is at most EPSILON, and
   * sizes are never negative.
   */
  private covers(j: number, l: number): boolean {
    const { dims, deficit, over, overCount } = this;
    const sizes = this.p.sizes;
    for (let k = 0; k < overCount; k++) {
      const d = over[k]!;
      const s = sizes[j * dims + d]! + (l < 0 ? 0 : sizes[l * dims + d]!);
      if (s < deficit[d]! - EPSILON) return false;
    }
    return true;
  }

  private consider(best: Move, tie: { count: number }, a: number, a2: number, b: number, e0: number, e1: number, cost: number): void {
    if (cost < best.cost - EPSILON) tie.count = 1;
    else if (cost <= best.cost + EPSILON) {
      tie.count++;
      if (this.random() * tie.count >= 1) return;
    } else return;
    best.insert0 = a;
    best.insert1 = a2;
    best.bin = b;
    best.eject0 = e0;
    best.eject1 = e1;
    best.cost = cost;
  }

  /**
   * The "pack" move of consistent neighbourhood search: refills a few bins, drawn at random, with
   * the heaviest subset of their own items and the pool that fits (bounded depth-first search);
   * what is left goes to the pool. Only a strictly heavier bin is taken, so the pool only gets
   * lighter; this is how bins get filled exactly, which the one- and two-item moves rarely manage.
   * Returns the work done.
   */
  private repackSomeBins(): number {
    let work = 0;
    const count = this.bins.length;
    // Full bins cannot get heavier: draw again (a few times) rather than waste a round on them.
    for (let r = 0, draws = 0; r < Math.min(repackBins, count) && draws < 4 * repackBins; draws++) {
      const b = Math.floor(this.random() * count);
      if (this.slack(b) <= EPSILON) continue;
      work += this.repackBin(b);
      r++;
    }
    return work + repackBins;
  }

  private slack(b: number): number {
    let room = 0;
    for (let d = 0; d < this.dims; d++) room += 1 - this.loads[b * this.dims + d]!;
    return room;
  }

  private repackBin(b: number): number {
    const { dims, p, weight } = this;
    const members = this.bins[b]!;
    const current = members.reduce((s, i) => s + weight[i]!, 0);
    const candidates = [...members, ...this.pool].sort((x, y) => weight[y]! - weight[x]! || x - y);
    const suffix = new Float64Array(candidates.length + 1);
    for (let k = candidates.length - 1; k >= 0; k--) suffix[k] = suffix[k + 1]! + weight[candidates[k]!]!;
    const loads = new Float64Array(dims);
    const chosen: number[] = [];
    let best: number[] | null = null;
    let bestWeight = current + EPSILON;
    // Weights are volumes, so a bin filled to the brim weighs exactly `dims`.
    const full = dims - EPSILON;
    let nodes = 0;
    const visit = (from: number, w: number): void => {
      if (w > bestWeight) {
        bestWeight = w;
        best = [...chosen];
      }
      for (let k = from; k < candidates.length; k++) {
        // Even taking every remaining item would not beat the best, or the best fills the bin: prune.
        if (w + suffix[k]! <= bestWeight || bestWeight >= full || ++nodes > repackNodes) return;
        const i = candidates[k]!;
        let fits = true;
        for (let d = 0; d < dims && fits; d++) if (loads[d]! + p.sizes[i * dims + d]! > 1 + EPSILON) fits = false;
        if (!fits || chosen.some((j) => p.conflictsOf[i]!.includes(j))) continue;
        chosen.push(i);
        for (let d = 0; d < dims; d++) loads[d]! += p.sizes[i * dims + d]!;
        visit(k + 1, w + weight[i]!);
        for (let d = 0; d < dims; d++) loads[d]! -= p.sizes[i * dims + d]!;
        chosen.pop();
      }
    };
    visit(0, 0);
    if (best) this.replaceBin(b, best);
    return nodes + candidates.length;
  }

  private replaceBin(b: number, members: readonly number[]): void {
    const { dims, p } = this;
    const inBin = new Set(members);
    const pool = [...this.pool, ...this.bins[b]!].filter((i) => !inBin.has(i));
    for (const i of this.bins[b]!) this.binOf[i] = -1;
    this.bins[b] = [...members];
    for (let d = 0; d < dims; d++) this.loads[b * dims + d] = 0;
    for (const i of members) {
      this.binOf[i] = b;
      for (let d = 0; d < dims; d++) this.loads[b * dims + d]! += p.sizes[i * dims + d]!;
    }
    this.pool = pool;
  }

  private apply(move: Move, iteration: number): void {
    this.eject(move.bin, move.eject0, iteration);
    this.eject(move.bin, move.eject1, iteration);
    this.insert(move.bin, move.insert0);
    this.insert(move.bin, move.insert1);
  }

  /** Moves item j (when >= 0) from bin b to the pool, tabu for that bin for a few steps. */
  private eject(b: number, j: number, iteration: number): void {
    if (j < 0) return;
    const { dims, p } = this;
    const members = this.bins[b]!;
    members.splice(members.indexOf(j), 1);
    this.binOf[j] = -1;
    this.pool.push(j);
    for (let d = 0; d < dims; d++) this.loads[b * dims + d]! -= p.sizes[j * dims + d]!;
    this.tabuBin[j] = b;
    this.tabuUntil[j] = iteration + 3 + Math.floor(this.random() * 10);
  }

  /** Moves pool item i (when >= 0) into bin b. */
  private insert(b: number, i: number): void {
    if (i < 0) return;
    const { dims, p } = this;
    this.pool.splice(this.pool.indexOf(i), 1);
    this.bins[b]!.push(i);
    this.binOf[i] = b;
    for (let d = 0; d < dims; d++) this.loads[b * dims + d]! += p.sizes[i * dims + d]!;
  }
}

/** Insert pool items insert0 (and insert1 when >= 0) into bin, ejecting eject0 and eject1 (each when >= 0). */
interface Move {
  insert0: number;
  insert1: number;
  bin: number;
  eject0: number;
  eject1: number;
  cost: number;
  evaluations: number;
}
