import type { Scenario } from '../scenario/scenario.js';
import type { CountingRule } from './case-definition.js';

/**
 * A case's scenario counted another way: the rule's baseline, if it names one, and its overrides
 * on top of everything else (the rule is the one thing that differs from the main figure).
 *
 * @example ruleScenario(caseScenario(book, definition), { id: 'full-refresh', baseline: 'full-refresh', ... })
 */
export function ruleScenario(scenario: Scenario, rule: CountingRule): Scenario {
  return { ...scenario, baseline: rule.baseline ?? scenario.baseline, overrides: { ...scenario.overrides, ...rule.overrides } };
}
