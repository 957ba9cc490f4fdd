import { describe, expect, it } from 'vitest';
import type { CaseFigure } from '../../../engine/cases/case-definition.js';
import { explanationPlaceholders, fillExplanation } from '../../../engine/cases/fill-explanation.js';

const values: Record<string, Partial<Record<CaseFigure, number | null>>> = {
  modelled: { hosts: 1, hardwareAndSoftware: -0.394 },
  'no-san': { hardwareAndSoftware: 0.249, totalCostOfOwnership: 0.004 },
};
const valueOf = (figure: CaseFigure, rule: string) => values[rule]?.[figure];

describe('fillExplanation', () => {
  it('quotes a count with its noun and a reduction as lower or higher, rounded to a whole percent', () => {
    expect(fillExplanation('{hosts@modelled}; {@modelled}; {@no-san}; TCO {totalCostOfOwnership@no-san}', 'hardwareAndSoftware', valueOf))
      .toBe('1 host; 39% higher; 25% lower; TCO about the same');
  });

  it('refuses a placeholder the case was not run under', () => {
    expect(() => fillExplanation('{@full-refresh}', 'hosts', valueOf)).toThrow('{@full-refresh} names a figure or rule the case was not run under');
  });

  it('lists the placeholders as written, for the case book to check', () => {
    expect(explanationPlaceholders('a {@no-san} b {hosts@modelled}')).toEqual([{ text: '@no-san', rule: 'no-san' }, { text: 'hosts@modelled', figure: 'hosts', rule: 'modelled' }]);
  });
});
