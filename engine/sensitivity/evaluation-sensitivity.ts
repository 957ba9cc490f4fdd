import type { Estate } from '../estate/estate.js';
import type { Evaluation } from '../evaluate.js';
import type { HostModel } from '../hosts/host-model.js';
import { clusterCache } from '../placement/cluster-cache.js';
import { planScenario } from '../placement/plan-scenario.js';
import type { CorePerformanceTable } from '../sizing/core-performance-table.js';
import { analyseSensitivity, type Sensitivity } from './analyse-sensitivity.js';
import { monteCarlo, type MonteCarloOptions, type MonteCarloResult } from './monte-carlo.js';
import { npvModel, type NpvModel } from './npv-model.js';

export interface EvaluationSensitivityInput {
  estate: Estate;
  hosts: readonly HostModel[];
  evaluation: Evaluation;
  /** The table the evaluation was planned with, so re-plans size servers alike. */
  corePerformance?: CorePerformanceTable;
}

/**
 * The NPV model of an evaluation, re-planning with planScenario when a sizing key moves. The
 * re-plans keep the evaluation's host model: a tornado bar shows how this option's NPV responds
 * to one assumption, and letting "cheapest" switch model within a bar would mix in a second
 * change (and plan every catalogue model again for each bar). They start from the evaluation's
 * plan (a warm start): one assumption moved changes a few hosts' loads, so repairing those and
 * searching briefly, stopping at the new lower bound, costs a fraction of packing afresh.
 */
export function evaluationNpvModel({ estate, hosts, evaluation, corePerformance }: EvaluationSensitivityInput): NpvModel {
  const { scenario, assumptions, plan } = evaluation;
  const onModel = { ...scenario, host: plan.hostModel.model };
  // A sizing change rarely changes which servers fit a host, so the re-plans share their clusters.
  const clusters = clusterCache();
  return npvModel({
    estate, hosts, assumptions, scenario, plan,
    replan: (changed, closeToBound) =>
      planScenario({ estate, hosts, assumptions: changed, scenario: onModel, corePerformance, warmStart: plan, packing: closeToBound ? barPacking : sensitivityPacking, clusters }),
  });
}

/**
 * Packing effort of a sensitivity re-plan: a bounded search from the warm start. Every chat
 * answer states the Monte Carlo's median and P(NPV < 0), which re-plans up to eight times; a
 * host model whose plan cannot reach its lower bound would otherwise search its full budget each
 * time (seconds apiece). On the sample trust this budget gave the same median and P(NPV < 0) as
 * the full default budget, in 0.5 s instead of 10 s for a DL380 whole-estate plan (bench/ask.ts).
 */
export const sensitivityPacking = { budget: 400_000 };

/**
 * Packing effort of a tornado bar's re-plan: as sensitivityPacking, but above the packer's
 * chunking size (5,000 workloads in a cluster) the search gets 150,000 evaluations for each bin
 * between the repaired start and its stop (PackOptions.gapBudget), up to 2,000 per workload. A
 * fixed 400,000 removes no bin at that size: at 10,000 servers the bars of headroom and growth
 * were 4-9% above their bounds, overstating what those changes cost; with this they are within
 * 0.6-3.7% (`npm run bench -- tornado-gaps`) for about 0.4 s. 400,000 a bin brought them within
 * 3% but cost 0.7 s, which tco at 10,000 servers (6 s) cannot carry. Break-even and Monte Carlo
 * re-plan many times more (four steps of false position, 2^k levels) and keep the fixed budget.
 */
export const barPacking = { ...sensitivityPacking, gapBudget: 150_000 };

/**
 * Tornado, break-even and Monte Carlo for an evaluation's option.
 *
 * @example evaluationSensitivity({ estate, hosts, evaluation: evaluate({ estate, hosts, assumptions, scenario }) }).monteCarlo.probabilityPositive
 */
export function evaluationSensitivity(input: EvaluationSensitivityInput, options: MonteCarloOptions & { breakEvenCount?: number } = {}): Sensitivity {
  return analyseSensitivity(evaluationNpvModel(input), options);
}

/**
 * The uncertainty every front end states beside the point NPV: the standard Monte Carlo
 * (standardDraws, standardSeed) of the evaluation's option, so chat, paper, summary and `tco`
 * quote the same median and P(NPV < 0).
 *
 * @example const { p50, probabilityNegative } = evaluationUncertainty({ estate, hosts, evaluation });
 */
export function evaluationUncertainty(input: EvaluationSensitivityInput): MonteCarloResult {
  return monteCarlo(evaluationNpvModel(input));
}
