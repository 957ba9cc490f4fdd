import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillBinsExactly, type ExactFillOptions } from '../../../engine/packing/fill-bins-exactly.js';
import { prepareProblem, type Bins, type PackingProblem } from '../../../engine/packing/packing-problem.js';
import { seededRandom } from '../../../engine/packing/seeded-random.js';
import { packingViolations, randomPackingProblem, splitFullBins } from './packing-checks.js';

const search = (seed: number, overrides: Partial<ExactFillOptions> = {}): ExactFillOptions => ({
  random: seededRandom(seed),
  pooledItems: 200,
  oneCompanionNodes: 500,
  twoCompanionNodes: 2_000,
  window: 20,
  minShare: 0.3,
  ...overrides,
});

const brimFull = (problem: PackingProblem, bin: readonly number[]) =>
  problem.capacity.every((cap, d) => Math.abs(bin.reduce((s, i) => s + problem.items[i]![d]!, 0) - cap) <= cap * 1e-9);

/** The exact bins plus one bin per left-over item: a packing the shared checks can judge. */
const asPacking = (bins: Bins, rest: readonly number[]): Bins => [...bins, ...rest.map((i) => [i])];

describe('fillBinsExactly', () => {
  it('returns only bins filled to the brim, every item once in a bin or in the rest, conflicting items apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 0, max: 30 }), (seed, conflictCount) => {
        const split = splitFullBins(40, 3, seed, { capacity: 100, maxParts: 5 });
        const random = seededRandom(seed);
        const n = split.items.length;
        const conflicts = Array.from({ length: conflictCount }, (): [number, number] => {
          const a = Math.floor(random() * n);
          return [a, (a + 1 + Math.floor(random() * (n - 1))) % n];
        });
        const problem = { ...split, conflicts };
        const { bins, rest } = fillBinsExactly(prepareProblem(problem), search(seed));
        expect(bins.every((bin) => brimFull(problem, bin))).toBe(true);
        expect(packingViolations(problem, asPacking(bins, rest))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('never takes a bin that is not full, on problems whose items rarely fill one exactly', () => {
    fc.assert(
      fc.property(randomPackingProblem(0.05), (problem) => {
        const { bins, rest } = fillBinsExactly(prepareProblem(problem), search(1));
        expect(bins.every((bin) => brimFull(problem, bin))).toBe(true);
        expect(packingViolations(problem, asPacking(bins, rest))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('fills most of the original bins exactly when many bins have been cut into pieces', () => {
    // 300 full bins cut into 2-6 pieces: about 1,200 items, each seed with thousands of exact completions.
    const problem = splitFullBins(300, 3, 5, { capacity: 1000, maxParts: 6 });
    const { bins, rest } = fillBinsExactly(prepareProblem(problem), search(5, { pooledItems: 600 }));
    expect(bins.length).toBeGreaterThan(150);
    expect(rest.length).toBeLessThan(problem.items.length / 2);
  });

  it('stops after one window of seeds when nothing fills a bin exactly, leaving every item in the rest', () => {
    const random = seededRandom(3);
    // Irrational-looking sizes: no subset adds up to a whole bin.
    const problem: PackingProblem = { capacity: [1, 1], items: Array.from({ length: 500 }, () => [0.05 + random() * 0.2, 0.05 + random() * 0.2]) };
    const options = search(3, { pooledItems: 100 });
    const { bins, rest, work } = fillBinsExactly(prepareProblem(problem), options);
    expect(bins).toEqual([]);
    expect(rest).toHaveLength(500);
    // The pool's pairs once, and at most one window of seeds' searches.
    expect(work).toBeLessThanOrEqual((100 * 99) / 2 + options.window * (1 + options.oneCompanionNodes + options.twoCompanionNodes));
  });

  it('gives the same bins for the same problem and random seed', () => {
    const p = prepareProblem(splitFullBins(80, 3, 8, { capacity: 1000, maxParts: 6 }));
    expect(fillBinsExactly(p, search(2))).toEqual(fillBinsExactly(p, search(2)));
  });
});
