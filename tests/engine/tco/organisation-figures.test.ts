import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type Evaluation } from '../../../engine/evaluate.js';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';
import { netPresentValue } from '../../../engine/tco/net-present-value.js';
import { organisationFigures, type OrganisationFigures } from '../../../engine/tco/organisation-figures.js';
import { splitByOrganisation, type OrganisationShare } from '../../../engine/tco/split-by-organisation.js';

let evaluation: Evaluation;
let shares: OrganisationShare[];
let figures: OrganisationFigures;

beforeAll(async () => {
  const ics = await loadInputs({ estate: 'sample:ics' });
  const scenario = scenarioSchema.parse({ name: 'ics', host: 'cheapest', separateSites: true });
  evaluation = evaluate({ estate: ics.estate, hosts: ics.hosts, assumptions: ics.assumptions, scenario, corePerformance: ics.corePerformance });
  shares = splitByOrganisation({ estate: ics.estate, hosts: ics.hosts, assumptions: evaluation.assumptions, scenario: evaluation.scenario, plan: evaluation.plan, appraisal: evaluation.appraisal });
  figures = organisationFigures(evaluation.appraisal, shares, evaluation.assumptions);
}, 60_000);

describe('organisationFigures on sample:ics', () => {
  it('has a total row equal to the appraisal\'s headline figures', () => {
    const a = evaluation.appraisal;
    expect(figures.total).toMatchObject({
      capital: a.finance.capital.requirement,
      cashSaving: a.finance.recurringSavings.fullYear.cashReleasing,
      nonCashSaving: a.finance.recurringSavings.fullYear.nonCashReleasing,
      npv: a.npv,
      saving: a.doNothing.sum - a.withOption.sum,
      serversMoved: a.servers.moved,
      beforeKwh: Math.round(a.energyChange.beforeKwh),
      afterKwh: Math.round(a.energyChange.afterKwh),
    });
    expect(figures.fullYear).toBe(a.finance.recurringSavings.fullYear.financialYear);
  });

  it('gives every trust whole-pence figures that add up exactly to the total', () => {
    expect(figures.rows.map((r) => r.organisation)).toEqual(['Northfield Hospitals NHS Trust', 'Southmead Community Health NHS Trust', 'Westbrook Mental Health NHS Trust']);
    for (const key of ['capital', 'cashSaving', 'nonCashSaving', 'saving', 'npv', 'beforeKwh', 'afterKwh', 'serversMoved'] as const) {
      for (const r of figures.rows) expect(Number.isInteger(r[key]), key).toBe(true);
      expect(figures.rows.reduce((s, r) => s + r[key], 0), key).toBe(figures.total[key]);
    }
  });

  it('moves each trust\'s NPV from its own discounted cash flows by no more than rounding', () => {
    const years = evaluation.appraisal.years.length;
    figures.rows.forEach((row, k) => {
      const own = shares[k]!;
      const exact = netPresentValue(own.doNothing.map((d, t) => d - own.withOption[t]!), evaluation.appraisal.discountRate).npv;
      expect(Math.abs(row.npv - exact)).toBeLessThanOrEqual(years);
      expect(row.capital).toBeGreaterThan(0);
    });
  });

  it('gives each trust its own payback, the total row the appraisal\'s, and a trust consolidated alone the appraisal\'s too', async () => {
    expect(figures.total.paybackMonths).toBe(evaluation.appraisal.paybackMonths);
    for (const r of figures.rows) expect(r.paybackMonths === null || (Number.isInteger(r.paybackMonths) && r.paybackMonths > 0)).toBe(true);
    const ics = await loadInputs({ estate: 'sample:ics' });
    const scenario = scenarioSchema.parse({ name: 'westbrook', host: 'cheapest', separateSites: true, scope: 'organisation="Westbrook Mental Health NHS Trust"' });
    const alone = evaluate({ estate: ics.estate, hosts: ics.hosts, assumptions: ics.assumptions, scenario, corePerformance: ics.corePerformance });
    const split = organisationFigures(alone.appraisal, splitByOrganisation({ estate: ics.estate, hosts: ics.hosts, assumptions: alone.assumptions, scenario: alone.scenario, plan: alone.plan, appraisal: alone.appraisal }), alone.assumptions);
    expect(split.rows.find((r) => r.organisation === 'Westbrook Mental Health NHS Trust')!.paybackMonths).toBe(alone.appraisal.paybackMonths);
  }, 60_000);
});
