import { describe, expect, it } from 'vitest';
import { firstFitDecreasing, ffdVariants } from '../../../engine/packing/first-fit-decreasing.js';
import { packVectors } from '../../../engine/packing/pack-vectors.js';
import { prepareProblem, type PackingProblem } from '../../../engine/packing/packing-problem.js';
import { seededRandom } from '../../../engine/packing/seeded-random.js';
import { packingViolations } from './packing-checks.js';

/** VM-like items (many small, a few large, CPU- or memory-heavy) with anti-affinity pairs: no exact fills. */
function estateLike(count: number, seed: number): PackingProblem {
  const random = seededRandom(seed);
  const items = Array.from({ length: count }, () => {
    const cpu = 0.2 + 8 * random() ** 3;
    return [cpu, cpu * (2 + 14 * random()) + 1.5 * random(), Math.ceil(cpu * (1 + random()))];
  });
  const conflicts: [number, number][] = [];
  for (let i = 0; i + 1 < count; i += 37) conflicts.push([i, i + 1]);
  return { capacity: [24, 435.2, 128], items, conflicts };
}

describe('packVectors above the chunking size (5,000 items)', () => {
  const problem = estateLike(6_000, 7);
  const budget = 6_000_000;

  it('returns a valid packing that keeps conflicting items apart, within 1% of its lower bound and no worse than FFD on the whole', () => {
    const result = packVectors(problem, { budget });
    expect(packingViolations(problem, result.bins)).toEqual([]);
    expect(result.bins.length).toBeGreaterThanOrEqual(result.lowerBound.value);
    expect(result.bins.length).toBeLessThanOrEqual(result.baseline.bins);
    const p = prepareProblem(problem);
    const wholeFfd = Math.min(...ffdVariants.map((v) => firstFitDecreasing(p, v).length));
    expect(result.bins.length).toBeLessThanOrEqual(wholeFfd);
    expect(result.bins.length).toBeLessThanOrEqual(Math.floor(result.lowerBound.value * 1.01));
  });

  it('gives the same packing for the same problem and seed', () => {
    expect(packVectors(problem, { budget, seed: 3 }).bins).toEqual(packVectors(problem, { budget, seed: 3 }).bins);
  });
});

describe('packVectors resuming from its budget-0 packing', () => {
  const problem = estateLike(6_000, 7);

  it('searches the whole problem on from that first fit above the chunking size: valid, no worse than it, within 1% of the bound, same result twice', () => {
    const first = packVectors(problem, { budget: 0 });
    const resumed = packVectors(problem, { resume: first.bins, budget: 6_000_000 });
    expect(packingViolations(problem, resumed.bins)).toEqual([]);
    expect(resumed.baseline).toEqual({ variant: null, bins: first.bins.length });
    expect(resumed.bins.length).toBeLessThanOrEqual(first.bins.length);
    expect(resumed.bins.length).toBeLessThanOrEqual(Math.floor(resumed.lowerBound.value * 1.01));
    expect(packVectors(problem, { resume: first.bins, budget: 6_000_000 }).bins).toEqual(resumed.bins);
  });

  it('is ignored below the chunking size, where the problem is packed whole as without it', () => {
    const small = estateLike(800, 11);
    const first = packVectors(small, { budget: 0 });
    expect(packVectors(small, { resume: first.bins, budget: 500_000 })).toEqual(packVectors(small, { budget: 500_000 }));
  });
});

describe('packVectors from a warm start', () => {
  const problem = estateLike(800, 11);

  it('repairs a start whose items no longer fit, and packs items it left out', () => {
    const base = packVectors(problem, { budget: 2_000_000 });
    // Every size 10% larger: some bins overflow; and the last item is new.
    const grown: PackingProblem = { ...problem, items: [...problem.items.map((s) => s.map((x, d) => Math.min(x * 1.1, problem.capacity[d]!))), [1, 4, 2]] };
    const warm = packVectors(grown, { start: base.bins, budget: 500_000 });
    expect(packingViolations(grown, warm.bins)).toEqual([]);
    expect(warm.baseline.variant).toBeNull();
    expect(warm.bins.length).toBeGreaterThanOrEqual(warm.lowerBound.value);
  });

  it('empties loose bins when sizes shrink, and stops once within `slack` bins of the bound', () => {
    const base = packVectors(problem, { budget: 2_000_000 });
    const shrunk: PackingProblem = { ...problem, items: problem.items.map((s) => s.map((x) => x * 0.8)) };
    const warm = packVectors(shrunk, { start: base.bins, budget: 0 });
    expect(packingViolations(shrunk, warm.bins)).toEqual([]);
    expect(warm.bins.length).toBeLessThan(base.bins.length);
    const stopped = packVectors(shrunk, { start: base.bins, slack: 1_000 });
    expect(stopped.evaluations).toBe(0);
  });
});
