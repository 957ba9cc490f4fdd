import { fillBinsTightly, type TightFill } from './fill-bins-tightly.js';
import { EPSILON, subProblem, type Bins, type PreparedProblem } from './packing-problem.js';

/**
 * Keeps the bins filled to the brim in every dimension and rebuilds the others with the
 * minimum-slack fill (putting off seeds it cannot fill exactly). Local search leaves its slack
 * spread thinly over many bins; rebuilding just their items gives it another start, one whose
 * exact bins are already in place.
 */
export function rebuildLooseBins(p: PreparedProblem, bins: Bins, checksPerBin: number, deferChecks: number): TightFill {
  const { dims, sizes } = p;
  const full: Bins = [];
  const loose: number[] = [];
  for (const members of bins) {
    let brim = true;
    for (let d = 0; d < dims && brim; d++) {
      let load = 0;
      for (const i of members) load += sizes[i * dims + d]!;
      brim = load >= 1 - EPSILON;
    }
    if (brim) full.push(members);
    else loose.push(...members);
  }
  const rebuilt = fillBinsTightly(subProblem(p, loose), checksPerBin, deferChecks);
  return { bins: [...full, ...rebuilt.bins.map((b) => b.map((k) => loose[k]!))], checks: rebuilt.checks };
}
