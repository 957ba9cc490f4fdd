import { describe, expect, it } from 'vitest';
import { sizeKey } from '../../../engine/packing/size-key.js';

const key = (...sizes: number[]) => sizeKey(Float64Array.from(sizes), 0, sizes.length);

describe('sizeKey', () => {
  it('gives a room left by floating-point subtraction the key of the item that fills it', () => {
    // 1 - 0.7 - 0.1 is 0.20000000000000004 in floating point.
    expect(key(1 - 0.7 - 0.1, 1 - 0.25 - 0.5)).toBe(key(0.2, 0.25));
  });

  it('tells apart sizes that differ in one dimension or only in their order', () => {
    expect(key(0.25, 0.5)).not.toBe(key(0.5, 0.25));
    expect(key(0.25, 0.5, 0.125)).not.toBe(key(0.25, 0.5, 0.25));
  });

  it('spreads sizes on a coarse grid (whole cores and gigabytes) over distinct keys', () => {
    // Every VM shape of 1-48 cores, 1-768 GB in steps of 8 and 1-24 disk units on a 48/768/192 host.
    const keys = new Set<number>();
    let shapes = 0;
    for (let c = 1; c <= 48; c++)
      for (let m = 8; m <= 768; m += 8)
        for (let s = 8; s <= 192; s += 8) {
          keys.add(key(c / 48, m / 768, s / 192));
          shapes++;
        }
    expect(keys.size).toBe(shapes);
  });
});
