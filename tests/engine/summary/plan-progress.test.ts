import { describe, expect, it } from 'vitest';
import { approvedPlanSchema } from '../../../engine/summary/approved-plan.js';
import { planProgress } from '../../../engine/summary/plan-progress.js';
import { loadApprovedPlan } from '../../../store/history/load-approved-plan.js';
import { bundledSnapshots } from './history-fixtures.js';

describe('progress against the approved plan', () => {
  it('counts baseline physical servers no longer physical against the cumulative target', async () => {
    const snapshots = await bundledSnapshots();
    const plan = await loadApprovedPlan();
    const states = snapshots.map((s, i) => ({ month: s.month, estate: s.estate, runningCostPencePerYear: 30_000_000 - i * 1_500_000 }));
    const progress = planProgress(plan, states[0]!, states.slice(1));
    // Oct: 15 idle servers retired, 61 virtualised, the 3 legacy hosts switched off.
    expect(progress).toMatchObject({ month: '2026-10', plannedServersOff: 90, actualServersOff: 79, difference: -11, status: 'behind' });
    expect(progress.realisedSavingPencePerYear).toBe(9_000_000);
    expect(progress.forecastSavingPencePerYear).toBe(12_650_000);
    expect(progress.next).toEqual({ month: '2026-11', serversOff: 110 });
    expect(progress.byMonth.map((m) => [m.month, m.planned, m.actual])).toEqual([
      ['2026-04', 0, 0], ['2026-05', 2, 2], ['2026-06', 16, 15], ['2026-07', 32, 23], ['2026-08', 50, 40], ['2026-09', 70, 60], ['2026-10', 90, 79],
    ]);
    const june = planProgress(plan, states[0]!, states.slice(1, 3));
    expect(june).toMatchObject({ plannedServersOff: 16, actualServersOff: 15, status: 'on track' });
  });

  it('rejects a plan whose months go backwards or whose counts fall, naming the field', () => {
    const base = { name: 'p', approvedBy: 'Board', approvedOn: '2026-04-28', reference: 'FBC', baselineMonth: '2026-04' };
    const bad = approvedPlanSchema.safeParse({ ...base, months: [
      { month: '2026-06', serversOff: 10, forecastAnnualSavingGbp: 1 },
      { month: '2026-05', serversOff: 5, forecastAnnualSavingGbp: 1 },
    ] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['months.1.month', 'expected months in order, got 2026-05 after 2026-06'],
      ['months.1.serversOff', 'expected a cumulative count that never falls'],
    ]);
  });
});

describe('an approved plan split by organisation', () => {
  const base = { name: 'p', approvedBy: 'Board', approvedOn: '2026-04-28', reference: 'FBC', baselineMonth: '2026-04' };
  const split = (serversOff: [number, number], gbp: [number, number]) => [
    { organisation: 'Northfield Hospitals NHS Trust', serversOff: serversOff[0], forecastAnnualSavingGbp: gbp[0] },
    { organisation: 'Westbrook Mental Health NHS Trust', serversOff: serversOff[1], forecastAnnualSavingGbp: gbp[1] },
  ];

  it('keeps each organisation\'s target in pence', () => {
    const plan = approvedPlanSchema.parse({ ...base, months: [{ month: '2026-05', serversOff: 5, forecastAnnualSavingGbp: 1000, organisations: split([3, 2], [600.01, 399.99]) }] });
    expect(plan.months[0]!.organisations).toEqual([
      { organisation: 'Northfield Hospitals NHS Trust', serversOff: 3, forecastAnnualSavingPence: 60_001 },
      { organisation: 'Westbrook Mental Health NHS Trust', serversOff: 2, forecastAnnualSavingPence: 39_999 },
    ]);
  });

  it('rejects parts that do not add up to the month, a month left unsplit and an organisation named twice', () => {
    const bad = approvedPlanSchema.safeParse({ ...base, months: [
      { month: '2026-05', serversOff: 5, forecastAnnualSavingGbp: 1000, organisations: split([3, 1], [600, 399.99]) },
      { month: '2026-06', serversOff: 6, forecastAnnualSavingGbp: 1000 },
      { month: '2026-07', serversOff: 6, forecastAnnualSavingGbp: 1000, organisations: [...split([3, 3], [500, 500]).slice(0, 1), { organisation: 'Northfield Hospitals NHS Trust', serversOff: 3, forecastAnnualSavingGbp: 500 }] },
    ] });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['months.0.organisations', 'expected the organisations\' serversOff to add up to the month\'s 5, got 4'],
      ['months.0.organisations', 'expected the organisations\' forecastAnnualSavingGbp to add up to the month\'s 1000, got 999.99'],
      ['months.1.organisations', 'expected the month split by organisation, as the first month is'],
      ['months.2.organisations.1.organisation', 'expected each organisation once, got "Northfield Hospitals NHS Trust" twice'],
    ]);
  });
});
