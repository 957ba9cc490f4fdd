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
  it('quotes the energy cut of the servers consolidated, not of the whole estate', () => {
    const year = wards.appraisal.energy[0]!;
    const facts = whatIfFacts(wards);
    // The servers that stay use the same energy either way, so the kWh saved is the same...
    expect(facts.kwhSaved).toBeCloseTo(year.movedBeforeKwh - year.movedAfterKwh, 6);
    // ...but the percentage is of the consolidated servers' own energy.
    expect(facts.energyCut).toBeCloseTo((year.movedBeforeKwh - year.movedAfterKwh) / year.movedBeforeKwh, 9);
    expect(facts.energyCut).toBeGreaterThan((year.beforeKwh - year.afterKwh) / year.beforeKwh);
  });

  it('says the energy cut in the headline as a share of those servers', () => {
    const answer = whatIfAnswer(wards, 'Ward systems');
    const pct = Math.round(whatIfFacts(wards).energyCut * 100);
    expect(answer.headline).toContain(`cuts their energy ${pct}%`);
  });
});
