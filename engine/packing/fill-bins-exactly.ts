import { addsUpTo, EPSILON as SHARED_EPSILON, interchangeable, largestFirst, type Bins, type PreparedProblem } from './packing-problem.js';
import { ItemsBySize } from './items-by-size.js';
import { sizeKey } from './size-key.js';

// A module-local copy: hot loops read it directly instead of through the import binding.
const EPSILON = SHARED_EPSILON;

export interface ExactFillOptions {
  /** Pseudo-random draws for the companion pool and the two-companion search. */
  random: () => number;
  /** Items drawn into the companion pool, whose pairs are indexed by summed size. */
  pooledItems: number;
  /** Lookups per seed after one companion (largest first), then after two drawn at random. */
  oneCompanionNodes: number;
  twoCompanionNodes: number;
  /** Stop once fewer than `minShare` of the last `window` seeds were filled exactly. */
  window: number;
  minShare: number;
}

export interface ExactFills {
  /** Bins filled to the brim in every dimension. */
  bins: Bins;
  /** The items left for the other methods, largest volume first. */
  rest: number[];
  /** Lookups made and pairs indexed, for the caller to charge against its budget. */
  work: number;
}

/** The pool is drawn again once this share of it has gone into bins (its pairs are then mostly used up). */
const poolTurnover = 0.3;

/** Pairs kept per summed size: a few, in case some are taken, are as good as thousands of identical ones. */
const maxPairsPerKey = 4;

/**
 * Takes bins that can be filled to the brim, one seed at a time from the largest item: for each,
 * a meet-in-the-middle search for companions whose sizes add up exactly to the room the seed
 * leaves, as the seed alone, then with one companion (largest first), then with two drawn at
 * random, each completed by one item or by a pair of the pool, found by hash. Where many bins'
 * worth of items are cut from full bins, such fills abound while there are many items left, and
 * a bin filled exactly is one the later, tighter end of the packing does not have to absorb
 * slack for; the bounded searches of the minimum-slack fill find few of them among thousands of
 * items. Seeds that cannot be filled stay in `rest`, and the phase stops when most recent seeds
 * fail, so a problem without exact fills costs only `window` searches. Deterministic for a given
 * random generator.
 */
export function fillBinsExactly(p: PreparedProblem, options: ExactFillOptions): ExactFills {
  return new ExactFill(p, options).run();
}

class ExactFill {
  private readonly placed: Uint8Array;
  /** Marks the items of the bin being built: `mark[i] === stamp`. */
  private readonly mark: Int32Array;
  private stamp = 0;
  private readonly room: Float64Array;
  private readonly chosen: number[] = [];
  /** Every item, largest first: the seeds in turn, and the open items' order. */
  private readonly order: number[];
  /** Free items by size key, for completions by one item. */
  private readonly singles: ItemsBySize;
  private pairs = new PairIndex(0);
  private readonly inPool: Uint8Array;
  private poolSize = 0;
  private poolPlaced = 0;
  private work = 0;
  private nodes = 0;

  constructor(
    private readonly p: PreparedProblem,
    private readonly options: ExactFillOptions,
  ) {
    this.placed = new Uint8Array(p.count);
    this.mark = new Int32Array(p.count).fill(-1);
    this.inPool = new Uint8Array(p.count);
    this.room = new Float64Array(p.dims);
    this.order = largestFirst(p);
    this.singles = new ItemsBySize(p, this.order);
  }

  run(): ExactFills {
    const { options, order } = this;
    let open = order;
    this.drawPool(open);
    const bins: Bins = [];
    const outcomes = new Uint8Array(options.window);
    let tried = 0;
    let filled = 0;
    for (const seed of order) {
      if (this.placed[seed] === 1) continue;
      const fill = this.fillFrom(seed, open);
      if (tried >= options.window) filled -= outcomes[tried % options.window]!;
      outcomes[tried % options.window] = fill ? 1 : 0;
      tried++;
      if (fill) {
        filled++;
        bins.push(fill);
        for (const i of fill) this.take(i);
        open = open.filter((i) => this.placed[i] === 0);
        if (this.poolPlaced > this.poolSize * poolTurnover) this.drawPool(open);
      }
      if (tried >= options.window && filled < options.minShare * options.window) break;
    }
    return { bins, rest: open, work: this.work };
  }

  private take(i: number): void {
    this.placed[i] = 1;
    if (this.inPool[i] === 1) this.poolPlaced++;
    this.singles.remove(i);
  }

  /** Draws the pool at random from the open items and indexes every pair of it that fits a bin. */
  private drawPool(open: readonly number[]): void {
    const { p, options } = this;
    const pool = [...open];
    const size = Math.min(options.pooledItems, pool.length);
    for (let k = 0; k < size; k++) {
      const r = k + Math.floor(options.random() * (pool.length - k));
      [pool[k], pool[r]] = [pool[r]!, pool[k]!];
    }
    pool.length = size;
    this.inPool.fill(0);
    for (const i of pool) this.inPool[i] = 1;
    this.poolSize = size;
    this.poolPlaced = 0;
    this.pairs = new PairIndex((size * (size - 1)) / 2);
    const { dims, sizes } = p;
    const sum = new Float64Array(dims);
    for (let x = 0; x < size; x++) {
      const a = pool[x]!;
      next: for (let y = x + 1; y < size; y++) {
        const b = pool[y]!;
        for (let d = 0; d < dims; d++) {
          sum[d] = sizes[a * dims + d]! + sizes[b * dims + d]!;
          if (sum[d]! > 1 + EPSILON) continue next;
        }
        if (p.conflictsOf[a]!.includes(b)) continue;
        this.pairs.add(sizeKey(sum, 0, dims), a, b);
      }
    }
    this.work += (size * (size - 1)) / 2;
  }

  /** The seed's exact bin, or null when the search finds none. */
  private fillFrom(seed: number, open: readonly number[]): number[] | null {
    this.stamp++;
    this.chosen.length = 0;
    this.nodes = 0;
    this.room.fill(1);
    this.enter(seed);
    const found = this.completion() ?? this.withOneCompanion(open) ?? this.withTwoCompanions(open);
    this.work += this.nodes;
    return found ? [...this.chosen, ...found] : null;
  }

  private withOneCompanion(open: readonly number[]): number[] | null {
    const limit = this.options.oneCompanionNodes;
    let tried = -1;
    for (let k = 0; k < open.length && this.nodes < limit; k++) {
      const a = open[k]!;
      // A copy of the item just tried leads to the same completions.
      if (tried >= 0 && interchangeable(this.p, tried, a)) continue;
      if (!this.canJoin(a)) continue;
      tried = a;
      this.enter(a);
      const found = this.completion();
      if (found) return found;
      this.leave(a);
    }
    return null;
  }

  private withTwoCompanions(open: readonly number[]): number[] | null {
    const { random, twoCompanionNodes } = this.options;
    const limit = this.nodes + twoCompanionNodes;
    // Draws that do not fit cost a little too, so a seed with no room left cannot loop for long.
    for (let draws = 0; draws < 3 * twoCompanionNodes && this.nodes < limit; draws++) {
      const a = open[Math.floor(random() * open.length)]!;
      if (!this.canJoin(a)) continue;
      this.enter(a);
      const b = open[Math.floor(random() * open.length)]!;
      if (this.canJoin(b)) {
        this.enter(b);
        const found = this.completion();
        if (found) return found;
        this.leave(b);
      }
      this.leave(a);
    }
    return null;
  }

  private enter(i: number): void {
    const { dims, sizes } = this.p;
    this.mark[i] = this.stamp;
    this.chosen.push(i);
    for (let d = 0; d < dims; d++) this.room[d]! -= sizes[i * dims + d]!;
  }

  private leave(i: number): void {
    const { dims, sizes } = this.p;
    this.mark[i] = -1;
    this.chosen.pop();
    for (let d = 0; d < dims; d++) this.room[d]! += sizes[i * dims + d]!;
  }

  /** Whether i is free, not yet in the bin, fits the room and conflicts with nothing in the bin. */
  private canJoin(i: number): boolean {
    if (this.placed[i] === 1 || this.mark[i] === this.stamp) return false;
    const { dims, sizes } = this.p;
    for (let d = 0; d < dims; d++) if (sizes[i * dims + d]! > this.room[d]! + EPSILON) return false;
    return this.conflictFree(i);
  }

  private conflictFree(i: number): boolean {
    for (const j of this.p.conflictsOf[i]!) if (this.mark[j] === this.stamp) return false;
    return true;
  }

  /** One free item, or a free pair of the pool, whose size is exactly the room left; null if none. */
  private completion(): number[] | null {
    const { dims } = this.p;
    this.nodes++;
    const key = sizeKey(this.room, 0, dims);
    for (const a of this.singles.withKey(key)) if (this.fillsRoom(a, -1)) return [a];
    const { pairs } = this;
    for (let e = pairs.first(key); e >= 0; e = pairs.next(e)) {
      const a = pairs.itemA(e);
      const b = pairs.itemB(e);
      if (this.placed[a] === 1 || this.placed[b] === 1) continue;
      if (this.fillsRoom(a, b)) return [a, b];
    }
    return null;
  }

  /** Whether a (and b when >= 0) may join the bin and fill the room exactly. */
  private fillsRoom(a: number, b: number): boolean {
    if (this.mark[a] === this.stamp || !this.conflictFree(a)) return false;
    if (b >= 0 && (this.mark[b] === this.stamp || !this.conflictFree(b))) return false;
    return addsUpTo(this.p, a, b, this.room);
  }
}

/**
 * Pairs of items by summed size key: an open-addressing table of distinct keys, each heading a
 * chain of at most `maxPairsPerKey` pairs. Typed arrays, each slot's key and head side by side
 * and each pair's items and link side by side: building the index is a cache miss per pair, and
 * one rather than three keeps it at a fraction of a Map of arrays' time and memory. The cap keeps
 * pools of identical items (estates repeat a few VM shapes) from building chains thousands long,
 * of which a lookup needs only one free pair.
 */
class PairIndex {
  /** Per slot: the key, then (first pair << 3 | pairs in the chain), -1 when empty. */
  private readonly slots: Int32Array;
  /** Per pair: item a, item b, the next pair of the chain (-1 at its end). */
  private readonly entries: Int32Array;
  private size = 0;
  private readonly shift: number;
  private readonly mask: number;

  constructor(pairs: number) {
    // At most half full, so probe runs stay short.
    const bits = Math.max(4, Math.ceil(Math.log2(2 * pairs + 1)));
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(2 << bits);
    for (let s = 1; s < this.slots.length; s += 2) this.slots[s] = -1;
    this.entries = new Int32Array(3 * pairs);
  }

  add(key: number, a: number, b: number): void {
    const s = this.slotOf(key);
    const head = this.slots[2 * s + 1]!;
    if (head === -1) this.slots[2 * s] = key;
    else if ((head & 7) >= maxPairsPerKey) return;
    const e = this.size++;
    this.entries[3 * e] = a;
    this.entries[3 * e + 1] = b;
    this.entries[3 * e + 2] = head === -1 ? -1 : head >> 3;
    this.slots[2 * s + 1] = (e << 3) | ((head === -1 ? 0 : head & 7) + 1);
  }

  /** The first pair with this key, or -1; `next` walks the rest. */
  first(key: number): number {
    const head = this.slots[2 * this.slotOf(key) + 1]!;
    return head === -1 ? -1 : head >> 3;
  }

  next(e: number): number {
    return this.entries[3 * e + 2]!;
  }

  itemA(e: number): number {
    return this.entries[3 * e]!;
  }

  itemB(e: number): number {
    return this.entries[3 * e + 1]!;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private slotOf(key: number): number {
    let s = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.slots[2 * s + 1] !== -1 && this.slots[2 * s] !== key) s = (s + 1) & this.mask;
    return s;
  }
}
