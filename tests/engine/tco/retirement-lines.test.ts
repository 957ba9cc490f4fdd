import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../engine/plan/plan.js';
import type { Appraisal } from '../../../engine/tco/appraisal.js';
import { appraise } from '../../../engine/tco/appraise.js';
import { tenServerAssumptions, tenServerEstate, tenServerPlan, tenServerScenario, testHost } from './ten-server-case.js';

const gbp = (pounds: number) => Math.round(pounds * 100);

/**
 * The 10-server case with S09 (the server that could not be virtualised) switched off instead of
 * staying. S09: physical Linux, 8 cores, 200 W, £400 support, bought 2024, warranty to 2029, 1 U.
 * Its do-nothing running costs a year (ten-server prices): support £400 + energy 200 W x 8,760 h
 * x PUE 2 / 1,000 = 3,504 kWh x £0.25 = £876 + rack £100 + backup £200 + staff 10 h x £30 = £300
 * = £1,876; no refresh within the 3 years (2024 + 7). Switching off: 3 months of those running
 * costs while its owner confirms (£469 in year 1) and £400 to decommission in year 0.
 */
const retiredPlan: Plan = {
  ...tenServerPlan,
  inScope: tenServerPlan.inScope.filter((id) => id !== 'S09'),
  unplaced: [],
  retired: [{ workload: 'S09', class: 'zombie', evidence: [{ signal: 'cpu_util_p95', value: 1, threshold: '<= 2%', key: 'retire.zombieCpuPercent' }] }],
};

let before: Appraisal;
let after: Appraisal;
const line = (id: string) => {
  const found = after.lines.find((l) => l.id === id);
  if (!found) throw new Error(`no line ${id}`);
  return found;
};

beforeAll(async () => {
  const assumptions = await tenServerAssumptions();
  before = appraise({ estate: tenServerEstate, hosts: [testHost], assumptions, scenario: tenServerScenario, plan: tenServerPlan });
  after = appraise({ estate: tenServerEstate, hosts: [testHost], assumptions, scenario: { ...tenServerScenario, retire: 'zombie' }, plan: retiredPlan });
});

describe('retirement lines: switching a server off instead of keeping or moving it, worked on paper', () => {
  it('keeps the switched-off server in do nothing, at its own running costs', () => {
    expect(line('baseline.switchOffSupport').byYear).toEqual([0, gbp(400), gbp(400), gbp(400)]);
    expect(line('baseline.switchOffEnergy').byYear).toEqual([0, gbp(876), gbp(876), gbp(876)]);
    expect(line('baseline.switchOffRack').byYear).toEqual([0, gbp(100), gbp(100), gbp(100)]);
    expect(line('baseline.switchOffBackup').byYear).toEqual([0, gbp(200), gbp(200), gbp(200)]);
    expect(line('baseline.switchOffStaff').byYear).toEqual([0, gbp(300), gbp(300), gbp(300)]);
    expect(line('baseline.switchOffRefresh').total).toBe(0);
  });

  it('pays its running costs for retire.verificationMonths, then decommissions it once', () => {
    // 3/12 x £1,876 = £469 in year 1; 1 server x £400 in year 0.
    expect(line('option.switchOffVerification').byYear).toEqual([0, gbp(469), 0, 0]);
    expect(line('option.switchOffDecommissioning').byYear).toEqual([gbp(400), 0, 0, 0]);
    expect(line('option.switchOffVerification').keys).toContain('retire.verificationMonths');
  });

  it('shows the saving from switching off apart from the saving from consolidating', () => {
    // Baseline 3 x £1,876 = £5,628; option £469 + £400 = £869; saving £4,759.
    expect(after.savingSources.switchOff).toEqual({
      servers: 1,
      saving: { baseline: gbp(5628), option: gbp(869), saving: gbp(4759), percent: 4759 / 5628 },
      // Net -£400, £1,407, £1,876, £1,876 at 3.5%: -£400 + £1,359.42 + £1,751.27 + £1,692.04.
      npv: gbp(4402.73),
    });
    // Consolidating the eight moved servers is exactly the appraisal without the switch-off.
    expect(after.savingSources.consolidation.saving.saving).toBe(before.savings.totalCostOfOwnership.saving);
    // NPVs round each year's present value to the penny once, so the parts may differ by a penny a year.
    const pennyAYear = after.years.length;
    expect(Math.abs(after.savingSources.consolidation.npv - before.npv)).toBeLessThanOrEqual(pennyAYear);
    expect(Math.abs(after.npv - (before.npv + gbp(4402.73)))).toBeLessThanOrEqual(pennyAYear);
    expect(after.savingSources.consolidation.npv + after.savingSources.switchOff.npv).toBe(after.npv);
    expect(after.savings.totalCostOfOwnership.saving).toBe(before.savings.totalCostOfOwnership.saving + gbp(4759));
  });

  it('takes the server out of what stays, and out of the estate after', () => {
    expect(after.servers).toMatchObject({ moved: 8, staying: 1, switchedOff: 1 });
    expect(after.inventory.before).toEqual(before.inventory.before);
    expect(after.inventory.after.physicalServers).toBe(before.inventory.after.physicalServers - 1);
    expect(after.energy[0]!.beforeKwh).toBeCloseTo(before.energy[0]!.beforeKwh, 6);
    expect(after.energy[0]!.afterKwh).toBeCloseTo(before.energy[0]!.afterKwh - 3504, 6);
  });

  it('adds no lines and no switch-off saving when nothing is switched off', () => {
    expect(before.lines.some((l) => l.item.startsWith('switchOff'))).toBe(false);
    expect(before.savingSources.switchOff).toEqual({ servers: 0, saving: { baseline: 0, option: 0, saving: 0, percent: null }, npv: 0 });
    expect(before.savingSources.consolidation.npv).toBe(before.npv);
  });
});
