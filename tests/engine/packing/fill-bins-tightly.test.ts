import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillBinsTightly } from '../../../engine/packing/fill-bins-tightly.js';
import { firstFitDecreasing } from '../../../engine/packing/first-fit-decreasing.js';
import { prepareProblem, type PackingProblem } from '../../../engine/packing/packing-problem.js';
import { packingViolations, splitFullBins, randomPackingProblem } from './packing-checks.js';

const problemArbitrary = randomPackingProblem(0.1);

describe('fillBinsTightly', () => {
  it('packs every item exactly once, within capacity and keeping conflicting items apart', () => {
    fc.assert(
      fc.property(problemArbitrary, fc.integer({ min: 1, max: 5_000 }), (problem, checks) => {
        expect(packingViolations(problem, fillBinsTightly(prepareProblem(problem), checks).bins)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('rebuilds exactly filled bins that first-fit-decreasing cannot, using the exact-size lookup', () => {
    const problem = splitFullBins(20, 3, 5, { capacity: 1000, maxParts: 4 });
    const p = prepareProblem(problem);
    const { bins } = fillBinsTightly(p, 50_000);
    expect(packingViolations(problem, bins)).toEqual([]);
    expect(bins).toHaveLength(20);
    expect(firstFitDecreasing(p, { key: 'sum', fit: 'first' }).length).toBeGreaterThan(20);
  });

  it('completes a bin with the pair whose summed size is exactly the room left', () => {
    // The seed (6, 6) leaves (4, 4); only items 1 and 2 together fill it, and a greedy fill would take item 3 first.
    const problem: PackingProblem = { capacity: [10, 10], items: [[6, 6], [1, 3], [3, 1], [3, 3], [2, 1], [2, 1]] };
    const { bins } = fillBinsTightly(prepareProblem(problem), 1);
    expect(packingViolations(problem, bins)).toEqual([]);
    expect(bins[0]!.sort()).toEqual([0, 1, 2]);
  });

  it('puts off seeds it cannot fill to the brim, so the bins it can fill keep their items', () => {
    const problem = splitFullBins(15, 3, 4, { capacity: 1000, maxParts: 5 });
    const p = prepareProblem(problem);
    const plain = fillBinsTightly(p, 3_000);
    const deferring = fillBinsTightly(p, 3_000, 1_000_000);
    expect(packingViolations(problem, deferring.bins)).toEqual([]);
    expect(plain.bins).toHaveLength(16);
    expect(deferring.bins).toHaveLength(15);
  });

  it('keeps every packing valid while putting off seeds, whatever the allowance', () => {
    fc.assert(
      fc.property(problemArbitrary, fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 0, max: 200_000 }), (problem, checks, defer) => {
        expect(packingViolations(problem, fillBinsTightly(prepareProblem(problem), checks, defer).bins)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same bins for the same problem when putting off seeds', () => {
    const p = prepareProblem(splitFullBins(20, 3, 3, { capacity: 1000, maxParts: 5 }));
    expect(fillBinsTightly(p, 3_000, 1_000_000)).toEqual(fillBinsTightly(p, 3_000, 1_000_000));
  });

  it('gives the same bins for the same problem', () => {
    const p = prepareProblem(splitFullBins(30, 2, 9, { capacity: 1000, maxParts: 4 }));
    expect(fillBinsTightly(p, 2_000)).toEqual(fillBinsTightly(p, 2_000));
  });
});
