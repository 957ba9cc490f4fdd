import { beforeAll, describe, expect, it } from 'vitest';
import { licenceRenewalAnswer } from '../../../bot/answer/licence-renewal-answer.js';
import { evaluate } from '../../../engine/evaluate.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { defaultScenario } from '../../../engine/scenario/default-scenario.js';
import { formatMoney } from '../../../reports/format/numbers.js';

describe("today's VMware subscription in chat", { timeout: 120_000 }, () => {
  let virtual: Inputs;
  let acute: Inputs;
  beforeAll(async () => {
    [virtual, acute] = await Promise.all([loadInputs({ estate: 'sample:virtual' }), loadInputs()]);
  });
  const doNothing = (inputs: Inputs) =>
    evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario: { ...defaultScenario(inputs.scenarios), scope: 'all' }, corePerformance: inputs.corePerformance }).appraisal;

  it('gives the renewal date from the licence records and, year by year, the do-nothing subscription line every what-if uses', () => {
    const appraisal = doNothing(virtual);
    const answer = licenceRenewalAnswer(virtual.estate, appraisal, virtual.assumptions);
    expect(answer.headline).toBe('Your VMware subscription renews on 31 March 2027; no contract price is recorded, so it costs £55.4k a year at the list price of £105 per licensed core a year on 528 cores.');
    const line = appraisal.lines.filter((l) => l.item === 'currentHypervisor' && (l.side === 'baseline' || l.side === 'staying'));
    const perYear = appraisal.cashFlows.map((_, t) => line.reduce((sum, l) => sum + l.byYear[t]!, 0));
    expect(answer.tables[0]!.rows.map((r) => r[1])).toEqual(perYear.map(formatMoney));
  });

  it('says there is nothing to renew when the inventory has no VMware licences or hosts', () => {
    const answer = licenceRenewalAnswer(acute.estate, doNothing(acute), acute.assumptions);
    expect(answer.headline).toBe('The inventory lists no VMware licences and no hosts running VMware, so there is no VMware renewal to cost.');
  });
});
