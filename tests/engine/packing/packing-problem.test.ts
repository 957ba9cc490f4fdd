import { describe, expect, it } from 'vitest';
import { prepareProblem, subProblem } from '../../../engine/packing/packing-problem.js';

describe('subProblem', () => {
  it('keeps the chosen items in the given order, with their sizes, volumes and the conflicts among them only', () => {
    const p = prepareProblem({
      capacity: [10, 20],
      items: [[1, 2], [3, 4], [5, 6], [7, 8]],
      conflicts: [[0, 2], [2, 3], [1, 3]],
    });
    const sub = subProblem(p, [3, 0, 2]);
    expect(sub.count).toBe(3);
    expect(Array.from(sub.sizes)).toEqual([0.7, 0.4, 0.1, 0.1, 0.5, 0.3]);
    expect(Array.from(sub.volume)).toEqual([p.volume[3], p.volume[0], p.volume[2]]);
    // Item 3 (now 0) conflicted with 2 (now 2) and with 1, which is left out.
    expect(sub.conflictsOf).toEqual([[2], [2], [1, 0]]);
  });
});
