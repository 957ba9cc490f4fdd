import { beforeAll, describe, expect, it } from 'vitest';
import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import type { Estate } from '../../../engine/estate/estate.js';
import type { Appraisal } from '../../../engine/tco/appraisal.js';
import { appraise } from '../../../engine/tco/appraise.js';
import { resolvedScenario } from '../../../engine/scenario/scenario.js';
import { tenServerAssumptions, tenServerEstate, tenServerPlan, tenServerPlanWithDr, tenServerScenario } from './ten-server-case.js';

let assumptions: AssumptionSet;
beforeAll(async () => {
  assumptions = await tenServerAssumptions({ 'decommission.costPerServer': 100 });
});
const gbp = (pounds: number) => Math.round(pounds * 100);
const line = (a: Appraisal, id: string) => a.lines.find((l) => l.id === id)!;

// S07 and S08 (bought 2023, warranty to 2028, £400 a year support, 200 W) are made as large as the
// test host (16 cores at core_perf 1, 256 GB), so they qualify to be reused as its two hosts.
const bigRecent = new Set(['S07', 'S08']);
const estate: Estate = {
  ...tenServerEstate,
  servers: tenServerEstate.servers.map((s) => (bigRecent.has(s.id) ? { ...s, cpuCores: 16, corePerf: 1, memGb: 256 } : s)),
};
const run = (recycle: boolean) => appraise({ estate, hosts: [tenServerPlan.hostModel], assumptions, scenario: { ...tenServerScenario, recycle }, plan: tenServerPlan });

describe('recycled kit: moved servers reused as hosts', () => {
  it('says which server stands in for which host: spare first, then active (DR first when there is one)', () => {
    expect(run(true).recycledHosts).toEqual([{ server: 'S07', host: 'main-02' }, { server: 'S08', host: 'main-01' }]);
    expect(run(false).recycledHosts).toBeUndefined();
  });

  it('buys no host for them, pays their own support and power, and neither sells nor disposes of them', () => {
    const bought = run(false);
    const recycled = run(true);
    // No purchase: 2 x £10,000 of hosts in year 0 fall away.
    expect(line(bought, 'option.hosts').byYear).toEqual([gbp(20_000), 0, 0, 0]);
    expect(line(recycled, 'option.hosts').byYear).toEqual([0, 0, 0, 0]);
    // Support: 2 x £400 recorded instead of 2 x £500 catalogue support, £200 a year less.
    expect(line(bought, 'option.support').byYear[1]! - line(recycled, 'option.support').byYear[1]!).toBe(gbp(200));
    // Energy: their recorded 200 W each (400 W) instead of 200 W active + 100 W idle spare:
    // 100 W x 8,760 h x PUE 2 / 1,000 = 1,752 kWh x £0.25 = £438 a year more.
    expect(line(recycled, 'option.energy').byYear[1]! - line(bought, 'option.energy').byYear[1]!).toBe(gbp(438));
    // Decommissioning: 6 servers instead of 8, at £100.
    expect(line(recycled, 'option.decommissioning').byYear[0]).toBe(gbp(600));
    expect(recycled.servers.retiredPhysical).toBe(6);
    // S07 and S08 were the only recent servers, so nothing is left to sell.
    expect(line(recycled, 'option.resale').total).toBe(0);
    expect(line(bought, 'option.resale').total).toBeLessThan(0);
  });

  it('reuses nothing smaller than the host model, and nothing out of warranty', () => {
    const known: Estate = { ...tenServerEstate, servers: tenServerEstate.servers.map((s) => ({ ...s, corePerf: 1 })) };
    const small = appraise({ estate: known, hosts: [tenServerPlan.hostModel], assumptions, scenario: { ...tenServerScenario, recycle: true }, plan: tenServerPlan });
    expect(small.recycledHosts).toBeUndefined();
    const expired: Estate = { ...estate, servers: estate.servers.map((s) => (bigRecent.has(s.id) ? { ...s, warrantyEnd: '2025-12-31' } : s)) };
    expect(appraise({ estate: expired, hosts: [tenServerPlan.hostModel], assumptions, scenario: { ...tenServerScenario, recycle: true }, plan: tenServerPlan }).recycledHosts).toBeUndefined();
  });

  it('puts recycled servers on the DR hosts first: the 2008 trust that recycled its newer servers as its DR site', () => {
    const scenario = resolvedScenario({ name: 'ten-server-dr', hypervisor: 'proxmox', host: 'Test Host', recycle: true, dr: { enabled: true, minCriticality: 'high', site: 'DR' } });
    const plan = tenServerPlanWithDr(scenario);
    const withDr = appraise({ estate, hosts: [tenServerPlan.hostModel], assumptions, scenario, plan });
    expect(withDr.recycledHosts).toEqual([{ server: 'S07', host: 'dr-01' }, { server: 'S08', host: 'main-02' }]);
    // Three hosts planned, two recycled: one £10,000 host bought in year 0.
    expect(line(withDr, 'option.hosts').byYear).toEqual([gbp(10_000), 0, 0, 0]);
    // Support: the two recycled servers' recorded £400 each instead of the catalogue's £500: £200 a year less.
    const bought = appraise({ estate, hosts: [tenServerPlan.hostModel], assumptions, scenario: { ...scenario, recycle: false }, plan });
    expect(line(bought, 'option.support').byYear[1]! - line(withDr, 'option.support').byYear[1]!).toBe(gbp(200));
  });
});

