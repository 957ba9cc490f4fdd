import { beforeAll, describe, expect, it } from 'vitest';
import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import type { Appraisal } from '../../../engine/tco/appraisal.js';
import { appraise } from '../../../engine/tco/appraise.js';
import { tenServerAssumptions, tenServerEstate, tenServerPlan, tenServerScenario, testHost } from './ten-server-case.js';

/** £ to pence, so the expectations below read in pounds like the working on paper. */
const gbp = (pounds: number) => Math.round(pounds * 100);

let assumptions: AssumptionSet;
let a: Appraisal;
const line = (id: string) => {
  const found = a.lines.find((l) => l.id === id);
  if (!found) throw new Error(`no line ${id}`);
  return found;
};

beforeAll(async () => {
  assumptions = await tenServerAssumptions();
  a = appraise({ estate: tenServerEstate, hosts: [testHost], assumptions, scenario: tenServerScenario, plan: tenServerPlan });
});

describe('appraise: the 10-server case worked on paper', () => {
  it('takes year 0 from the estate as-of date and runs years 0..3', () => {
    expect(a.appraisalYear).toBe(2026);
    expect(a.appraisalYearSource).toBe('estate as-of date');
    expect(a.years).toEqual([0, 1, 2, 3]);
    expect(a.servers).toEqual({ moved: 8, staying: 2, retiredPhysical: 8, redeployedOrSold: 2, switchedOff: 0 });
  });

  it('prices energy as watts x 8,760 h x PUE x price', () => {
    // Moved: 8 servers x 200 W = 1,600 W; 1,600 x 8,760 x 2 / 1,000 = 28,032 kWh; x £0.25 = £7,008 a year.
    expect(line('baseline.energy').quantity?.byYear).toEqual([0, 28_032, 28_032, 28_032]);
    expect(line('baseline.energy').byYear).toEqual([0, gbp(7008), gbp(7008), gbp(7008)]);
    // Staying: S09 200 W + S10 estimated 100 + 8 W x 8 cores = 164 W -> 364 W x 17.52 = 6,377.28 kWh x £0.25 = £1,594.32.
    expect(line('staying.energy').byYear).toEqual([0, gbp(1594.32), gbp(1594.32), gbp(1594.32)]);
    // Option: host 1 at 50% CPU = 100 + 0.5 x (300 - 100) = 200 W, spare idle 100 W, array 400 W -> 700 W
    // 700 x 17.52 = 12,264 kWh x £0.25 = £3,066.
    expect(line('option.energy').byYear).toEqual([0, gbp(3066), gbp(3066), gbp(3066)]);
    expect(a.energy[0]).toMatchObject({ year: 1, beforeKwh: 28_032 + 6_377.28, afterKwh: 12_264 + 6_377.28, movedBeforeKwh: 28_032, movedAfterKwh: 12_264 });
    expect(a.energy[0]!.beforeTco2e).toBeCloseTo((34_409.28 * 0.177) / 1000, 9);
  });

  it('uses recorded support as recorded, out of warranty too, and refresh restarts the warranty', () => {
    // S01, S02 refreshed in year 0, S03 in year 1, S04 in year 2 (backlog of 4 over 3 years, oldest then id);
    // S05, S06 reach 7 years in 2027 (year 1). S04 is out of warranty in year 1; S07, S08 (warranty to 2028) in year 3.
    // A recorded £400 is what the trust pays, in or out of warranty (it already is the out-of-warranty price):
    // 8 x £400 = £3,200 every year, with no uplift on top.
    expect(line('baseline.support').byYear).toEqual([0, gbp(3200), gbp(3200), gbp(3200)]);
    expect(line('baseline.support').quantity?.byYear).toEqual([0, 1, 0, 2]);
    // Staying: S09 £400 in warranty; S10 has no support recorded -> support.defaultPerServer £350; no dates -> in warranty.
    expect(line('staying.support').byYear).toEqual([0, gbp(750), gbp(750), gbp(750)]);
    // Option: 2 hosts x £500 + storage capital £22,400 x 10% = £1,000 + £2,240.
    expect(line('option.support').byYear).toEqual([0, gbp(3240), gbp(3240), gbp(3240)]);
  });

  it('refreshes servers past their service life like for like', () => {
    // £3,000 + 8 cores x £100 = £3,800 a server: year 0 S01+S02, year 1 S03+S05+S06, year 2 S04.
    expect(line('baseline.refresh').byYear).toEqual([gbp(7600), gbp(11_400), gbp(3800), 0]);
    expect(line('staying.refresh').total).toBe(0);
  });

  it("re-buys a refreshed server's storage at refresh.costPerTb, and credits it in resale", () => {
    const withDisks = appraise({
      estate: tenServerEstate, hosts: [testHost], assumptions: assumptions.with({ 'refresh.costPerTb': 100 }, 'cli'), scenario: tenServerScenario, plan: tenServerPlan,
    });
    const of = (id: string) => withDisks.lines.find((l) => l.id === id)!.byYear;
    // Year 0: S01, S02 with 0.5 TB each x £100 = £100 more; year 1: S03, S05, S06 = £150 more; year 2: S04 = £50 more.
    expect(of('baseline.refresh')).toEqual([gbp(7600 + 100), gbp(11_400 + 150), gbp(3800 + 50), 0]);
    // S07, S08: 2 x (3,800 + 50) x 20% = £1,540 back.
    expect(of('option.resale')).toEqual([gbp(-1540), 0, 0, 0]);
  });

  it('buys a new Windows licence with each refreshed Windows server when licences are bound to their servers (OEM)', () => {
    const oem = appraise({
      estate: tenServerEstate, hosts: [testHost], assumptions: assumptions.with({ 'refresh.windowsLicencePerServer': 500 }, 'cli'), scenario: tenServerScenario, plan: tenServerPlan,
    });
    const refresh = oem.lines.find((l) => l.id === 'baseline.refresh')!;
    // S01 and S02, the two Windows servers, are refreshed in year 0: 2 x £500 more; the Linux servers buy none.
    expect(refresh.byYear).toEqual([gbp(7600 + 1000), gbp(11_400), gbp(3800), 0]);
    expect(refresh.keys).toContain('refresh.windowsLicencePerServer');
  });

  it('prices the option: capital, licences, one-offs and optimism bias', () => {
    expect(line('option.hosts').byYear).toEqual([gbp(20_000), 0, 0, 0]); // 2 x £10,000
    expect(line('option.network').byYear).toEqual([gbp(4000), 0, 0, 0]); // 2 x £2,000
    // 8 x 500 GB = 4 TB used x 1.5 = 6 raw TB x £400 = £2,400 + one array £20,000.
    expect(line('option.storage').byYear).toEqual([gbp(22_400), 0, 0, 0]);
    // Proxmox: 2 hosts x 2 sockets x £450.
    expect(line('option.hypervisorSubscription').byYear).toEqual([0, gbp(1800), gbp(1800), gbp(1800)]);
    // Windows guests on Proxmox need Datacenter: 2 hosts x 16 cores x £300 = £9,600; SA 25% = £2,400 a year.
    expect(line('option.windowsLicence').byYear).toEqual([gbp(9600), 0, 0, 0]);
    expect(line('option.windowsAssurance').byYear).toEqual([0, gbp(2400), gbp(2400), gbp(2400)]);
    // Today S01, S02 run Standard: 2 x 16 cores x £50 x 25% = £400 a year.
    expect(line('baseline.windowsAssurance').byYear).toEqual([0, gbp(400), gbp(400), gbp(400)]);
    expect(line('option.migration').byYear).toEqual([gbp(4000), 0, 0, 0]); // 8 x £500
    expect(line('option.training').byYear).toEqual([gbp(5000), 0, 0, 0]);
    expect(line('option.decommissioning').byYear).toEqual([gbp(800), 0, 0, 0]); // 8 x £100
    // S07, S08 are 3 years old (< 4): 2 x £3,800 x 20% = £1,520 back.
    expect(line('option.resale').byYear).toEqual([gbp(-1520), 0, 0, 0]);
    // 20% x (20,000 + 4,000 + 22,400 + 9,600) = £11,200.
    expect(line('option.optimismBias').byYear).toEqual([gbp(11_200), 0, 0, 0]);
    expect(a.optimismBias).toEqual({ rate: 0.2, total: gbp(11_200) });
  });

  it('credits the residual value of kit bought in the horizon, straight line over its 7-year life', () => {
    // Baseline: bought in year 0 (4 of 7 years left after year 3), year 1 (5/7), year 2 (6/7):
    // 7,600 x 4/7 + 11,400 x 5/7 + 3,800 x 6/7 = 4,342.857 + 8,142.857 + 3,257.143 = £15,742.86 back in year 3.
    expect(line('baseline.residualValue').byYear).toEqual([0, 0, 0, gbp(-15_742.86)]);
    // Option: hosts, network and storage (20,000 + 4,000 + 22,400 = 46,400) bought in year 0: x 4/7 = £26,514.29.
    expect(line('option.residualValue').byYear).toEqual([0, 0, 0, gbp(-26_514.29)]);
  });

  it('nets the option against doing nothing and discounts at 3.5%', () => {
    // Option year 0: capital 20,000 + 4,000 + 22,400 + 9,600 + 11,200 - 1,520 = 65,680; revenue 4,000 + 5,000 + 800 = 9,800.
    expect(a.option.capital[0]).toBe(gbp(65_680));
    expect(a.option.revenue[0]).toBe(gbp(9800));
    // Option years 1-3: 3,240 + 3,066 + 600 rack (6 U) + 800 backup + 1,200 staff + 1,800 Proxmox + 2,400 SA = 13,106,
    // less the residual value in year 3.
    expect(a.option.total).toEqual([gbp(75_480), gbp(13_106), gbp(13_106), gbp(13_106 - 26_514.29)]);
    // Baseline: refresh + support + 7,008 energy + 800 rack + 1,600 backup + 2,400 staff + 400 SA (= 12,208), less residual.
    expect(a.baseline.total).toEqual([gbp(7600), gbp(11_400 + 3200 + 12_208), gbp(3800 + 3200 + 12_208), gbp(3200 + 12_208 - 15_742.86)]);
    const net = [7600 - 75_480, 26_808 - 13_106, 19_208 - 13_106, (15_408 - 15_742.86) - (13_106 - 26_514.29)];
    expect(a.cashFlows.map((c) => c.net)).toEqual(net.map(gbp));
    expect(a.cashFlows.map((c) => c.financialYear)).toEqual(['2026/27', '2027/28', '2028/29', '2029/30']);
    const pv = net.map((n, t) => Math.round(gbp(n) / 1.035 ** t));
    expect(a.cashFlows.map((c) => c.presentValue)).toEqual(pv);
    // -67,880 + 13,702/1.035 + 6,102/1.035^2 + 13,073.43/1.035^3 = -67,880 + 13,238.65 + 5,696.28 + 11,791.48 = -£37,153.59
    expect(a.npv).toBe(pv[0]! + pv[1]! + pv[2]! + pv[3]!);
    expect(a.npv).toBe(gbp(-37_153.59));
    expect(a.paybackMonths).toBeNull();
  });

  it('splits savings the way boards read them', () => {
    // Running: baseline 3 x 3,200 + 3 x (7,008 + 800 + 1,600 + 2,400) = 45,024; option 3 x 8,906 = 26,718.
    expect(a.savings.runningCosts).toMatchObject({ baseline: gbp(45_024), option: gbp(26_718), saving: gbp(18_306) });
    expect(a.savings.runningCosts.percent).toBeCloseTo(18_306 / 45_024, 12);
    // Hardware and software: refresh 22,800 + SA 1,200 - residual 15,742.86 = 8,257.14 against
    // 20,000 + 4,000 + 22,400 + 9,600 + 5,400 + 7,200 - residual 26,514.29 = 42,085.71.
    expect(a.savings.hardwareSoftware).toMatchObject({ baseline: gbp(8257.14), option: gbp(42_085.71), saving: gbp(-33_828.57) });
    expect(a.savings.totalCostOfOwnership.baseline).toBe(a.baseline.sum);
    expect(a.savings.totalCostOfOwnership.option).toBe(a.option.sum);
  });

  it('counts servers, cores and rack units before and after', () => {
    expect(a.inventory.before).toEqual({ physicalServers: 10, physicalCores: 80, rackUnits: 10 });
    // S09 and S10 stay, plus 2 hosts of 16 cores, 1 U each, plus a 4 U array.
    expect(a.inventory.after).toEqual({ physicalServers: 4, physicalCores: 48, rackUnits: 8 });
  });

  it('names the assumption keys behind every line', () => {
    expect(line('baseline.energy').keys).toEqual(expect.arrayContaining(['energy.pricePerKwh', 'energy.pue']));
    expect(line('baseline.energy').formula).toContain('kWh x energy.pricePerKwh');
    for (const l of a.lines) for (const key of l.keys) expect(assumptions.has(key), `${l.id} uses ${key}`).toBe(true);
  });
});
