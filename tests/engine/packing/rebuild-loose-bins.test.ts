import { describe, expect, it } from 'vitest';
import { fillBinsTightly } from '../../../engine/packing/fill-bins-tightly.js';
import { firstFitDecreasing } from '../../../engine/packing/first-fit-decreasing.js';
import { prepareProblem, type Bins, type PackingProblem } from '../../../engine/packing/packing-problem.js';
import { rebuildLooseBins } from '../../../engine/packing/rebuild-loose-bins.js';
import { seededRandom } from '../../../engine/packing/seeded-random.js';
import { packingViolations, splitFullBins } from './packing-checks.js';

/** Split full bins with a few conflicts between random items. */
function withConflicts(problem: PackingProblem, seed: number, share: number): PackingProblem {
  const random = seededRandom(seed);
  const conflicts: [number, number][] = [];
  for (let a = 0; a < problem.items.length; a++) for (let b = a + 1; b < problem.items.length; b++) if (random() < share) conflicts.push([a, b]);
  return { ...problem, conflicts };
}

const brimFull = (problem: PackingProblem, bins: Bins) =>
  bins.filter((bin) => problem.capacity.every((cap, d) => bin.reduce((s, i) => s + problem.items[i]![d]!, 0) >= cap * (1 - 1e-9)));

const key = (bins: Bins) => bins.map((b) => [...b].sort((x, y) => x - y).join(',')).sort();

describe('rebuildLooseBins', () => {
  it('keeps capacities and conflicts and every item once, for packings of any shape', () => {
    for (const seed of [1, 2, 3, 4]) {
      const problem = withConflicts(splitFullBins(25, 3, seed, { capacity: 1000, maxParts: 6 }), seed, 0.02);
      const p = prepareProblem(problem);
      for (const start of [firstFitDecreasing(p, { key: 'sum', fit: 'first' }), fillBinsTightly(p, 500).bins]) {
        const { bins } = rebuildLooseBins(p, start, 2_000, 100_000);
        expect(packingViolations(problem, bins)).toEqual([]);
      }
    }
  });

  it('keeps the bins already filled to the brim and rebuilds only the others', () => {
    const problem = splitFullBins(25, 3, 7, { capacity: 1000, maxParts: 5 });
    const p = prepareProblem(problem);
    const start = fillBinsTightly(p, 300).bins;
    const full = brimFull(problem, start);
    expect(full.length).toBeGreaterThan(0);
    expect(full.length).toBeLessThan(start.length);
    const { bins } = rebuildLooseBins(p, start, 20_000, 1_000_000);
    expect(key(bins)).toEqual(expect.arrayContaining(key(full)));
    expect(bins.length).toBeLessThanOrEqual(start.length);
  });

  it('gives the same bins for the same packing', () => {
    const problem = withConflicts(splitFullBins(20, 3, 11, { capacity: 1000, maxParts: 6 }), 11, 0.01);
    const p = prepareProblem(problem);
    const start = firstFitDecreasing(p, { key: 'sum', fit: 'first' });
    expect(rebuildLooseBins(p, start, 3_000, 200_000)).toEqual(rebuildLooseBins(p, start, 3_000, 200_000));
  });
});
