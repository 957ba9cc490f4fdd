import { compareOptions, type AppraisedOption, type CompareOptionsInput, type OptionComparison } from './compare-options.js';
import { ScenarioError } from './errors.js';
import type { Pence } from './money.js';
import { hostModelCost, rankingOrder, type RankingKey } from './placement/rank-host-models.js';
import { defaultHypervisor, type Hypervisor } from './scenario/scenario.js';

/** One option by its host model and hypervisor, with its NPV. */
export interface OptionRef {
  hostModel: string;
  hypervisor: Hypervisor;
  npv: Pence;
}

/**
 * How the option's host model and hypervisor were chosen, and what the reader should know:
 * - `best-value`: highest NPV among the candidates, with the runner-up and the margin;
 * - `cheapest`: lowest hardware cost; `betterValue` names a higher-NPV option when one exists;
 * - `given`: both named by the scenario.
 */
export interface OptionSelection {
  rule: 'best-value' | 'cheapest' | 'given';
  chosen: OptionRef;
  runnerUp?: OptionRef;
  /** chosen.npv - runnerUp.npv. */
  margin?: Pence;
  /** The option with the highest NPV among the same candidates, when it is not the chosen one. */
  betterValue?: OptionRef;
  /** How many host model x hypervisor options were compared (appraised, or screened out by their best case). */
  candidates: number;
}

const ref = (o: AppraisedOption): OptionRef => ({ hostModel: o.hostModel, hypervisor: o.hypervisor, npv: o.npv });

/**
 * The option a scenario resolves to. "best-value" appraises every candidate host model x
 * hypervisor (within what the scenario fixes) and keeps the highest NPV: choosing by value needs
 * the plan and the appraisal, so it lives here, above placement and TCO, not in placement.
 * "cheapest" keeps placement's lowest-hardware-cost model and names a better-value option if
 * there is one. Returns the winner's plan and appraisal so nothing is computed twice; the
 * comparison ranks only the options that could be chosen (first or second under best value;
 * the cheapest hardware and the best NPV under "cheapest").
 *
 * @example chooseOption({ estate, hosts, assumptions, scenario }).selection.chosen.hostModel
 */
export function chooseOption(input: CompareOptionsInput): { option: AppraisedOption; selection: OptionSelection; comparison: OptionComparison } {
  const { scenario } = input;
  const host = scenario.host.trim().toLowerCase();
  // Best value needs only the winner and the runner-up exactly; "cheapest" needs the model with
  // the cheapest hardware and the best NPV (to name a better-value option when there is one).
  const comparison =
    host === 'cheapest' ? compareOptions({ ...input, scenario: { ...scenario, host: 'best-value' } }, { keep: 1, cheapestHardware: true }) : compareOptions(input, { keep: 2 });
  const ranked = comparison.ranked;
  const candidates = ranked.length + comparison.screened;
  if (ranked.length === 0) {
    const reasons = comparison.infeasible.map((i) => `${i.hostModel}: ${i.reason}`).join('; ');
    throw new ScenarioError('host', `no host model in the catalogue can carry this scenario (${reasons})`);
  }
  const best = ranked[0]!;
  if (host === 'cheapest') {
    const cheapestModel = cheapestHardware(ranked);
    const hypervisor = scenario.hypervisor === 'best-value' ? defaultHypervisor : scenario.hypervisor;
    const option = ranked.find((o) => o.hostModel === cheapestModel && o.hypervisor === hypervisor) ?? ranked.find((o) => o.hostModel === cheapestModel)!;
    return { option, comparison, selection: withBetter({ rule: 'cheapest', chosen: ref(option), candidates }, option, best) };
  }
  const fixed = host !== 'best-value' && scenario.hypervisor !== 'best-value';
  if (fixed) return { option: best, comparison, selection: { rule: 'given', chosen: ref(best), candidates } };
  const runnerUp = ranked[1];
  return {
    option: best,
    comparison,
    selection: {
      rule: 'best-value',
      chosen: ref(best),
      ...(runnerUp ? { runnerUp: ref(runnerUp), margin: best.npv - runnerUp.npv } : {}),
      candidates,
    },
  };
}

function withBetter(selection: OptionSelection, chosen: AppraisedOption, best: AppraisedOption): OptionSelection {
  return best.npv > chosen.npv ? { ...selection, betterValue: ref(best) } : selection;
}

/** The host model placement's "cheapest" rule ranks first: fewest unplaced, then lowest purchase + support over the horizon. */
function cheapestHardware(ranked: readonly AppraisedOption[]): string {
  const key = (o: AppraisedOption): RankingKey => {
    const { capitalPence, supportPence } = hostModelCost(o.plan.hostModel, o.hosts, o.appraisal.horizonYears);
    return { unplaced: o.plan.unplaced.length, costPence: capitalPence + supportPence, hosts: o.hosts, model: o.hostModel };
  };
  return [...ranked].sort((a, b) => rankingOrder(key(a), key(b)))[0]!.hostModel;
}
