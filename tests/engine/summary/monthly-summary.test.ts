import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summariseEstate } from '../../../engine/estate/summarise-estate.js';
import { evaluate } from '../../../engine/evaluate.js';
import { loadEstate } from '../../../engine/io/load-estate.js';
import { monthlySummary } from '../../../engine/summary/monthly-summary.js';
import { bundledHistoryDir } from '../../../store/history/seed-history.js';
import { summariseMonth } from '../../../store/history/summarise-month.js';
import { sampleSummarySetup } from '../../store/sample-summary.js';
import { tempDir } from '../../store/temp-store.js';

// Every summary evaluates each snapshot up to its month with the real engine: allow for a busy machine.
describe('the monthly summary', { timeout: 90_000 }, () => {
  const tmp = tempDir();
  let setup: Awaited<ReturnType<typeof sampleSummarySetup>>;
  beforeAll(async () => {
    setup = await sampleSummarySetup(tmp.file());
  });
  afterAll(() => {
    setup.store.close();
    tmp.cleanup();
  });
  const compute = (month: string) =>
    summariseMonth(setup.store, { month, hosts: setup.inputs.hosts, corePerformance: setup.inputs.corePerformance, assumptions: setup.assumptions, scenario: setup.scenario, plan: setup.plan });
  // Each summary evaluates every snapshot up to its month (about half a second each): compute once.
  const computed = new Map<string, ReturnType<typeof compute>>();
  const summarise = (month: string) => computed.get(month) ?? computed.set(month, compute(month)).get(month)!;

  it('shows the engine\'s own figures for the same snapshot, read straight from the file', async () => {
    const summary = summarise('2026-10');
    const estate = await loadEstate(join(bundledHistoryDir, '2026-10-30.csv'), { asOf: '2026-10-30' });
    const engine = evaluate({ estate, hosts: setup.inputs.hosts, corePerformance: setup.inputs.corePerformance, assumptions: setup.assumptions, scenario: setup.scenario });
    const facts = summariseEstate(estate, '2026-10-30');
    const doNothingRunning = engine.appraisal.lines
      .filter((l) => l.group === 'running' && l.side !== 'option')
      .reduce((sum, l) => sum + (l.byYear[1] ?? 0), 0);
    expect(summary.current).toMatchObject({
      month: '2026-10',
      asOf: '2026-10-30',
      servers: { total: facts.servers.total, physical: facts.servers.physical, virtual: facts.servers.virtual },
      powerWatts: facts.powerWatts,
      outOfWarranty: facts.outOfWarranty,
      energyKwhPerYear: engine.appraisal.energy[0]!.beforeKwh,
      co2eTonnesPerYear: engine.appraisal.energy[0]!.beforeTco2e,
      runningCostPencePerYear: doNothingRunning,
      remaining: { hosts: engine.plan.hosts, lowerBound: engine.plan.lowerBound, npvPence: engine.appraisal.npv, serversInScope: engine.plan.inScope.length, hostModel: 'PowerEdge R760' },
    });
    expect(summary.current.virtualisationHosts).toBe(4);
    expect(summary.current.consolidationRatio).toBe(25.8);
    // One trust, no organisation column: nothing split by organisation.
    expect(summary.organisations).toBeUndefined();
    expect(summary.trend.some((m) => m.byOrganisation !== undefined)).toBe(false);
  });

  it('compares with the previous snapshot and tells the programme\'s story', () => {
    const summary = summarise('2026-10');
    expect(summary.previous?.asOf).toBe('2026-09-30');
    expect(summary.trend.map((m) => m.month)).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    expect([summary.changes.virtualised.length, summary.changes.retired.length, summary.changes.added.length]).toEqual([16, 3, 1]);
    expect(summary.plan).toMatchObject({ plannedServersOff: 90, actualServersOff: 79, status: 'behind' });
    expect(summary.plan!.realisedSavingPencePerYear).toBe(summary.trend[0]!.runningCostPencePerYear - summary.current.runningCostPencePerYear);
    expect(summary.trend.at(-1)!.powerWatts).toBeLessThan(summary.trend[0]!.powerWatts);
    const september = summarise('2026-09');
    expect(september.notable).toContainEqual({ kind: 'hosts-removed', ids: ['MDC-VMH-LEG01', 'MDC-VMH-LEG02', 'MDC-VMH-LEG03'] });
    expect(summarise('2026-05').notable).toContainEqual({ kind: 'hosts-added', ids: ['MDC-VMH-01', 'MDC-VMH-02', 'MDC-VMH-03', 'MDC-VMH-04'] });
  });

  it('is the same, byte for byte, when computed twice', () => {
    expect(JSON.stringify(compute('2026-06'))).toBe(JSON.stringify(compute('2026-06')));
  });

  it('says clearly which months exist when asked for one without a snapshot', () => {
    expect(() => compute('2026-11')).toThrow(
      /No estate snapshot for 2026-11 in .*history\.db\. Snapshots exist for 2026-04, 2026-05, 2026-06 … 2026-09, 2026-10\. Import that month's inventory with: unsprawl import FILE --as-of 2026-11-DD/,
    );
    expect(() => monthlySummary({ month: '2026-11', snapshots: [] })).toThrow(/no estate snapshot for 2026-11/);
  });

  it('has no previous month, changes or plan progress before the history starts comparing', () => {
    const first = summarise('2026-04');
    expect(first.previous).toBeUndefined();
    expect(first.changes).toEqual({ added: [], retired: [], virtualised: [] });
    expect(first.plan).toMatchObject({ plannedServersOff: 0, actualServersOff: 0, status: 'on track' });
  });

  it('keeps the trend to a window of months, and always the plan\'s baseline', () => {
    const short = summariseMonth(setup.store, { month: '2026-10', hosts: setup.inputs.hosts, corePerformance: setup.inputs.corePerformance, assumptions: setup.assumptions, scenario: setup.scenario, plan: setup.plan, trendMonths: 3 });
    expect(short.trend.map((m) => m.month)).toEqual(['2026-04', '2026-08', '2026-09', '2026-10']);
    expect(short.plan).toMatchObject({ actualServersOff: 79, plannedServersOff: 90 });
    expect(short.current).toEqual(summarise('2026-10').current);
  });
});
