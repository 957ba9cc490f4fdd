import { beforeAll, describe, expect, it } from 'vitest';
import { monthlySummary, type MonthlySummary } from '../../../engine/summary/monthly-summary.js';
import type { OrganisationProgressRow } from '../../../engine/summary/organisation-progress.js';
import { evaluatedIcsHistory, northfield, southmead, westbrook } from './ics-history-fixtures.js';

let history: Awaited<ReturnType<typeof evaluatedIcsHistory>>;
let june: MonthlySummary;

beforeAll(async () => {
  history = await evaluatedIcsHistory();
  june = monthlySummary({ month: '2026-06', snapshots: history.evaluated, plan: history.plan, warrantyWindowDays: 365 });
}, 120_000);

const columns = ['servers', 'physical', 'switchedOffThisMonth', 'energyKwhPerYear', 'energyCostPencePerYear', 'runningCostPencePerYear', 'warrantyExpiring'] as const;
const planColumns = ['actualServersOff', 'realisedSavingPencePerYear', 'plannedServersOff', 'forecastSavingPencePerYear'] as const;
const sum = (rows: OrganisationProgressRow[], pick: (r: OrganisationProgressRow) => number | undefined) => rows.reduce((s, r) => s + (pick(r) ?? Number.NaN), 0);
const count = (ids: Record<string, string[]>, organisation: string) => ids[organisation]?.length ?? 0;

describe('the monthly summary of an integrated care system (sample:ics, three trusts)', () => {
  it('has a row per trust whose every column adds up exactly to the total row', () => {
    const o = june.organisations!;
    expect(o.rows.map((r) => r.organisation)).toEqual([northfield, southmead, westbrook]);
    for (const key of columns) expect(sum(o.rows, (r) => r[key]), key).toBe(o.total[key]);
    for (const key of planColumns) expect(sum(o.rows, (r) => r.plan?.[key]), key).toBe(o.total.plan?.[key]);
    for (const r of o.rows) for (const key of columns) expect(Number.isInteger(r[key]), `${r.organisation} ${key}`).toBe(true);
  });

  it('has a total row that is the summary\'s own totals, from the engine', () => {
    const { total } = june.organisations!;
    const appraisal = history.evaluated[2]!.evaluation.appraisal;
    const energyCost = appraisal.lines.filter((l) => l.item === 'energy' && l.side !== 'option').reduce((s, l) => s + l.byYear[1]!, 0);
    expect(total).toEqual({
      organisation: 'Total',
      servers: june.current.servers.total,
      physical: june.current.servers.physical,
      switchedOffThisMonth: 5,
      energyKwhPerYear: Math.round(june.current.energyKwhPerYear),
      energyCostPencePerYear: energyCost,
      runningCostPencePerYear: june.current.runningCostPencePerYear,
      warrantyExpiring: june.warrantyExpiring.length,
      plan: {
        actualServersOff: june.plan!.actualServersOff,
        realisedSavingPencePerYear: june.plan!.realisedSavingPencePerYear,
        plannedServersOff: 15,
        forecastSavingPencePerYear: 4_000_000,
      },
    });
    expect(june.plan!.actualServersOff).toBe(14);
    expect(total.warrantyExpiring).toBeGreaterThan(0);
  });

  it('counts for each trust the servers of that trust switched off, this month and since the baseline', () => {
    const { may, jun } = { may: history.months['2026-05']!, jun: history.months['2026-06']! };
    const byTrust = new Map(june.organisations!.rows.map((r) => [r.organisation, r]));
    for (const trust of [northfield, southmead, westbrook]) {
      const thisMonth = count(jun.retired, trust) + count(jun.virtualised, trust);
      const toDate = thisMonth + count(may.retired, trust) + count(may.virtualised, trust);
      expect(byTrust.get(trust), trust).toMatchObject({ switchedOffThisMonth: thisMonth, plan: { actualServersOff: toDate } });
    }
    expect(byTrust.get(northfield)).toMatchObject({ switchedOffThisMonth: 2, plan: { actualServersOff: 9, plannedServersOff: 9, forecastSavingPencePerYear: 2_500_000 } });
    expect(byTrust.get(westbrook)).toMatchObject({ switchedOffThisMonth: 3, plan: { actualServersOff: 5, plannedServersOff: 4 } });
    expect(byTrust.get(southmead)).toMatchObject({ switchedOffThisMonth: 0, plan: { actualServersOff: 0, plannedServersOff: 2, realisedSavingPencePerYear: 0 } });
  });

  it('gives each trust its own servers and the saving of its own switch-offs', () => {
    const estate = history.evaluated[2]!.estate;
    const byTrust = new Map(june.organisations!.rows.map((r) => [r.organisation, r]));
    for (const trust of [northfield, southmead, westbrook]) {
      const own = estate.servers.filter((s) => s.organisation === trust);
      expect(byTrust.get(trust), trust).toMatchObject({ servers: own.length, physical: own.filter((s) => s.kind === 'physical').length });
    }
    // Retiring servers cuts the trust's running costs; the untouched trust's stay as they were.
    expect(byTrust.get(northfield)!.plan!.realisedSavingPencePerYear).toBeGreaterThan(0);
    expect(byTrust.get(westbrook)!.plan!.realisedSavingPencePerYear).toBeGreaterThan(0);
  });

  it('keeps the plan\'s pence split of May (£15,000.50 + £4,999.50) and plans none for a trust it leaves out', () => {
    const may = monthlySummary({ month: '2026-05', snapshots: history.evaluated, plan: history.plan });
    const byTrust = new Map(may.organisations!.rows.map((r) => [r.organisation, r]));
    expect(byTrust.get(northfield)!.plan).toMatchObject({ plannedServersOff: 6, forecastSavingPencePerYear: 1_500_050, actualServersOff: 7 });
    expect(byTrust.get(southmead)!.plan).toMatchObject({ plannedServersOff: 0, forecastSavingPencePerYear: 0 });
    expect(may.organisations!.total.plan).toMatchObject({ plannedServersOff: 8, forecastSavingPencePerYear: 2_000_000, actualServersOff: 9 });
  });

  it('splits every month of the trend, and has no organisation rows for snapshots not split', () => {
    expect(june.trend.map((m) => m.byOrganisation?.map((o) => o.organisation))).toEqual([0, 1, 2].map(() => [northfield, southmead, westbrook]));
    const { organisations: _, ...plain } = history.evaluated[2]!;
    const single = monthlySummary({ month: '2026-06', snapshots: [plain] });
    expect(single.organisations).toBeUndefined();
    expect(single.current.byOrganisation).toBeUndefined();
  });
});
