import { BinRoomTree } from './bin-room-tree.js';
import { firstFitDecreasing, ffdVariants, type FfdVariant } from './first-fit-decreasing.js';
import { fillBinsExactly, type ExactFillOptions } from './fill-bins-exactly.js';
import { fillBinsTightly, maxPairedItems, type TightFill } from './fill-bins-tightly.js';
import { improvePacking, type ImproveOptions, type ImproveResult } from './improve-packing.js';
import { rebuildLooseBins } from './rebuild-loose-bins.js';
import { packingLowerBound, type PackingLowerBound } from './packing-lower-bound.js';
import { EPSILON, prepareProblem, subProblem, type Bins, type PackingProblem, type PreparedProblem } from './packing-problem.js';
import { seededRandom } from './seeded-random.js';

export interface PackOptions {
  /** Seed for the improvement phase (default 1). */
  seed?: number;
  /**
   * Work budget in candidate-move evaluations (the exact fill and the minimum-slack start are
   * charged at what their steps cost in those). Default: 20,000 per item, at least 40 million (or
   * 200,000 per item, if less) and at most 200 million: about 0.5 s to 3.5 s on this machine when
   * the lower bound cannot be reached, less on small problems; 7,000 per item for a problem packed
   * in chunks (chunkedBudget); with a start, warmBudget.
   */
  budget?: number;
  /**
   * A packing to start from instead of building one (item indexes per bin; items it leaves out
   * are added): the base plan when a sensitivity re-plan moves one assumption. Items that no
   * longer fit their bin are moved out and first-fitted, largest first, loose bins are emptied
   * where their items fit elsewhere, and the search then runs with a smaller default budget
   * (warmBudget), stopping at the lower bound plus `slack`.
   */
  start?: Bins;
  /**
   * With a start: stop once the packing is within this many bins of its lower bound (default 0).
   * A re-plan given the base plan's own distance from its bound is then as good as the base plan.
   */
  slack?: number;
  /**
   * With a start, above the chunking size: evaluations per bin between the repaired start and the
   * stop, when that is more than `budget` (up to warmBudget). There a search removes one bin for
   * about 400,000 evaluations whatever the problem's size, so a fixed budget that suits a trust's
   * estate removes none from a repaired start tens of bins above its bound.
   */
  gapBudget?: number;
  /**
   * This problem's packing by a budget-0 run (first fit only), when the caller has one already:
   * the host-model screen plans every model so before packing any in full. A problem packed in
   * chunks resumes from it (see resumeChunked); a smaller one is packed whole as without it.
   */
  resume?: Bins;
}

export interface PackingResult {
  /** Item indexes per bin; bins ordered by their smallest item index, items ascending. */
  bins: Bins;
  lowerBound: PackingLowerBound;
  /** The best first-fit-decreasing variant (null: the repaired warm start, or the resumed packing): the baseline the result never exceeds. */
  baseline: { variant: FfdVariant | null; bins: number };
  evaluations: number;
}

/**
 * Fit checks per bin for the minimum-slack start: the budget over the bins, at most 100,000 (the
 * exact fills that exist are found well within that on the split-bin instances, 200-10,000 items),
 * and at least enough for the first-fit branch to run to its end.
 */
const tightFillChecks = (budget: number, bins: number, items: number) =>
  Math.round(Math.max(2 * items, Math.min(100_000, budget / Math.max(1, bins))));

/**
 * Search budget given up per check of the start: a check costs about half a move evaluation, and
 * charging for them keeps the run's time proportional to the budget.
 */
const checkCost = 0.5;

/**
 * Fit checks the minimum-slack start may spend putting off bins it cannot fill to the brim, so
 * that the bins it can fill exactly are taken first and keep their items.
 */
const deferChecks = (budget: number) => Math.round(budget / 4);

/**
 * Up to this many items, half the search budget goes to a second round: the bins the first
 * search left loose are rebuilt by the minimum-slack fill and searched again, keeping the better
 * result. On small problems one long search settles one bin above the optimum and stays there
 * (measured on 200- and 500-item split-bin instances); from 1,000 items it does not pay.
 */
const maxRebuiltItems = 600;
const firstShare = 0.5;

/**
 * The 40-million floor is what 200- and 500-item problems need to reach their optimum (measured
 * on split-bin instances); below 200 items it shrinks with the problem, so a small cluster whose
 * lower bound is out of reach gives up in a fraction of a second instead of searching for two.
 * The 200-million ceiling is reached at 10,000 items: enough to fill bins exactly and still
 * search the rest (3.4 s, within the 5 s target; 100 million left them 8-10 bins further from
 * the optimum).
 */
const defaultBudget = (items: number) => Math.min(200_000_000, Math.max(20_000 * items, Math.min(40_000_000, 200_000 * items)));

/**
 * Packs vectors into as few identical bins as it can: every FFD variant and a minimum-slack fill
 * (which rebuilds bins filled to the brim), the one with fewer bins as the start, then the
 * bin-removing local search (several independent ones, the best kept, when the budget is large
 * for the problem; on small problems a second round from the loose bins rebuilt). On large
 * problems whose items fill many bins exactly, those bins are taken first and the method runs on
 * the items left. Above 5,000 items (10,000 with whole-number sizes) the problem is packed in
 * stratified chunks and then searched whole (packInChunks); with a `start`, that packing is
 * repaired and searched instead. Deterministic for a given problem, seed, budget and start.
 *
 * @example
 * packVectors({ capacity: [10, 10], items: [[6, 2], [5, 5], [4, 8]] }).bins // [[0, 2], [1]]
 */
export function packVectors(problem: PackingProblem, options: PackOptions = {}): PackingResult {
  const p = prepareProblem(problem);
  const lowerBound = packingLowerBound(p);
  const seed = options.seed ?? 1;
  if (options.start) {
    const large = p.count > maxWholeItems;
    const repaired = repairStart(p, options.start, large);
    const stopAt = lowerBound.value + Math.max(0, options.slack ?? 0);
    const given = options.budget ?? warmBudget(p.count);
    // At this size a search removes a bin for about gapBudget evaluations, whatever the budget.
    const budget = large && options.gapBudget ? Math.max(given, Math.min(warmBudget(p.count), options.gapBudget * (repaired.length - stopAt))) : given;
    const improved = repaired.length > stopAt && budget > 0 ? improvePacking(p, repaired, { seed, budget, lowerBound: stopAt }) : { bins: repaired, evaluations: 0 };
    return { bins: canonicalOrder(improved.bins), lowerBound, baseline: { variant: null, bins: repaired.length }, evaluations: improved.evaluations };
  }
  const wholeNumbers = p.count > maxWholeItems && wholeNumberSizes(problem);
  const whole = p.count <= maxWholeItems || (p.count <= maxWholeExactItems && wholeNumbers);
  if (!whole && options.resume) return resumeChunked(p, lowerBound, options.resume, options.budget ?? chunkedBudget(p.count), seed);
  const packed = whole
    ? packWhole(p, lowerBound.value, options.budget ?? defaultBudget(p.count), seed)
    : packInChunks(p, lowerBound.value, options.budget ?? chunkedBudget(p.count), seed, wholeNumbers);
  return { bins: canonicalOrder(packed.bins), lowerBound, baseline: packed.baseline, evaluations: packed.evaluations };
}

/**
 * The whole method on one problem: FFD baseline, exact-first or minimum-slack start, local search.
 * Without `exactStarts` it goes straight from FFD to the search; `structured` says whether the
 * exact-first start beat FFD (the items can fill bins to the brim). `variants`: the FFD variants
 * the baseline tries.
 */
function packWhole(
  p: PreparedProblem,
  lowerBound: number,
  budget: number,
  seed: number,
  exactStarts = true,
  variants: readonly FfdVariant[] = ffdVariants,
): Omit<PackingResult, 'lowerBound'> & { structured: boolean } {
  const baseline = bestFirstFitDecreasing(p, lowerBound, variants);
  const summary = { variant: baseline.variant, bins: baseline.bins.length };
  if (!exactStarts) {
    const searched = baseline.bins.length > lowerBound ? searchAndRebuild(p, baseline.bins, { seed, budget, lowerBound }, budget) : { bins: baseline.bins, evaluations: 0 };
    return { bins: searched.bins, baseline: summary, evaluations: searched.evaluations, structured: false };
  }
  const exact = exactFirst(p, lowerBound, baseline.bins.length, budget, seed);
  if (exact.packed) return { bins: exact.packed.bins, baseline: summary, evaluations: exact.packed.evaluations, structured: true };
  const improved = packFrom(p, baseline.bins, lowerBound, Math.max(0, budget - exact.work), seed);
  return { bins: improved.bins, baseline: summary, evaluations: improved.evaluations, structured: false };
}

/**
 * Above this many items a problem is packed in chunks of at most this many. The whole method
 * costs more than linear time (twelve FFD variants at O(items x bins) each, the exact fill, the
 * minimum-slack start), so on a 50,000-item cluster they spent the budget before the search began;
 * chunks of 5,000 or fewer pack in well under a second each. The Panigrahy instances and the
 * known-optimum ones up to this size pack as before.
 */
const maxWholeItems = 5_000;

/**
 * Up to this many items, a problem whose sizes are all whole numbers is still packed whole: such
 * items can fill bins exactly (the known-optimum benchmark instances are cut from full bins), and
 * dealing them into chunks splits every exact set: at 10,000 items the whole method ended 0.16%
 * ("cuts") and 0.47% ("estate") above the optimum, chunks 0.93% and 4.36%. A real plan's CPU
 * demand is fractional (cores x utilisation x relative core performance), so its clusters chunk.
 */
const maxWholeExactItems = 10_000;

function wholeNumberSizes(problem: PackingProblem): boolean {
  return problem.capacity.every(Number.isInteger) && problem.items.every((item) => item.every(Number.isInteger));
}

/**
 * Budget of a chunked problem, in evaluations per item: about 0.25 ms of search per workload on
 * this machine, which keeps generated 10,000-100,000-server estates within about 1% of the lower
 * bound (measured with bench/scale.ts: 5,000 per item left them 1.3-1.4% above).
 */
const chunkedBudget = (items: number) => 7_000 * items;

/**
 * Packs a large problem as chunks that are each a stratified sample of it: items ordered by their
 * dominant dimension and then size, and dealt round-robin, so every chunk has the same mix of
 * CPU-heavy and memory-heavy, large and small items as the whole, and packs nearly as tightly.
 * Chunks are packed one after another, the items of each one's loosest bins joining the next, and
 * the bin-removing search then runs on the whole with the rest of the budget, moving items across
 * chunk boundaries. Conflicts between chunks hold trivially (different chunks, different bins) and
 * are kept wherever items meet again. The baseline is the chunks' best FFDs summed. The exact
 * fill and the minimum-slack start are tried only when every size is a whole number (`wholeNumbers`):
 * fractional sizes, a real plan's, do not add up to a full bin, and on generated 10,000-50,000-server
 * estates the two never beat FFD in any chunk, while they cost a third of the chunk's time.
 */
function packInChunks(p: PreparedProblem, lowerBound: number, budget: number, seed: number, wholeNumbers: boolean): Omit<PackingResult, 'lowerBound'> {
  const chunks = Math.ceil(p.count / maxWholeItems);
  const dealt: number[][] = Array.from({ length: chunks }, () => []);
  stratifiedOrder(p).forEach((item, k) => dealt[k % chunks]!.push(item));
  const chunkBudget = (budget * chunkShare) / chunks;
  let evaluations = 0;
  let baselineBins = 0;
  let variant: FfdVariant | null | undefined;
  const bins: Bins = [];
  let exactStarts = wholeNumbers;
  let carried: number[] = [];
  dealt.forEach((dealtItems, c) => {
    const items = [...carried, ...dealtItems];
    const sub = subProblem(p, items);
    const bound = packingLowerBound(sub).value;
    const packed = packWhole(sub, bound, chunkBudget, seed + c, exactStarts, budget > 0 ? chunkFfdVariants : quickChunkVariants);
    // Chunks are samples of one population: if the first cannot fill bins exactly, none can, and
    // the exact searches would cost every other chunk part of its search.
    if (c === 0) exactStarts &&= packed.structured;
    evaluations += packed.evaluations;
    baselineBins += packed.baseline.bins;
    variant ??= packed.baseline.variant;
    const chunkBins = packed.bins.map((bin) => bin.map((k) => items[k]!));
    // The loosest bins' items join the next chunk, so the slack a chunk leaves is packed again
    // instead of adding up over the chunks.
    const keep = c === chunks - 1 ? chunkBins.length : Math.max(0, chunkBins.length - carriedBins);
    const byFill = looseLast(p, chunkBins);
    bins.push(...byFill.slice(0, keep));
    carried = byFill.slice(keep).flat();
  });
  const rest = Math.max(0, budget - evaluations);
  const improved = bins.length > lowerBound && rest > 0 ? improvePacking(p, bins, { seed, budget: rest, lowerBound }) : { bins, evaluations: 0 };
  return { bins: improved.bins, baseline: { variant: variant ?? null, bins: baselineBins }, evaluations: evaluations + improved.evaluations };
}

/**
 * Share of a chunked problem's budget the chunks get; the search on the whole problem, which
 * moves items across chunk boundaries, gets the rest (0.5 and 0.8 measured alike on 50,000 items).
 */
const chunkShare = 0.6;

/** Loosest bins of each chunk whose items go on to the next chunk. */
const carriedBins = 3;

/** Item indexes grouped by the dimension each fills most, each group largest first. */
function stratifiedOrder(p: PreparedProblem): number[] {
  const { dims, sizes, volume } = p;
  const dominant = Int32Array.from({ length: p.count }, (_, i) => {
    let best = 0;
    for (let d = 1; d < dims; d++) if (sizes[i * dims + d]! > sizes[i * dims + best]!) best = d;
    return best;
  });
  return Array.from({ length: p.count }, (_, i) => i).sort((a, b) => dominant[a]! - dominant[b]! || volume[b]! - volume[a]! || a - b);
}

/**
 * The FFD variants a chunk runs: ordered by the largest or the sum of sizes, into the first bin
 * that fits or the fullest. On generated 20,000- and 50,000-server estates (chunks of about 5,000
 * items, three host models) no other variant beat the best sum variant in any chunk, and first
 * fit ordered by max did best on the VM-like problem of tests/engine/packing; the dot-product
 * rule and the product and sum-of-squares orders never did better in either, and cost two thirds
 * of a chunk's FFD time.
 */
const chunkFfdVariants = ffdVariants.filter((v) => (v.key === 'max' || v.key === 'sum') && v.fit !== 'dot');

/**
 * The one variant a chunk runs with no search budget (the host-model screen's quick plans, which
 * need the clusters' bounds and a first fit to resume from): ordered by the sum of sizes into the
 * first bin that fits, the one of chunkFfdVariants that gave the fewest bins in every chunk of the
 * 10,000-server generated estate on every catalogue model (the same 4,098 hosts over the seven), at
 * a quarter of their time (about 0.4 s less for the seven quick plans of a comparison).
 */
const quickChunkVariants = chunkFfdVariants.filter((v) => v.key === 'sum' && v.fit === 'first');

function bestFirstFitDecreasing(p: PreparedProblem, lowerBound: number, variants: readonly FfdVariant[] = ffdVariants): { variant: FfdVariant; bins: Bins } {
  let best: { variant: FfdVariant; bins: Bins } | undefined;
  for (const variant of variants) {
    const bins = firstFitDecreasing(p, variant);
    if (!best || bins.length < best.bins.length) best = { variant, bins };
    if (bins.length <= lowerBound) break;
  }
  return best ?? { variant: ffdVariants[0]!, bins: [] };
}

/** The minimum-slack start (when it beats `ffdBins`), then the local search: the whole method below the exact-first size. */
function packFrom(p: PreparedProblem, ffdBins: Bins, lowerBound: number, budget: number, seed: number): ImproveResult {
  const tight = tightStart(p, ffdBins.length, lowerBound, budget);
  const start = tight && tight.bins.length < ffdBins.length ? tight.bins : ffdBins;
  return searchAndRebuild(p, start, { seed, budget: Math.max(0, budget - (tight?.checks ?? 0) * checkCost), lowerBound }, budget);
}

/**
 * From this many items, bins are first filled exactly by the meet-in-the-middle search: beyond
 * the size where the minimum-slack fill indexes pairs, its bounded searches find few exact bins
 * among thousands of items and the local search cannot make up the slack (measured: 2,000- and
 * 5,000-item split-bin instances end 2 and 4-5 bins above the optimum that way, 1 after an
 * exact-first start).
 */
const minExactFirstItems = maxPairedItems + 1;

/** Share of the lower bound in exact bins below which the exact-first start is dropped (items with no exact structure). */
const minExactShare = 0.25;

/**
 * The exact fill's search, tuned on split-bin instances of 1,300-10,000 items: a pool of 1,000
 * items (half a million pairs to index; 1,200 cost so much of a 2,000-item budget that the rest
 * ended up to 2 bins further off), lookups per seed that fill most seeds while many items are
 * left, and an end once fewer than 12 of the last 40 seeds fill.
 */
const exactFillSearch: Omit<ExactFillOptions, 'random'> = {
  pooledItems: 1_000,
  oneCompanionNodes: 2_000,
  twoCompanionNodes: 4_000,
  window: 40,
  minShare: 0.3,
};

/**
 * Search budget given up per unit of work of the exact fill: a lookup or an indexed pair costs
 * about fifteen move evaluations (a cache miss in a table of megabytes, against a few additions).
 */
const exactWorkCost = 15;

/**
 * Bins filled exactly first, then the usual method on the items left (their own FFD, lower bound,
 * minimum-slack start and search), when the problem is large and the exact fill finds enough
 * bins; `packed` is null otherwise, and `work` is the budget the attempt used.
 */
function exactFirst(p: PreparedProblem, lowerBound: number, ffdBins: number, budget: number, seed: number): { packed: ImproveResult | null; work: number } {
  if (p.count < minExactFirstItems || ffdBins <= lowerBound) return { packed: null, work: 0 };
  const exact = fillBinsExactly(p, { random: seededRandom(seed), ...exactFillSearch });
  const work = exact.work * exactWorkCost;
  if (exact.bins.length < minExactShare * lowerBound) return { packed: null, work };
  const rest = subProblem(p, exact.rest);
  const restBound = packingLowerBound(rest).value;
  const restFfd = bestFirstFitDecreasing(rest, restBound).bins;
  const packed = packFrom(rest, restFfd, restBound, Math.max(0, budget - work), seed);
  const bins = [...exact.bins, ...packed.bins.map((b) => b.map((k) => exact.rest[k]!))];
  return { packed: bins.length < ffdBins ? { bins, evaluations: packed.evaluations } : null, work };
}

/**
 * Evaluations per item above which the budget is split between independent searches (seeds
 * seed, seed + 1, ...): on small problems the search settles on one bin too many about as often
 * as not, and which runs do depends on the seed, so several shorter runs beat one long one
 * (measured on 200-item split-bin instances; from 500 items one long run does as well).
 */
const evaluationsPerItemForRestart = 50_000;
const maxSearches = 4;

function searchAndRebuild(p: PreparedProblem, start: Bins, options: ImproveOptions, totalBudget: number): ImproveResult {
  if (p.count > maxRebuiltItems) return independentSearches(p, start, options);
  const first = independentSearches(p, start, { ...options, budget: options.budget * firstShare });
  if (first.bins.length <= options.lowerBound) return first;
  const rebuilt = rebuildLooseBins(p, first.bins, tightFillChecks(totalBudget, options.lowerBound, p.count), deferChecks(totalBudget));
  const rest = Math.max(0, options.budget * (1 - firstShare) - rebuilt.checks * checkCost);
  const second = independentSearches(p, rebuilt.bins, { ...options, seed: options.seed + maxSearches, budget: rest });
  return {
    bins: second.bins.length < first.bins.length ? second.bins : first.bins,
    evaluations: first.evaluations + rebuilt.checks * checkCost + second.evaluations,
  };
}

function independentSearches(p: PreparedProblem, start: Bins, options: ImproveOptions): ImproveResult {
  const searches = Math.max(1, Math.min(maxSearches, Math.floor(options.budget / (evaluationsPerItemForRestart * Math.max(1, p.count)))));
  const share = Math.floor(options.budget / searches);
  let best: ImproveResult | undefined;
  let evaluations = 0;
  for (let k = 0; k < searches; k++) {
    const run = improvePacking(p, start, { ...options, seed: options.seed + k, budget: share });
    evaluations += run.evaluations;
    if (!best || run.bins.length < best.bins.length) best = run;
    if (best.bins.length <= options.lowerBound) break;
  }
  return { bins: best?.bins ?? start, evaluations };
}

/**
 * A problem of the chunked size from its budget-0 packing: a budget-0 run of packInChunks is the
 * chunks' first fit without their searches, so instead of building it again and searching each
 * chunk, the whole problem is searched from it with the whole budget (loose bins emptied first,
 * as for a warm start). Measured on the 10,000-server generated estate: 503 hosts for DL365 (bound
 * 500; 504 packing afresh) and 279 for Synergy 480 (bound 278; 279 afresh), in 0.8-0.9 s instead
 * of 1.2 s.
 */
function resumeChunked(p: PreparedProblem, lowerBound: PackingLowerBound, start: Bins, budget: number, seed: number): PackingResult {
  const repaired = repairStart(p, start, false);
  const improved = repaired.length > lowerBound.value && budget > 0 ? improvePacking(p, repaired, { seed, budget, lowerBound: lowerBound.value }) : { bins: repaired, evaluations: 0 };
  return { bins: canonicalOrder(improved.bins), lowerBound, baseline: { variant: null, bins: start.length }, evaluations: improved.evaluations };
}

/**
 * Default budget from a warm start: the usual one up to the chunking size, where it is at most a
 * couple of seconds; above it 2,000 per item, against 7,000 packing afresh. Measured on 10,000
 * generated servers, each tornado key at its low and high: the repaired start was 1-12% above its
 * new bound, and 1,000 per item left it 0.6-6.6% above (a fresh plan gets within 1-2%), so the
 * search gets twice that here.
 */
const warmBudget = (items: number) => (items > maxWholeItems ? 2_000 * items : defaultBudget(items));

/**
 * A warm start made feasible: each bin keeps its items, largest first, while they fit (sizes may
 * have grown) and do not conflict; the rest, and items the start left out, are first-fitted
 * largest first into the bins, opening new ones when none has room.
 */
function repairStart(p: PreparedProblem, start: Bins, smallItemsFirst: boolean): Bins {
  const { dims, sizes, volume } = p;
  const binOf = new Int32Array(p.count).fill(-1);
  const loads: number[] = [];
  const bins: Bins = [];
  const room = new BinRoomTree(p);
  const fits = (i: number, b: number) => {
    for (let d = 0; d < dims; d++) if (loads[b * dims + d]! + sizes[i * dims + d]! > 1 + EPSILON) return false;
    return !p.conflictsOf[i]!.some((j) => binOf[j] === b);
  };
  // The room tree is first needed once the start's bins are all refilled: until then it is told
  // of each bin once, not of every item.
  let tracking = false;
  const put = (i: number, b: number) => {
    if (b === bins.length) {
      bins.push([]);
      for (let d = 0; d < dims; d++) loads.push(0);
    }
    bins[b]!.push(i);
    binOf[i] = b;
    for (let d = 0; d < dims; d++) loads[b * dims + d]! += sizes[i * dims + d]!;
    if (tracking) room.update(b, loads);
  };
  const largestFirst = (a: number, b: number) => volume[b]! - volume[a]! || a - b;
  const seen = new Uint8Array(p.count);
  const outside: number[] = [];
  for (const members of start) {
    const b = bins.length;
    for (const i of [...members].filter((i) => i >= 0 && i < p.count && seen[i] === 0).sort(largestFirst)) {
      seen[i] = 1;
      if (bins.length === b) put(i, b);
      else if (fits(i, b)) put(i, b);
      else outside.push(i);
    }
    if (bins.length > b) room.update(b, loads);
  }
  tracking = true;
  for (let i = 0; i < p.count; i++) if (seen[i] === 0) outside.push(i);
  for (const i of outside.sort(largestFirst)) {
    const b = room.firstFit(i, (b) => fits(i, b));
    put(i, b < 0 ? bins.length : b);
  }
  return dissolveLooseBins(p, bins, loads, binOf, room, fits, put, smallItemsFirst);
}

/**
 * When sizes shrank (more headroom, less growth) the start's bins have room to spare: the loosest
 * bins are emptied, one at a time, while every item of the next one first-fits into another bin.
 * Without this the search would have to remove those bins one by one. With `smallItemsFirst` (a
 * warm start above the chunking size) the bins whose largest item is smallest are tried first:
 * the shrink leaves about the same room in every bin, which the loosest bins' few large items do
 * not fit, while small items do (10,000 generated servers, growth 5% -> 2%: 453 hosts against a
 * bound of 432, where the loosest-first order stopped at 503 after a run of failures).
 */
function dissolveLooseBins(
  p: PreparedProblem,
  bins: Bins,
  loads: number[],
  binOf: Int32Array,
  room: BinRoomTree,
  fits: (i: number, b: number) => boolean,
  put: (i: number, b: number) => void,
  smallItemsFirst: boolean,
): Bins {
  const { dims, sizes, volume } = p;
  const fill = (b: number) => bins[b]!.reduce((s, i) => s + volume[i]!, 0);
  const largest = (b: number) => bins[b]!.reduce((m, i) => Math.max(m, volume[i]!), 0);
  const order = bins
    .map((_, b) => b)
    .sort(smallItemsFirst ? (a, b) => largest(a) - largest(b) || fill(a) - fill(b) || a - b : (a, b) => fill(a) - fill(b) || a - b);
  const gone = new Uint8Array(bins.length);
  const take = (i: number, b: number) => {
    bins[b]!.splice(bins[b]!.indexOf(i), 1);
    binOf[i] = -1;
    for (let d = 0; d < dims; d++) loads[b * dims + d]! -= sizes[i * dims + d]!;
    room.update(b, loads);
  };
  let failures = 0;
  for (const loose of order) {
    if (failures >= maxDissolveFailures) break;
    const members = [...bins[loose]!].sort((a, b) => volume[b]! - volume[a]! || a - b);
    gone[loose] = 1;
    const moved: [number, number][] = [];
    for (const i of members) {
      take(i, loose);
      const b = room.firstFit(i, (b) => gone[b] === 0 && fits(i, b));
      if (b < 0) {
        // This bin cannot be emptied: put everything back where it was, and give up after a run
        // of such bins (the rest are fuller still).
        for (const [j, to] of moved) {
          take(j, to);
          put(j, loose);
        }
        put(i, loose);
        gone[loose] = 0;
        break;
      }
      put(i, b);
      moved.push([i, b]);
    }
    failures = gone[loose] === 1 ? 0 : failures + 1;
  }
  return bins.filter((_, k) => gone[k] === 0);
}

/** Loose bins in a row that could not be emptied before the dissolving stops. */
const maxDissolveFailures = 32;

/** Bins fullest first (by volume, ties by first item), so the loosest are at the end. */
function looseLast(p: PreparedProblem, bins: Bins): Bins {
  const fill = bins.map((b) => b.reduce((s, i) => s + p.volume[i]!, 0));
  return bins.map((_, b) => b).sort((a, b) => fill[b]! - fill[a]! || bins[a]![0]! - bins[b]![0]!).map((b) => bins[b]!);
}

/**
 * The minimum-slack start, first with a small search per bin; only when that already beats FFD
 * (the items can fill bins to the brim) is the full search worth its share of the budget, which
 * otherwise goes to the local search.
 */
function tightStart(p: PreparedProblem, ffdBins: number, lowerBound: number, budget: number): TightFill | null {
  if (ffdBins <= lowerBound) return null;
  const full = tightFillChecks(budget, lowerBound, p.count);
  const quick = fillBinsTightly(p, Math.min(full, Math.max(2 * p.count, 5_000)));
  if (quick.bins.length >= ffdBins || quick.bins.length <= lowerBound) return quick;
  const thorough = fillBinsTightly(p, full, deferChecks(budget));
  return { bins: thorough.bins.length <= quick.bins.length ? thorough.bins : quick.bins, checks: quick.checks + thorough.checks };
}

function canonicalOrder(bins: Bins): Bins {
  return bins
    .filter((b) => b.length > 0)
    .map((b) => [...b].sort((x, y) => x - y))
    .sort((a, b) => a[0]! - b[0]!);
}
