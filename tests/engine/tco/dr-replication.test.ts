import { beforeAll, describe, expect, it } from 'vitest';
import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import type { Plan } from '../../../engine/plan/plan.js';
import { resolvedScenario, type ResolvedScenario } from '../../../engine/scenario/scenario.js';
import { appraise } from '../../../engine/tco/appraise.js';
import { tenServerAssumptions, tenServerEstate, tenServerPlanWithDr, testHost } from './ten-server-case.js';

let assumptions: AssumptionSet;
beforeAll(async () => {
  assumptions = await tenServerAssumptions({ 'dr.sanReplicationPerArrayYear': 4000, 'dr.replicationPerVmYear': 100, 'dr.linkPerYear': 5000 });
});
const gbp = (pounds: number) => Math.round(pounds * 100);

/** The ten-server plan with S01 and S02 mirrored to one DR host at a second site. */
function planWithDr(replication: 'host' | 'san'): { plan: Plan; scenario: ResolvedScenario } {
  const scenario = resolvedScenario({ name: 'ten-server-dr', hypervisor: 'proxmox', host: 'Test Host', dr: { enabled: true, minCriticality: 'high', site: 'DR', replication } });
  const plan = tenServerPlanWithDr(scenario);
  return { plan, scenario };
}
const replication = (method: 'host' | 'san') => {
  const { plan, scenario } = planWithDr(method);
  return appraise({ estate: tenServerEstate, hosts: [testHost], assumptions, scenario, plan }).lines.find((l) => l.id === 'option.replication')!;
};

describe('DR replication: host-based against SAN-to-SAN', () => {
  it('host-based: 2 protected VMs x £100 + the £5,000 link = £5,200 a year, RPO minutes', () => {
    const line = replication('host');
    expect(line.byYear).toEqual([0, gbp(5200), gbp(5200), gbp(5200)]);
    expect(line.formula).toMatch(/^Host-based replication \(RPO minutes/);
  });

  it('host-based, licensed per host when that is cheaper: the 2 hosts of the cluster S01 and S02 run on x £60 + the link = £5,120 a year', async () => {
    const perHost = await tenServerAssumptions({ 'dr.replicationPerVmYear': 100, 'dr.replicationPerHostYear': 60, 'dr.linkPerYear': 5000 });
    const { plan, scenario } = planWithDr('host');
    const line = appraise({ estate: tenServerEstate, hosts: [testHost], assumptions: perHost, scenario, plan }).lines.find((l) => l.id === 'option.replication')!;
    expect(line.byYear).toEqual([0, gbp(5120), gbp(5120), gbp(5120)]);
  });

  it('SAN-to-SAN: 1 DR array x £4,000 + the £5,000 link = £9,000 a year, RPO none to seconds', () => {
    const line = replication('san');
    expect(line.byYear).toEqual([0, gbp(9000), gbp(9000), gbp(9000)]);
    expect(line.keys).toEqual(['dr.sanReplicationPerArrayYear', 'dr.linkPerYear']);
    expect(line.formula).toMatch(/^SAN-to-SAN replication \(RPO none to seconds/);
  });

  it('refuses SAN-to-SAN replication on hosts that carry their own disks, naming the field', () => {
    const { plan, scenario } = planWithDr('san');
    const hyperconverged = { ...plan, hostModel: { ...testHost, storageGb: 10_000 } };
    expect(() => appraise({ estate: tenServerEstate, hosts: [hyperconverged.hostModel], assumptions, scenario, plan: hyperconverged })).toThrow(/SAN-to-SAN replication needs storage arrays/);
  });
});
