import { describe, expect, it } from 'vitest';
import { BinRoomTree } from '../../../engine/packing/bin-room-tree.js';
import { EPSILON, prepareProblem } from '../../../engine/packing/packing-problem.js';
import { seededRandom } from '../../../engine/packing/seeded-random.js';

describe('BinRoomTree', () => {
  it('finds the same bin as a linear first-fit scan, as bins open, fill and empty', () => {
    const random = seededRandom(5);
    const p = prepareProblem({ capacity: [1, 1, 1], items: Array.from({ length: 400 }, () => [random() ** 2, random() ** 3, random() / 2]) });
    const loads: number[] = [];
    const tree = new BinRoomTree(p);
    const fits = (i: number, b: number) => [0, 1, 2].every((d) => loads[b * 3 + d]! + p.sizes[i * 3 + d]! <= 1 + EPSILON);
    // Every third bin refused by the caller's own rule, as a conflict would.
    const accept = (i: number, b: number) => fits(i, b) && (b + i) % 3 !== 0;
    for (let step = 0; step < 3_000; step++) {
      const i = Math.floor(random() * p.count);
      let linear = 0;
      while (linear < tree.count && !accept(i, linear)) linear++;
      const found = tree.firstFit(i, (b) => accept(i, b));
      expect(found).toBe(linear === tree.count ? -1 : linear);
      if (found >= 0 && step % 4 === 3) {
        // Now and then a bin's load goes down instead (items leaving it).
        for (let d = 0; d < 3; d++) loads[found * 3 + d] = loads[found * 3 + d]! * random();
        tree.update(found, loads);
        continue;
      }
      const b = found < 0 ? tree.count : found;
      if (found < 0) loads.push(0, 0, 0);
      for (let d = 0; d < 3; d++) loads[b * 3 + d]! += p.sizes[i * 3 + d]!;
      tree.update(b, loads);
    }
    expect(tree.count).toBeGreaterThan(64);
  });
});
