import { beforeAll, describe, expect, it } from 'vitest';
import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import type { Appraisal } from '../../../engine/tco/appraisal.js';
import { appraise } from '../../../engine/tco/appraise.js';
import { tenServerAssumptions, tenServerEstate, tenServerPlan, tenServerScenario, testHost } from '../tco/ten-server-case.js';

let assumptions: AssumptionSet;
beforeAll(async () => {
  assumptions = await tenServerAssumptions();
});
const gbp = (pounds: number) => Math.round(pounds * 100);
const lineOf = (a: Appraisal, id: string) => a.lines.find((l) => l.id === id);
const run = (hypervisor: 'vmware' | 'hyperv' | 'proxmox', over: Record<string, number> = {}) =>
  appraise({ estate: tenServerEstate, hosts: [testHost], assumptions: assumptions.with(over, 'cli'), scenario: { ...tenServerScenario, hypervisor }, plan: tenServerPlan });

describe('hypervisor licensing in the option', () => {
  it('VMware: every core, at least 16 per CPU, at least 72 cores per order, per year', () => {
    // 2 hosts x 2 CPUs x max(8, 16) = 64 cores, below the 72-core order minimum -> 72 x £105.
    const a = run('vmware');
    expect(lineOf(a, 'option.hypervisorSubscription')?.byYear).toEqual([0, gbp(72 * 105), gbp(72 * 105), gbp(72 * 105)]);
    expect(lineOf(a, 'option.windowsLicence')?.byYear[0]).toBe(gbp(32 * 300));
  });

  it('Hyper-V: Windows Server Datacenter per core covers the Windows guests, so no separate Windows line', () => {
    // 2 hosts x max(2 x max(8, 8), 16) = 32 cores x £300 = £9,600, then 25% Software Assurance a year.
    const a = run('hyperv');
    expect(lineOf(a, 'option.hypervisorLicence')?.byYear).toEqual([gbp(9600), 0, 0, 0]);
    expect(lineOf(a, 'option.hypervisorAssurance')?.byYear).toEqual([0, gbp(2400), gbp(2400), gbp(2400)]);
    expect(lineOf(a, 'option.windowsLicence')).toBeUndefined();
  });

  it('Proxmox: per CPU socket per year', () => {
    expect(lineOf(run('proxmox', { 'licence.proxmoxPerSocketYear': 500 }), 'option.hypervisorSubscription')?.byYear).toEqual([0, gbp(2000), gbp(2000), gbp(2000)]);
  });

  it('needs no Windows Datacenter when no Windows server moves', () => {
    const linuxOnly = { ...tenServerEstate, servers: tenServerEstate.servers.map((s) => ({ ...s, os: 'Linux' })) };
    const a = appraise({ estate: linuxOnly, hosts: [testHost], assumptions, scenario: { ...tenServerScenario, hypervisor: 'vmware' }, plan: tenServerPlan });
    expect(lineOf(a, 'option.windowsLicence')).toBeUndefined();
    expect(lineOf(a, 'baseline.windowsAssurance')?.total).toBe(0);
  });

  it('a 2008 host model is licensed under the 2008 rules: VMware and Windows Datacenter per CPU socket, perpetual', () => {
    // 2 hosts x 2 sockets = 4 sockets. VMware: 4 x £1,000 in year 0, 20% of it (£800) a year for support
    // and subscription; Windows Datacenter for the Windows guests: 4 x £1,500, then 25% (£1,500) a year.
    const host2008 = { ...testHost, year: 2008 };
    const a = appraise({
      estate: tenServerEstate, hosts: [host2008], scenario: { ...tenServerScenario, hypervisor: 'vmware' }, plan: { ...tenServerPlan, hostModel: host2008 },
      assumptions: assumptions.with({ 'licence.vmwarePerSocket': 1000, 'licence.vmwareSupportRate': 0.2, 'licence.windowsDatacenterPerSocket': 1500 }, 'cli'),
    });
    expect(lineOf(a, 'option.hypervisorLicence')?.byYear).toEqual([gbp(4000), 0, 0, 0]);
    expect(lineOf(a, 'option.hypervisorAssurance')?.byYear).toEqual([0, gbp(800), gbp(800), gbp(800)]);
    expect(lineOf(a, 'option.hypervisorSubscription')).toBeUndefined();
    expect(lineOf(a, 'option.windowsLicence')?.quantity?.unit).toBe('CPU sockets');
    expect(lineOf(a, 'option.windowsLicence')?.byYear).toEqual([gbp(6000), 0, 0, 0]);
    expect(lineOf(a, 'option.windowsAssurance')?.byYear).toEqual([0, gbp(1500), gbp(1500), gbp(1500)]);
  });
});
