import { describe, expect, it } from 'vitest';
import { ItemsBySize } from '../../../engine/packing/items-by-size.js';
import { prepareProblem } from '../../../engine/packing/packing-problem.js';
import { sizeKey } from '../../../engine/packing/size-key.js';

describe('ItemsBySize', () => {
  const p = prepareProblem({ capacity: [10, 10], items: [[2, 3], [5, 5], [2, 3], [3, 2], [2, 3]] });
  const key = (...sizes: number[]) => sizeKey(Float64Array.from(sizes), 0, sizes.length);

  it('finds the items of one size in the order given, and nothing for a size no item has', () => {
    const index = new ItemsBySize(p, [4, 3, 2, 1, 0]);
    expect(index.withKey(key(0.2, 0.3))).toEqual([4, 2, 0]);
    expect(index.withKey(key(0.3, 0.2))).toEqual([3]);
    expect(index.withKey(key(0.4, 0.4))).toEqual([]);
  });

  it('forgets an item once it is removed, keeping the others of its size', () => {
    const index = new ItemsBySize(p, [0, 1, 2, 3, 4]);
    index.remove(2);
    expect(index.withKey(key(0.2, 0.3))).toEqual([0, 4]);
    index.remove(0);
    index.remove(4);
    expect(index.withKey(key(0.2, 0.3))).toEqual([]);
  });
});
