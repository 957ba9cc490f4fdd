import { ScenarioError } from '../errors.js';
import { allRulesId, caseFigures, type CountingRule } from './case-definition.js';

/**
 * The counting rules followed by all of them at once (`all-rules`), since a report may have
 * counted differently in more than one way; the combination is fixed, not chosen per case. Two
 * rules that set the same assumption or baseline differently cannot be combined.
 *
 * @example withCombinedRule(book.countingRules).map((r) => r.id) // [..., 'all-rules']
 */
export function withCombinedRule(rules: readonly CountingRule[]): CountingRule[] {
  if (rules.length < 2) return [...rules];
  const overrides: Record<string, number> = {};
  let baseline: CountingRule['baseline'];
  for (const rule of rules) {
    for (const [key, value] of Object.entries(rule.overrides)) {
      if (key in overrides && overrides[key] !== value) throw new ScenarioError('countingRules', `counting rules set ${key} to both ${overrides[key]} and ${value}; they cannot be applied at once`);
      overrides[key] = value;
    }
    if (rule.baseline !== undefined) {
      if (baseline !== undefined && baseline !== rule.baseline) throw new ScenarioError('countingRules', `counting rules choose both the ${baseline} and the ${rule.baseline} baseline; they cannot be applied at once`);
      baseline = rule.baseline;
    }
  }
  const combined: CountingRule = {
    id: allRulesId,
    label: `with all ${rules.length} rules at once`,
    description: `Every rule above applied together: ${rules.map((r) => r.label).join('; ')}.`,
    ...(baseline !== undefined ? { baseline } : {}),
    overrides,
    bearsOn: caseFigures.filter((f) => rules.some((r) => r.bearsOn.includes(f))),
  };
  return [...rules, combined];
}
