/** Sizes are matched on a grid of 2^-24 of a bin: far finer than any real size step, coarse enough to absorb rounding. */
const grid = 2 ** 24;

/**
 * A hash of `dims` normalised sizes starting at `offset`, equal for sizes that are equal on the
 * grid, so "an item (or a pair) whose size is exactly the room left" is one lookup. Int32
 * arithmetic, which V8 keeps in registers, with a multiply-xorshift round per dimension so that
 * sizes on a coarse grid (whole cores and gigabytes) still spread over the keys. Different sizes
 * can share a key: callers check a match size by size.
 */
export function sizeKey(values: Float64Array, offset: number, dims: number): number {
  let h = dims;
  for (let d = 0; d < dims; d++) {
    h = Math.imul(h ^ Math.round(values[offset + d]! * grid), 0x9e3779b1);
    h ^= h >>> 15;
  }
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}
