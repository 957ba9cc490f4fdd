import { firstFitDecreasing, ffdVariants, type FfdVariant } from './first-fit-decreasing.js';
import { fillBinsTightly } from './fill-bins-tightly.js';
import { improvePacking } from './improve-packing.js';
import { packingLowerBound, type PackingLowerBound } from './packing-lower-bound.js';
import { prepareProblem, type Bins, type PackingProblem } from './packing-problem.js';

export interface PackOptions {
  /** Seed for the improvement phase (default 1). */
  seed?: number;
  /**
   * Work budget of the improvement phase in candidate-move evaluations. Default: 20,000 per item,
   * at least 40 million and at most 100 million (about 0.5 s to 2 s of search on this machine).
   */
  budget?: number;
}

export interface PackingResult {
  /** Item indexes per bin; bins ordered by their smallest item index, items ascending. */
  bins: Bins;
  lowerBound: PackingLowerBound;
  /** The best first-fit-decreasing variant: the baseline the improvement phase starts from. */
  baseline: { variant: FfdVariant; bins: number };
  evaluations: number;
}

/**
 * Fit checks per bin for the minimum-slack start: a fifth of the search budget over the bins
 * (a check costs less than a move evaluation), within limits that keep the start a small share
 * of the run.
 */
const tightFillChecks = (budget: number, bins: number) => Math.round(Math.min(100_000, Math.max(1_000, budget / (5 * Math.max(1, bins)))));

const defaultBudget = (items: number) => Math.min(100_000_000, Math.max(40_000_000, 20_000 * items));

/**
 * Packs vectors into as few identical bins as it can: every FFD variant, the best as the start,
 * then the bin-removing local search. Deterministic for a given problem, seed and budget.
 *
 * @example
 * packVectors({ capacity: [10, 10], items: [[6, 2], [5, 5], [4, 8]] }).bins // [[0, 2], [1]]
 */
export function packVectors(problem: PackingProblem, options: PackOptions = {}): PackingResult {
  const p = prepareProblem(problem);
  const lowerBound = packingLowerBound(p);
  let baseline: { variant: FfdVariant; bins: Bins } | undefined;
  for (const variant of ffdVariants) {
    const bins = firstFitDecreasing(p, variant);
    if (!baseline || bins.length < baseline.bins.length) baseline = { variant, bins };
    if (bins.length <= lowerBound.value) break;
  }
  const ffdBins = baseline?.bins ?? [];
  const budget = options.budget ?? defaultBudget(p.count);
  const tight = ffdBins.length > lowerBound.value ? fillBinsTightly(p, tightFillChecks(budget, lowerBound.value)) : ffdBins;
  const start = tight.length < ffdBins.length ? tight : ffdBins;
  const improved = improvePacking(p, start, {
    seed: options.seed ?? 1,
    budget,
    lowerBound: lowerBound.value,
  });
  return {
    bins: canonicalOrder(improved.bins),
    lowerBound,
    baseline: { variant: baseline?.variant ?? ffdVariants[0]!, bins: ffdBins.length },
    evaluations: improved.evaluations,
  };
}

function canonicalOrder(bins: Bins): Bins {
  return bins
    .filter((b) => b.length > 0)
    .map((b) => [...b].sort((x, y) => x - y))
    .sort((a, b) => a[0]! - b[0]!);
}
