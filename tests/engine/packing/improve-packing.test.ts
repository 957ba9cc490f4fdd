import { describe, expect, it } from 'vitest';
import { firstFitDecreasing } from '../../../engine/packing/first-fit-decreasing.js';
import { improvePacking } from '../../../engine/packing/improve-packing.js';
import { prepareProblem, type PackingProblem } from '../../../engine/packing/packing-problem.js';
import { seededRandom } from '../../../engine/packing/seeded-random.js';
import { packingViolations } from './packing-checks.js';

/**
 * k full bins shaped like hosts carrying VMs (a few repeated shapes, the last item of a bin takes
 * what is left), with conflicts only between items of different original bins: the optimum is k.
 */
function splitEstate(k: number, seed: number): PackingProblem & { optimum: number } {
  const random = seededRandom(seed);
  const capacity = [48, 768, 192];
  const items: number[][] = [];
  const origin: number[] = [];
  for (let b = 0; b < k; b++) {
    const left = [...capacity];
    for (;;) {
      const cores = [1, 2, 4, 8, 16][Math.floor(random() * 5)]!;
      const shape = [cores, cores * [2, 4, 8][Math.floor(random() * 3)]!, cores * [2, 4][Math.floor(random() * 2)]!];
      if (shape.some((s, d) => s >= left[d]!)) break;
      items.push(shape);
      origin.push(b);
      shape.forEach((s, d) => (left[d] = left[d]! - s));
    }
    items.push(left);
    origin.push(b);
  }
  const conflicts: [number, number][] = [];
  for (let a = 0; a < items.length; a++) {
    for (let c = a + 1; c < items.length; c++) if (origin[a] !== origin[c] && random() < 0.01) conflicts.push([a, c]);
  }
  return { capacity, items, conflicts, optimum: k };
}

describe('improvePacking with the repacking move', () => {
  it('keeps capacities and conflicts, never adds a bin and never goes below the optimum', () => {
    for (const seed of [1, 2, 3]) {
      const problem = splitEstate(12, seed);
      const p = prepareProblem(problem);
      const start = firstFitDecreasing(p, { key: 'sum', fit: 'first' });
      const result = improvePacking(p, start, { seed: 1, budget: 3_000_000, lowerBound: problem.optimum });
      expect(packingViolations(problem, result.bins.filter((b) => b.length > 0))).toEqual([]);
      expect(result.bins.length).toBeLessThanOrEqual(start.length);
      expect(result.bins.length).toBeGreaterThanOrEqual(problem.optimum);
    }
  });

  it('takes bins away from first-fit-decreasing on host-shaped split instances', () => {
    const problem = splitEstate(12, 4);
    const p = prepareProblem(problem);
    const start = firstFitDecreasing(p, { key: 'sum', fit: 'first' });
    const result = improvePacking(p, start, { seed: 1, budget: 3_000_000, lowerBound: problem.optimum });
    expect(result.bins.length).toBeLessThan(start.length);
  });

  it('gives the same bins for the same seed and budget', () => {
    const problem = splitEstate(10, 5);
    const p = prepareProblem(problem);
    const start = firstFitDecreasing(p, { key: 'max', fit: 'best' });
    const run = () => improvePacking(p, start, { seed: 3, budget: 1_000_000, lowerBound: problem.optimum });
    expect(run()).toEqual(run());
  });
});
