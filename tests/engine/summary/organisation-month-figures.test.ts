import { beforeAll, describe, expect, it } from 'vitest';
import { monthFigures } from '../../../engine/summary/month-figures.js';
import { organisationMonthFigures, type OrganisationMonthFigures } from '../../../engine/summary/organisation-month-figures.js';
import { evaluatedIcsHistory, northfield, southmead, westbrook } from './ics-history-fixtures.js';

let history: Awaited<ReturnType<typeof evaluatedIcsHistory>>;

beforeAll(async () => {
  history = await evaluatedIcsHistory();
}, 120_000);

const sum = (rows: OrganisationMonthFigures[], pick: (r: OrganisationMonthFigures) => number) => rows.reduce((s, r) => s + pick(r), 0);

describe('one month of sample:ics by organisation', () => {
  it('splits the month\'s running costs to the penny and its energy to the kWh, and counts each trust\'s own servers', () => {
    for (const snapshot of history.evaluated) {
      const month = monthFigures(snapshot);
      const rows = organisationMonthFigures(snapshot.estate, snapshot.asOf, snapshot.evaluation.appraisal, snapshot.organisations!);
      expect(month.byOrganisation).toEqual(rows);
      expect(rows.map((r) => r.organisation)).toEqual([northfield, southmead, westbrook]);
      expect(sum(rows, (r) => r.runningCostPencePerYear)).toBe(month.runningCostPencePerYear);
      expect(sum(rows, (r) => r.energyKwhPerYear)).toBe(Math.round(month.energyKwhPerYear));
      const energyLines = snapshot.evaluation.appraisal.lines.filter((l) => l.item === 'energy' && (l.side === 'baseline' || l.side === 'staying'));
      expect(sum(rows, (r) => r.energyCostPencePerYear)).toBe(energyLines.reduce((s, l) => s + l.byYear[1]!, 0));
      expect(sum(rows, (r) => r.servers.physical)).toBe(month.servers.physical);
      expect(sum(rows, (r) => r.outOfWarranty)).toBe(month.outOfWarranty);
      for (const r of rows) expect(r.servers.total).toBe(snapshot.estate.servers.filter((s) => s.organisation === r.organisation).length);
    }
  });

  it('gives the trust that switches nothing off the same figures every month', () => {
    const southmeads = history.evaluated.map((s) => organisationMonthFigures(s.estate, s.asOf, s.evaluation.appraisal, s.organisations!).find((r) => r.organisation === southmead)!);
    expect(new Set(southmeads.map((r) => r.runningCostPencePerYear)).size).toBe(1);
    // Whole kWh are settled across the trusts, so its rounding may move by one as the others change.
    const kwh = southmeads.map((r) => r.energyKwhPerYear);
    expect(Math.max(...kwh) - Math.min(...kwh)).toBeLessThanOrEqual(1);
  });
});
