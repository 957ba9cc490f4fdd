import type { CaseStudy } from '../io/load-case-studies.js';
import type { Evaluation } from '../evaluate.js';
import type { Baseline, Scenario } from '../scenario/scenario.js';
import type { CaseBook, CaseDefinition, CaseFigure, CountingRule } from './case-definition.js';
import { caseScenario } from './case-scenario.js';
import { fillExplanation } from './fill-explanation.js';
import { ruleScenario } from './rule-scenario.js';
import { withCombinedRule } from './with-combined-rule.js';

/** One figure of a case as modelled under another counting rule. */
export interface CaseAlternative {
  rule: string;
  /** "with VMs at installed memory": read after the value. */
  label: string;
  modelled: number | null;
  difference: number | null;
  within: boolean;
}

/** One figure of a case, as reported and as the engine models it. */
export interface CaseFigureComparison {
  figure: CaseFigure;
  /** Hosts as a count; the rest as reductions (0.7 = down 70%). */
  reported: number;
  modelled: number | null;
  /** modelled - reported (hosts) or in percentage points (the rest). */
  difference: number | null;
  tolerance: number;
  within: boolean;
  /** The same figure under each counting rule that bears on it (docs/cases.md), in the book's order. */
  alternatives: CaseAlternative[];
  /** For a figure out of tolerance: what the report most likely counted differently, quoting computed figures. */
  explanation?: string;
}

/** How a case came out under one counting rule: the host model best value chose there, and the baseline. */
export interface CaseRuleRun {
  rule: string;
  hostModel: string;
  baseline: Baseline;
}

export interface CaseReproduction {
  id: string;
  title: string;
  source: string;
  includes: string[];
  reconstruction: string;
  hostModel: string;
  hypervisor: string;
  baseline: Baseline;
  figures: CaseFigureComparison[];
  /** Every counting rule the case was also run under (the combined rule last). */
  ruleRuns: CaseRuleRun[];
  /** Every reported figure within tolerance on the era assumptions. */
  reproduced: boolean;
}

/** The modelled value of each figure a case can report, from one evaluation. */
function modelledFigures(evaluation: Evaluation): Record<CaseFigure, number | null> {
  const { appraisal, plan } = evaluation;
  const before = appraisal.inventory.before.physicalServers;
  const after = appraisal.inventory.after.physicalServers;
  const energy = appraisal.energyChange;
  return {
    hosts: plan.hosts,
    servers: before === 0 ? null : (before - after) / before,
    energy: energy.beforeKwh === 0 ? null : (energy.beforeKwh - energy.afterKwh) / energy.beforeKwh,
    runningCosts: appraisal.savings.runningCosts.percent,
    hardwareAndSoftware: appraisal.savings.hardwareSoftware.percent,
    totalCostOfOwnership: appraisal.savings.totalCostOfOwnership.percent,
  };
}

/** How far a modelled figure is from the reported one, and whether that is within tolerance. */
function compare(figure: CaseFigure, reported: number, modelled: number | null, tolerance: number): { difference: number | null; within: boolean } {
  const difference = modelled === null ? null : figure === 'hosts' ? modelled - reported : (modelled - reported) * 100;
  // A hair of rounding slack so a difference shown as "10.0 points" is never called out of tolerance.
  return { difference, within: difference !== null && Math.abs(difference) <= tolerance + 1e-9 };
}

/**
 * Sets a published case's reported figures beside the engine's for its reconstructed estate,
 * each within the case book's tolerance or not. The main figure is always on the era
 * assumptions; the case is also run under every counting rule of the book (and all of them at
 * once), the same rules for every case, so a gap's explanation rests on computed figures: each
 * figure carries its value under every rule that bears on it, and the explanation of a figure
 * out of tolerance quotes them. A reproduction is never made to fit by switching rules per case.
 *
 * @example reproduceCase(study, definition, book, (scenario) => evaluate({ estate, hosts, assumptions, scenario })).reproduced
 */
export function reproduceCase(study: CaseStudy, definition: CaseDefinition, book: CaseBook, evaluateScenario: (scenario: Scenario) => Evaluation): CaseReproduction {
  const scenario = caseScenario(book, definition);
  const evaluation = evaluateScenario(scenario);
  const modelled = modelledFigures(evaluation);
  const rules: CountingRule[] = withCombinedRule(book.countingRules);
  const runs = rules.map((rule) => ({ rule, evaluation: evaluateScenario(ruleScenario(scenario, rule)) }));
  const underRule = new Map(runs.map((r) => [r.rule.id, modelledFigures(r.evaluation)]));
  const valueOf = (figure: CaseFigure, rule: string) => (rule === 'modelled' ? modelled[figure] : underRule.get(rule)?.[figure]);
  const reported: Partial<Record<CaseFigure, number>> = {
    hosts: study.hostsAfter,
    servers: study.reductions.servers,
    energy: study.reductions.energy,
    runningCosts: study.reductions.runningCosts,
    hardwareAndSoftware: study.reductions.hardwareAndSoftware,
    totalCostOfOwnership: study.reductions.totalCostOfOwnership,
  };
  const figures: CaseFigureComparison[] = [];
  for (const [figure, value] of Object.entries(reported) as [CaseFigure, number | undefined][]) {
    if (value === undefined) continue;
    const tolerance = figure === 'hosts' ? book.tolerance.hosts : book.tolerance.percentagePoints;
    const alternatives = rules
      .filter((rule) => rule.bearsOn.includes(figure))
      .map((rule) => {
        const model = underRule.get(rule.id)![figure];
        return { rule: rule.id, label: rule.label, modelled: model, ...compare(figure, value, model, tolerance) };
      });
    const comparison: CaseFigureComparison = { figure, reported: value, modelled: modelled[figure], ...compare(figure, value, modelled[figure], tolerance), tolerance, alternatives };
    const explanation = definition.explanations[figure];
    if (!comparison.within && explanation !== undefined) comparison.explanation = fillExplanation(explanation, figure, valueOf);
    figures.push(comparison);
  }
  return {
    id: study.id,
    title: study.title,
    source: study.source,
    includes: study.includes,
    reconstruction: definition.reconstruction,
    hostModel: evaluation.scenario.host,
    hypervisor: evaluation.scenario.hypervisor,
    baseline: evaluation.scenario.baseline,
    figures,
    ruleRuns: runs.map((r) => ({ rule: r.rule.id, hostModel: r.evaluation.scenario.host, baseline: r.evaluation.scenario.baseline })),
    reproduced: figures.every((f) => f.within),
  };
}
