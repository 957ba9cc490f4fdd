import { beforeAll, describe, expect, it } from 'vitest';
import { whatIfAnswer, whatIfFacts } from '../../../bot/answer/what-if-answer.js';
import { evaluate, type Evaluation } from '../../../engine/evaluate.js';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';

let wards: Evaluation;
beforeAll(async () => {
  const inputs = await loadInputs();
  const scenario = scenarioSchema.parse({ name: 'ward-systems', scope: 'service="Ward systems"' });
  wards = evaluate({ ...inputs, scenario });
});

describe('the what-if answer', () => {
  it('quotes the energy cut on one basis, the whole estate, as every front end does', () => {
    const year = wards.appraisal.energy[0]!;
    const facts = whatIfFacts(wards);
    expect(facts.kwhSaved).toBeCloseTo(year.beforeKwh - year.afterKwh, 6);
    expect(facts.energyCut).toBeCloseTo((year.beforeKwh - year.afterKwh) / year.beforeKwh, 9);
    expect(wards.appraisal.energyChange.basis).toBe('whole estate');
  });

  it("says the energy cut in the headline with its basis, and the finance view's capital and cash saving", () => {
    const answer = whatIfAnswer(wards, 'Ward systems');
    const facts = whatIfFacts(wards);
    const pct = Math.round(facts.energyCut! * 100);
    expect(answer.headline).toContain(`cuts the whole estate's server energy ${pct}%`);
    expect(facts.capital).toBe(wards.appraisal.finance.capital.requirement);
    expect(facts.cashSaving).toBe(wards.appraisal.finance.recurringSavings.fullYear.cashReleasing);
    expect(answer.figures.find((f) => f.label.startsWith('Capital'))?.raw).toBe(facts.capital);
  });

  it('labels the cash flows by financial year and the reconciliation adds up to the total saving', () => {
    const answer = whatIfAnswer(wards, 'Ward systems');
    const [reconciliation, cashFlows] = answer.tables;
    expect(cashFlows!.rows.map((r) => r[0])).toEqual(wards.appraisal.financialYears);
    expect(reconciliation!.rows.at(-1)).toEqual(['Total saving', '', '', expect.stringMatching(/£/)]);
  });
});
