import type { CaseStudy } from '../io/load-case-studies.js';
import type { Evaluation } from '../evaluate.js';
import type { CaseBook, CaseDefinition, CaseFigure } from './case-definition.js';

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
  /** For a figure out of tolerance: what the report most likely counted differently. */
  explanation?: string;
}

export interface CaseReproduction {
  id: string;
  title: string;
  source: string;
  includes: string[];
  reconstruction: string;
  hostModel: string;
  hypervisor: string;
  baseline: string;
  figures: CaseFigureComparison[];
  /** Every reported figure within tolerance. */
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

/**
 * Sets a published case's reported figures beside the engine's for its reconstructed estate,
 * each within the case book's tolerance or not; a figure out of tolerance carries the case's
 * explanation of what the report most likely counted differently (a reproduction must never be
 * made to fit by tuning assumptions, so the gap is stated, not hidden).
 *
 * @example reproduceCase(study, definition, book, evaluate({ estate, hosts, assumptions, scenario: definition.scenario })).reproduced
 */
export function reproduceCase(study: CaseStudy, definition: CaseDefinition, book: CaseBook, evaluation: Evaluation): CaseReproduction {
  const modelled = modelledFigures(evaluation);
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
    const model = modelled[figure];
    const isCount = figure === 'hosts';
    const tolerance = isCount ? book.tolerance.hosts : book.tolerance.percentagePoints;
    const difference = model === null ? null : isCount ? model - value : (model - value) * 100;
    // A hair of rounding slack so a difference shown as "10.0 points" is never called out of tolerance.
    const within = difference !== null && Math.abs(difference) <= tolerance + 1e-9;
    const comparison: CaseFigureComparison = { figure, reported: value, modelled: model, difference, tolerance, within };
    const explanation = definition.explanations[figure];
    if (!within && explanation !== undefined) comparison.explanation = explanation;
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
    reproduced: figures.every((f) => f.within),
  };
}
