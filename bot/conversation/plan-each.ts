import { UnsprawlError } from '../../engine/errors.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import type { CompareOption } from '../answer/compare-answer.js';
import type { EvaluationResult } from '../answer/what-if-answer.js';

/**
 * Evaluates each option; one the engine refuses (a workload too big for a host model, a scope
 * that matches nothing) is kept as refused with the engine's reason, so a comparison still
 * answers for the others.
 */
export function planEach(candidates: readonly { label: string; scenario: Scenario }[], run: (scenario: Scenario) => EvaluationResult): CompareOption[] {
  return candidates.map(({ label, scenario }) => {
    try {
      return { label, evaluation: run(scenario) };
    } catch (error) {
      if (error instanceof UnsprawlError) return { label, refused: error.message };
      throw error;
    }
  });
}
