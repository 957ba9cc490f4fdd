import { beforeAll, describe, expect, it } from 'vitest';
import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import type { Appraisal } from '../../../engine/tco/appraisal.js';
import { appraise } from '../../../engine/tco/appraise.js';
import { tenServerAssumptions, tenServerEstate, tenServerPlan, tenServerScenario, testHost } from './ten-server-case.js';

/**
 * The finance view of the ten-server case (ten-server-case.ts, worked in appraise.test.ts), by
 * hand, with a 6-month migration, 20% VAT of which none is recoverable, 5-year depreciation,
 * 3.5% PDC and 2% inflation.
 *
 * The option's capital purchases in year 0 (ex VAT): hosts 20,000 + network 4,000 + storage
 * 22,400 (hardware, 46,400) + Windows Datacenter 9,600 (software) = 56,000.
 * Do nothing's recurring revenue of the eight moved servers, a year: support 3,200, energy 7,008,
 * backup 1,600, Windows SA 400 (bought in: 12,208) + rack 800, staff 2,400 (in house: 3,200).
 */
const pence = (pounds: number) => Math.round(pounds * 100);

let assumptions: AssumptionSet;
let a: Appraisal;
const line = (id: string) => a.lines.find((l) => l.id === id)!;

beforeAll(async () => {
  assumptions = await tenServerAssumptions({ 'delivery.migrationMonths': 6 });
  a = appraise({ estate: tenServerEstate, hosts: [testHost], assumptions, scenario: tenServerScenario, plan: tenServerPlan });
});

describe('the finance view, worked by hand on the ten-server case', () => {
  it('runs the old kit in parallel for the migration months, split into bought-in and in-house costs', () => {
    // 6 of year 1's 12 months: 12,208 x 0.5 = 6,104 bought in; 3,200 x 0.5 = 1,600 in house; nothing after.
    expect(line('option.parallelRunning').byYear).toEqual([0, pence(6104), 0, 0]);
    expect(line('option.parallelRunningInHouse').byYear).toEqual([0, pence(1600), 0, 0]);
    expect(line('option.parallelRunning').vatable).toBe(true);
    expect(line('option.parallelRunningInHouse')).toMatchObject({ vatable: false, cashReleasing: false });
  });

  it('quotes one capital figure: purchases plus irrecoverable VAT, with optimism bias, receipts and residual value apart', () => {
    const c = a.finance.capital;
    // 56,000 + 20% VAT (none recoverable) = 67,200, all in 2026/27.
    expect(c.exVat.byYear).toEqual([pence(56_000), 0, 0, 0]);
    expect(c.irrecoverableVat.total).toBe(pence(11_200));
    expect(c.byYear).toEqual([pence(67_200), 0, 0, 0]);
    expect(c.requirement).toBe(pence(67_200));
    // Optimism bias 20% of 56,000; S07 and S08 resold for 2 x 3,800 x 20%; kit left after 3 of 7 years.
    expect(c.optimismBias).toMatchObject({ total: pence(11_200), rate: 0.2 });
    expect(c.disposalReceipts.byYear).toEqual([pence(1520), 0, 0, 0]);
    expect(c.residualValue.total).toBe(pence(26_514.29));
    // The refreshes doing nothing would have bought for the moved servers: 7,600 + 11,400 + 3,800.
    expect(c.avoidedReplacement.total).toBe(pence(22_800));
  });

  it('reconciles do nothing to the option in lines that sum exactly to the net cash flows', () => {
    const r = a.finance.reconciliation;
    expect(r.lines.map((l) => l.id)).toEqual(['running', 'hardwareSoftware', 'oneOff', 'optimismBias', 'disposalReceipts', 'residualValue']);
    expect(r.lines.reduce((s, l) => s + l.saving, 0)).toBe(r.total);
    expect(r.total).toBe(a.cashFlows.reduce((s, c) => s + c.net, 0));
    // One-off: migration 4,000 + training 5,000 + decommissioning 800 + parallel running 7,704.
    expect(r.lines.find((l) => l.id === 'oneOff')).toMatchObject({ doNothing: 0, option: pence(17_504), saving: pence(-17_504) });
    expect(r.lines.find((l) => l.id === 'optimismBias')!.saving).toBe(pence(-11_200));
    expect(r.lines.find((l) => l.id === 'disposalReceipts')!.saving).toBe(pence(1520));
    // Residual: the option's 26,514.29 back against do nothing's 15,742.86.
    expect(r.lines.find((l) => l.id === 'residualValue')!.saving).toBe(pence(26_514.29) - pence(15_742.86));
  });

  it('splits the recurring revenue saving into cash-releasing and not, and quotes the first full year', () => {
    // Cash: do nothing 12,208 against the option's support 3,240 + energy 3,066 + backup 800 +
    // Proxmox 1,800 + Windows SA 2,400 = 11,306: 902 a year. In house: 3,200 against rack 600 + staff 1,200: 1,400.
    expect(a.finance.recurringSavings.byYear.map((y) => [y.financialYear, y.cashReleasing, y.nonCashReleasing])).toEqual([
      ['2027/28', pence(902), pence(1400)],
      ['2028/29', pence(902), pence(1400)],
      ['2029/30', pence(902), pence(1400)],
    ]);
    // The migration ends half-way through 2027/28, so 2028/29 is the first full year.
    expect(a.finance.recurringSavings.fullYear.financialYear).toBe('2028/29');
  });

  it('adds irrecoverable VAT, depreciation, the PDC dividend and the write-off in the nominal I&E', () => {
    const [y0, y1] = a.finance.incomeAndExpenditure;
    // Year 0: migration, training, decommissioning 9,800 x 1.2 VAT; nothing depreciates yet.
    // The two 2023 servers (like-for-like 3,800 each over 5 years) lose 760 each in 2026/27 in both cases.
    expect(y0).toMatchObject({ financialYear: '2026/27', revenue: pence(11_760), depreciation: 0, writeOff: 0 });
    // Year 1 revenue: option bought-in (3,240 + 3,066 + 800 + 1,800 + 2,400 + 6,104) x 1.2 = 20,892, in house
    // 600 + 1,200 + 1,600 = 3,400; do nothing 12,208 x 1.2 + 3,200 = 17,849.6; x 1.02 inflation = 6,571.25.
    expect(y1!.revenue).toBe(pence(6571.25));
    // Depreciation: option (46,400 x 1.2) / 5 + (9,600 x 1.2) / 5 = 11,136 + 2,304; do nothing: its year-0
    // refresh 7,600 x 1.2 / 5 = 1,824 and the 2023 servers' 1,520, which the option writes off instead.
    expect(y1!.depreciation).toBe(pence(13_440 - 1824 - 1520));
    expect(y1!.writeOff).toBe(pence(1520));
    // PDC: average NBV, option (55,680 + 44,544) / 2 + (11,520 + 9,216) / 2 + (1,520 + 0) / 2 = 61,240;
    // do nothing (9,120 + 7,296) / 2 + 11,400 x 1.2 x 1.02 (bought this year) + (1,520 + 0) / 2 = 22,921.60;
    // 3.5% of the difference 38,318.40 = 1,341.14.
    expect(y1!.pdcDividend).toBe(pence(1341.14));
    expect(y1!.total).toBe(y1!.revenue + y1!.depreciation + y1!.pdcDividend + y1!.writeOff);
  });

  it('recovers VAT in the share the trust can, and tests affordability against a capital envelope', () => {
    const recovered = appraise({
      estate: tenServerEstate, hosts: [testHost], scenario: tenServerScenario, plan: tenServerPlan,
      assumptions: assumptions.with({ 'vat.recoverableShare': 0.25, 'capital.envelope': 60_000 }, 'cli'),
    });
    // 11,200 x (1 - 0.25) = 8,400: capital 64,400 against an envelope of 60,000 in 2026/27.
    expect(recovered.finance.capital.requirement).toBe(pence(64_400));
    expect(recovered.finance.affordability).toEqual({
      envelope: [pence(60_000), null, null, null],
      shortfall: [pence(4400), 0, 0, 0],
      withinEnvelope: false,
    });
    expect(a.finance.affordability.withinEnvelope).toBeNull();
  });
});

describe('the two do-nothing baselines, worked by hand', () => {
  it('sweats the assets (replace at 7 years, backlog over 3) or refreshes everything on a 5-year cycle', async () => {
    const refresh = appraise({
      estate: tenServerEstate, hosts: [testHost], assumptions, plan: tenServerPlan,
      scenario: { ...tenServerScenario, baseline: 'refresh' },
    });
    expect(a.baselineCase).toBe('sweat');
    expect(refresh.baselineCase).toBe('refresh');
    // Sweat: S01, S02 in 2026/27; S03 with S05, S06 (7 years in 2027) in 2027/28; S04 in 2028/29.
    expect(line('baseline.refresh').byYear).toEqual([pence(7600), pence(11_400), pence(3800), 0]);
    // Refresh every 5 years: the four 2016 and two 2020 servers are past it and all go in year 0 (6 x 3,800);
    // the 2023 servers are due in 2028 (year 2). S09 (2024) is due in 2029 (year 3), on the staying side.
    const of = (id: string) => refresh.lines.find((l) => l.id === id)!.byYear;
    expect(of('baseline.refresh')).toEqual([pence(22_800), 0, pence(7600), 0]);
    expect(of('staying.refresh')).toEqual([0, 0, 0, pence(3800)]);
    // Doing nothing costs more under a full refresh, and the option is the same, so it saves more.
    expect(refresh.doNothing.sum).toBeGreaterThan(a.doNothing.sum);
    expect(refresh.option.sum).toBe(a.option.sum);
  });

  it('replaces every server at once in year 0 under a full refresh, those of unknown age too', () => {
    const full = appraise({
      estate: tenServerEstate, hosts: [testHost], assumptions, plan: tenServerPlan,
      scenario: { ...tenServerScenario, baseline: 'full-refresh' },
    });
    const of = (id: string) => full.lines.find((l) => l.id === id)!.byYear;
    // The eight moved servers at 3,000 + 8 cores x 100 = 3,800 each in year 0; the next cycle (5 years) is past the horizon.
    expect(of('baseline.refresh')).toEqual([pence(30_400), 0, 0, 0]);
    // S09 and S10 (no purchase year) stay, and are replaced in year 0 too.
    expect(of('staying.refresh')).toEqual([pence(7600), 0, 0, 0]);
    // Bought in year 0 with a 5-year life, 2 of 5 years are left at the end of year 3: 30,400 x 0.4 back.
    expect(of('baseline.residualValue')).toEqual([0, 0, 0, -pence(12_160)]);
    expect(full.option.sum).toBe(a.option.sum);
  });
});
