import { describe, expect, it } from 'vitest';
import { caseBookSchema } from '../../../engine/cases/case-definition.js';

const book = (explanation: string, ruleId = 'no-san') => ({
  eraYear: 2008,
  tolerance: { hosts: 1, percentagePoints: 10 },
  era: {},
  countingRules: [{ id: ruleId, label: 'without the SAN', description: 'Storage apart.', overrides: { 'storage.arrayBaseCost': 0 }, bearsOn: ['hardwareAndSoftware'] }],
  cases: [{ id: 'c', estate: 'c.csv', hosts: 'h.csv', scenario: { name: 'C' }, reconstruction: 'C.', explanations: { hardwareAndSoftware: explanation } }],
});

describe('caseBookSchema', () => {
  it('accepts explanations quoting the book\'s rules, the era figure and all rules at once', () => {
    expect(caseBookSchema.safeParse(book('{@modelled}, {@no-san}, {totalCostOfOwnership@all-rules}')).success).toBe(true);
  });

  it('refuses a placeholder naming a rule or figure the book does not have, saying where and what was expected', () => {
    const result = caseBookSchema.safeParse(book('{@no-storage} and {tco@no-san}'));
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toContain('cases.0.explanations.hardwareAndSoftware: {@no-storage} names rule "no-storage"; expected one of modelled, all-rules, no-san');
    expect(issues.some((i) => i.includes('{tco@no-san} names figure "tco"'))).toBe(true);
  });

  it('keeps "modelled" and "all-rules" for the era assumptions and the combination', () => {
    expect(caseBookSchema.safeParse(book('x', 'modelled')).success).toBe(false);
    expect(caseBookSchema.safeParse(book('x', 'all-rules')).success).toBe(false);
  });
});
