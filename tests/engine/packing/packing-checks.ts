import fc from 'fast-check';
import type { Bins, PackingProblem } from '../../../engine/packing/packing-problem.js';
import { seededRandom } from '../../../engine/packing/seeded-random.js';

/** Every problem a packing can have, as readable strings (empty = valid). */
export function packingViolations(problem: PackingProblem, bins: Bins): string[] {
  const out: string[] = [];
  const seen = new Map<number, number>();
  bins.forEach((bin, b) => {
    for (const i of bin) seen.set(i, (seen.get(i) ?? 0) + 1);
    problem.capacity.forEach((cap, d) => {
      const load = bin.reduce((s, i) => s + problem.items[i]![d]!, 0);
      if (load > cap * (1 + 1e-9)) out.push(`bin ${b} over capacity in dimension ${d}: ${load} > ${cap}`);
    });
    for (const [a, c] of problem.conflicts ?? []) if (bin.includes(a) && bin.includes(c)) out.push(`bin ${b} holds conflicting items ${a} and ${c}`);
  });
  problem.items.forEach((_, i) => {
    if (seen.get(i) !== 1) out.push(`item ${i} packed ${seen.get(i) ?? 0} times`);
  });
  return out;
}

/**
 * k full bins, each cut at random into 2 to `maxParts` items in every dimension: the optimum is k,
 * and the only k-bin packing rebuilds the original bins.
 */
export function splitFullBins(k: number, dims: number, seed: number, shape: { capacity: number; maxParts: number }): PackingProblem {
  const random = seededRandom(seed);
  const items: number[][] = [];
  for (let b = 0; b < k; b++) {
    const parts = 2 + Math.floor(random() * (shape.maxParts - 1));
    const columns = Array.from({ length: dims }, () => {
      const cuts = new Set<number>();
      while (cuts.size < parts - 1) cuts.add(1 + Math.floor(random() * (shape.capacity - 1)));
      const edges = [0, ...[...cuts].sort((x, y) => x - y), shape.capacity];
      return edges.slice(1).map((e, j) => e - edges[j]!);
    });
    for (let j = 0; j < parts; j++) items.push(columns.map((c) => c[j]!));
  }
  return { capacity: Array(dims).fill(shape.capacity), items };
}

/**
 * fast-check arbitrary for small random packing problems: 1-4 dimensions, up to 60 items of at
 * most 70% of a bin, and random conflicts between up to `maxConflictShare` of the item pairs.
 */
export function randomPackingProblem(maxConflictShare: number): fc.Arbitrary<PackingProblem> {
  return fc
    .record({
      dims: fc.integer({ min: 1, max: 4 }),
      count: fc.integer({ min: 0, max: 60 }),
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      conflictShare: fc.double({ min: 0, max: maxConflictShare, noNaN: true }),
    })
    .map(({ dims, count, seed, conflictShare }): PackingProblem => {
      const random = seededRandom(seed);
      const capacity = Array.from({ length: dims }, () => 50 + Math.floor(random() * 100));
      const items = Array.from({ length: count }, () => capacity.map((c) => Math.floor(random() * c * 0.7)));
      const conflicts: [number, number][] = [];
      for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) if (random() < conflictShare) conflicts.push([a, b]);
      return { capacity, items, conflicts };
    });
}
