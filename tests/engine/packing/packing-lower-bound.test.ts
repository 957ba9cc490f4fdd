import { describe, expect, it } from 'vitest';
import { packingLowerBound } from '../../../engine/packing/packing-lower-bound.js';
import { EPSILON, prepareProblem, type PreparedProblem } from '../../../engine/packing/packing-problem.js';
import { seededRandom } from '../../../engine/packing/seeded-random.js';

/** The greedy clique as first written: every item, in each order, against every member. */
function plainGreedyClique(p: PreparedProblem): number {
  const { dims, sizes, count } = p;
  const clash = (a: number, b: number) =>
    p.conflictsOf[a]!.includes(b) || Array.from({ length: dims }, (_, d) => sizes[a * dims + d]! + sizes[b * dims + d]!).some((s) => s > 1 + EPSILON);
  const keys: ((i: number) => number)[] = [
    ...Array.from({ length: dims }, (_, d) => (i: number) => sizes[i * dims + d]!),
    (i) => Math.max(...Array.from({ length: dims }, (_, d) => sizes[i * dims + d]!)),
    (i) => p.conflictsOf[i]!.length,
  ];
  let best = 0;
  for (const key of keys) {
    const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => key(b) - key(a) || a - b);
    const clique: number[] = [];
    for (const i of order) if (clique.every((j) => clash(i, j))) clique.push(i);
    best = Math.max(best, clique.length);
  }
  return best;
}

describe('packingLowerBound', () => {
  it('finds the same incompatible set as the plain greedy clique, on small and large items with conflicts', () => {
    for (let t = 0; t < 300; t++) {
      const random = seededRandom(t + 1);
      const count = 1 + Math.floor(random() * 80);
      const dims = 1 + Math.floor(random() * 4);
      const skew = 1 + 3 * random();
      const items = Array.from({ length: count }, () => Array.from({ length: dims }, () => (random() < 0.3 ? Math.round(random() * 10) / 10 : random() ** skew)));
      const conflicts: [number, number][] = [];
      for (let k = 0; k < count * random() * 0.3; k++) {
        const a = Math.floor(random() * count);
        const b = Math.floor(random() * count);
        if (a !== b) conflicts.push([a, b]);
      }
      const p = prepareProblem({ capacity: Array<number>(dims).fill(1), items, conflicts });
      expect(packingLowerBound(p).incompatibleSet).toBe(plainGreedyClique(p));
    }
  });
});
