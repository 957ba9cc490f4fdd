import { EPSILON as SHARED_EPSILON, type PreparedProblem } from './packing-problem.js';

// A module-local copy: hot loops read it directly instead of through the import binding.
const EPSILON = SHARED_EPSILON;

/**
 * Room left in each bin, per dimension, in a tournament tree (each node holds the most room any
 * bin below it has, dimension by dimension), so that first fit finds the lowest-numbered bin an
 * item fits without trying every bin before it: a subtree is skipped when, in some dimension, no
 * bin in it has the room. First fit over n items and m bins costs about O(n log m) instead of
 * O(n m) when most bins are full, which is what repairing a warm start of 50,000 workloads
 * spends its time on. The tree only prunes; whether an item fits a bin is decided by the
 * caller's own check, so the bin found is exactly the one a linear scan would find.
 */
export class BinRoomTree {
  private readonly dims: number;
  private leaves = 1;
  /** Node k's room in dimension d at k * dims + d; leaves at [leaves, 2 * leaves); unused leaves have none. */
  private room: Float64Array;
  private bins = 0;

  constructor(private readonly p: PreparedProblem) {
    this.dims = p.dims;
    this.room = new Float64Array(2 * this.dims).fill(-Infinity);
  }

  /** Number of bins the tree knows (bins are numbered 0 to count - 1). */
  get count(): number {
    return this.bins;
  }

  /** Records bin b's loads (loads[b * dims + d]); b may be the next new bin. */
  update(b: number, loads: ArrayLike<number>): void {
    const { dims } = this;
    if (b >= this.bins) this.bins = b + 1;
    if (b >= this.leaves) this.grow(b + 1);
    let k = this.leaves + b;
    for (let d = 0; d < dims; d++) this.room[k * dims + d] = 1 - loads[b * dims + d]!;
    for (k >>= 1; k >= 1; k >>= 1) {
      for (let d = 0; d < dims; d++) this.room[k * dims + d] = Math.max(this.room[2 * k * dims + d]!, this.room[(2 * k + 1) * dims + d]!);
    }
  }

  /**
   * The lowest-numbered bin for which `fits(b)` holds, among bins with room for item i in every
   * dimension (within a margin, so a bin `fits` would accept is never skipped); -1 if none.
   */
  firstFit(i: number, fits: (b: number) => boolean): number {
    return this.search(1, i, fits);
  }

  private search(k: number, i: number, fits: (b: number) => boolean): number {
    const { dims, p } = this;
    for (let d = 0; d < dims; d++) if (this.room[k * dims + d]! < p.sizes[i * dims + d]! - 2 * EPSILON) return -1;
    if (k >= this.leaves) {
      const b = k - this.leaves;
      return b < this.bins && fits(b) ? b : -1;
    }
    const left = this.search(2 * k, i, fits);
    return left >= 0 ? left : this.search(2 * k + 1, i, fits);
  }

  /** Doubles the leaves until `bins` fit, keeping every bin's room. */
  private grow(bins: number): void {
    const { dims } = this;
    let leaves = this.leaves;
    while (leaves < bins) leaves *= 2;
    const room = new Float64Array(2 * leaves * dims).fill(-Infinity);
    room.set(this.room.subarray(this.leaves * dims, 2 * this.leaves * dims), leaves * dims);
    for (let k = leaves - 1; k >= 1; k--) {
      for (let d = 0; d < dims; d++) room[k * dims + d] = Math.max(room[2 * k * dims + d]!, room[(2 * k + 1) * dims + d]!);
    }
    this.leaves = leaves;
    this.room = room;
  }
}
