import type { AssumptionReader } from './assumption-reader.js';
import { eachYear, runningYears, type LineDefinition } from './cost-line.js';
import { energyUse } from './energy-use.js';
import type { HostsInUseQuantities, LicenceTerms } from './measure-hosts-in-use.js';
import { residualFraction } from './residual-fraction.js';

const pence = (pounds: number) => pounds * 100;

/** Energy of today's hosts in kWh a year (facility level, today's PUE). */
export function hostsInUseEnergyKwh(q: HostsInUseQuantities, a: AssumptionReader): number {
  const watts = q.knownWatts + q.estimatedPowerHosts * a.get('energy.serverBaseWatts') + q.estimatedPowerCores * a.get('energy.wattsPerCore');
  return energyUse(watts, a.get('energy.pue'));
}

/** VMware licensed cores after the per-order minimum, when any are licensed. */
function vmwareOrderCores(q: HostsInUseQuantities, minCoresPerOrder: number): number {
  return q.vmwareCores > 0 ? Math.max(minCoresPerOrder, q.vmwareCores) : 0;
}

/**
 * The do-nothing costs of today's virtualisation hosts: support, energy, space, staff time,
 * like-for-like refresh at end of life (and its residual value), today's hypervisor
 * subscription (the recorded contract price until its renewal, the list price after), and
 * Software Assurance on Windows Server Datacenter for hosts that run Windows guests.
 */
export function hostsInUseLines(
  q: HostsInUseQuantities,
  terms: LicenceTerms,
  side: 'baseline' | 'staying',
  horizonYears: number,
  serviceLifeYears: number,
  vmwareMinCoresPerOrder: number,
): LineDefinition[] {
  if (q.hosts === 0) return [];
  const h = horizonYears;
  const refresh = (a: AssumptionReader) =>
    q.refreshHosts.map((n, t) => n * pence(a.get('refresh.costPerServer')) + q.refreshCores[t]! * pence(a.get('refresh.costPerCore')));
  const vmwareCores = vmwareOrderCores(q, vmwareMinCoresPerOrder);
  return [
    {
      side, item: 'hostSupport', label: "Today's hosts: hardware support", group: 'running', nature: 'revenue',
      amounts: (a) => {
        const uplift = 1 + a.get('support.outOfWarrantyUplift');
        const perHost = pence(a.get('support.defaultPerHost'));
        return runningYears(h, (t) => q.supportPence[t]! + (q.defaultSupportInWarranty[t]! + q.defaultSupportOutOfWarranty[t]! * uplift) * perHost);
      },
      keys: ['support.defaultPerHost', 'support.outOfWarrantyUplift', 'support.warrantyYears'],
      formula: 'recorded annual support as recorded; for a host with none recorded, support.defaultPerHost, x (1 + support.outOfWarrantyUplift) after its warranty end',
      quantity: { unit: 'hosts', byYear: () => runningYears(h, () => q.hosts) },
    },
    {
      side, item: 'hostEnergy', label: "Today's hosts: energy (with cooling via PUE)", group: 'running', nature: 'revenue',
      amounts: (a) => {
        const cost = hostsInUseEnergyKwh(q, a) * pence(a.get('energy.pricePerKwh'));
        return runningYears(h, () => cost);
      },
      keys: ['energy.pricePerKwh', 'energy.pue', 'energy.serverBaseWatts', 'energy.wattsPerCore'],
      formula: 'kWh x energy.pricePerKwh, where kWh = watts x 8,760 h x energy.pue / 1,000 and watts = the host\'s recorded power, or energy.serverBaseWatts + energy.wattsPerCore x cores',
      quantity: { unit: 'kWh', byYear: (a) => runningYears(h, () => hostsInUseEnergyKwh(q, a)) },
    },
    {
      side, item: 'hostRack', label: "Today's hosts: rack space", group: 'running', nature: 'revenue',
      amounts: (a) => runningYears(h, () => q.rackUnits * pence(a.get('rack.costPerUnitYear'))),
      keys: ['rack.costPerUnitYear'],
      formula: 'rack units of today\'s hosts x rack.costPerUnitYear',
      quantity: { unit: 'rack units', byYear: () => runningYears(h, () => q.rackUnits) },
    },
    {
      side, item: 'hostStaff', label: "Today's hosts: staff time", group: 'running', nature: 'revenue',
      amounts: (a) => runningYears(h, () => q.hosts * a.get('staff.hoursPerHostYear') * pence(a.get('staff.costPerHour'))),
      keys: ['staff.hoursPerHostYear', 'staff.costPerHour'],
      formula: 'today\'s hosts x staff.hoursPerHostYear x staff.costPerHour',
    },
    {
      side, item: 'currentHypervisor', label: "Today's hypervisor subscription", group: 'hardware-software', nature: 'revenue',
      amounts: (a) => {
        const list = vmwareCores * pence(a.get('licence.vmwarePerCoreYear')) + q.proxmoxSockets * pence(a.get('licence.proxmoxPerSocketYear'));
        return runningYears(h, (t) => (t < terms.renewalYear && terms.contractPence !== undefined ? terms.contractPence : list));
      },
      keys: ['licence.vmwarePerCoreYear', 'licence.proxmoxPerSocketYear'],
      formula: `VMware: licensed cores (every core, at least 16 per CPU, at least ${vmwareMinCoresPerOrder} per order) x licence.vmwarePerCoreYear; Proxmox: sockets x licence.proxmoxPerSocketYear; ${terms.contractPence !== undefined ? `the recorded contract price until the renewal in year ${terms.renewalYear}` : 'list price in every year (no contract price recorded)'}`,
      quantity: { unit: 'licensed cores', byYear: () => runningYears(h, () => vmwareCores) },
    },
    {
      side, item: 'hostWindowsAssurance', label: "Today's hosts: Windows Server Datacenter Software Assurance", group: 'hardware-software', nature: 'revenue',
      amounts: (a) => runningYears(h, () => q.windowsDatacenterCores * pence(a.get('licence.windowsDatacenterPerCore')) * a.get('licence.windowsAssuranceRate')),
      keys: ['licence.windowsDatacenterPerCore', 'licence.windowsAssuranceRate'],
      formula: 'Datacenter licensed cores of hosts running Windows guests (at least 16 each) x licence.windowsDatacenterPerCore x licence.windowsAssuranceRate',
      quantity: { unit: 'licensed cores', byYear: () => runningYears(h, () => q.windowsDatacenterCores) },
    },
    {
      side, item: 'hostRefresh', label: "Today's hosts: like-for-like refresh", group: 'hardware-software', nature: 'capital',
      amounts: refresh,
      keys: ['refresh.costPerServer', 'refresh.costPerCore', 'refresh.serviceLifeYears', 'refresh.backlogYears'],
      formula: 'hosts reaching refresh.serviceLifeYears x refresh.costPerServer + their cores x refresh.costPerCore; hosts already past it are spread, oldest first, over refresh.backlogYears',
      quantity: { unit: 'hosts replaced', byYear: () => [...q.refreshHosts] },
    },
    {
      side, item: 'hostResidualValue', label: "Today's hosts: residual value of refreshed hosts", group: 'hardware-software', nature: 'capital',
      amounts: (a) => {
        const left = refresh(a).reduce((sum, cost, t) => sum + cost * residualFraction(t, h, serviceLifeYears), 0);
        return eachYear(h, (t) => (t === h ? -left : 0));
      },
      keys: ['refresh.serviceLifeYears', 'refresh.costPerServer', 'refresh.costPerCore'],
      formula: '-(each host refresh x the share of its refresh.serviceLifeYears still ahead at the end of the horizon), credited in the final year',
    },
  ];
}
