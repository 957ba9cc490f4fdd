import type { AssumptionReader } from './assumption-reader.js';
import { eachYear, runningYears, type LineDefinition } from './cost-line.js';
import { energyUse } from './energy-use.js';
import type { EstateQuantities } from './measure-estate.js';
import { residualFraction } from './residual-fraction.js';

/** Pounds from an assumption to (unrounded) pence. */
const pence = (pounds: number) => pounds * 100;

/** Energy of a set of servers in kWh a year (facility level, PUE included). */
export function estateEnergyKwh(q: EstateQuantities, a: AssumptionReader): number {
  const itWatts = q.knownWatts + q.estimatedPowerServers * a.get('energy.serverBaseWatts') + q.estimatedPowerCores * a.get('energy.wattsPerCore');
  return energyUse(itWatts, a.get('energy.pue'));
}

/**
 * The do-nothing costs of a set of servers: what keeping them costs, year by year.
 * `side` is `baseline` for servers the option would move and `staying` for the rest.
 */
export function estateLines(q: EstateQuantities, side: 'baseline' | 'staying', horizonYears: number, serviceLifeYears: number): LineDefinition[] {
  const common = { side } as const;
  const refresh = (a: AssumptionReader) =>
    q.refreshServers.map((n, t) =>
      n * pence(a.get('refresh.costPerServer')) + q.refreshCores[t]! * pence(a.get('refresh.costPerCore')) + q.refreshTb[t]! * pence(a.get('refresh.costPerTb')) +
      q.refreshWindowsServers[t]! * pence(a.get('refresh.windowsLicencePerServer')));
  return [
    {
      ...common, item: 'support', label: 'Hardware support and maintenance', group: 'running', nature: 'revenue',
      amounts: (a) => {
        const uplift = 1 + a.get('support.outOfWarrantyUplift');
        const defaultSupport = pence(a.get('support.defaultPerServer'));
        return runningYears(horizonYears, (t) =>
          q.supportInWarrantyPence[t]! + q.supportOutOfWarrantyPence[t]! +
          (q.defaultSupportInWarranty[t]! + q.defaultSupportOutOfWarranty[t]! * uplift) * defaultSupport + q.virtualSupportPence);
      },
      keys: ['support.outOfWarrantyUplift', 'support.defaultPerServer', 'support.warrantyYears', 'appraisal.year'],
      formula: 'recorded annual support as recorded (0 is no contract); for a physical server with none recorded, support.defaultPerServer, x (1 + support.outOfWarrantyUplift) in years after the warranty end',
      quantity: { unit: 'physical servers out of warranty', byYear: () => runningYears(horizonYears, (t) => q.outOfWarrantyServers[t]!) },
    },
    {
      ...common, item: 'energy', label: 'Energy (servers, with cooling via PUE)', group: 'running', nature: 'revenue',
      amounts: (a) => {
        const cost = estateEnergyKwh(q, a) * pence(a.get('energy.pricePerKwh'));
        return runningYears(horizonYears, () => cost);
      },
      keys: ['energy.pricePerKwh', 'energy.pue', 'energy.serverBaseWatts', 'energy.wattsPerCore'],
      formula: 'kWh x energy.pricePerKwh, where kWh = watts x 8,760 h x energy.pue / 1,000 and watts = power_watts, or energy.serverBaseWatts + energy.wattsPerCore x cores when not recorded',
      quantity: { unit: 'kWh', byYear: (a) => runningYears(horizonYears, () => estateEnergyKwh(q, a)) },
    },
    {
      ...common, item: 'rack', label: 'Rack space', group: 'running', nature: 'revenue',
      amounts: (a) => runningYears(horizonYears, () => q.rackUnits * pence(a.get('rack.costPerUnitYear'))),
      keys: ['rack.costPerUnitYear'],
      formula: 'rack units x rack.costPerUnitYear',
      quantity: { unit: 'rack units', byYear: () => runningYears(horizonYears, () => q.rackUnits) },
    },
    {
      ...common, item: 'backup', label: 'Backup', group: 'running', nature: 'revenue',
      amounts: (a) => runningYears(horizonYears, () =>
        q.physicalServers * pence(a.get('backup.costPerPhysicalServerYear')) + q.virtualServers * pence(a.get('backup.costPerVirtualServerYear'))),
      keys: ['backup.costPerPhysicalServerYear', 'backup.costPerVirtualServerYear'],
      formula: 'physical servers x backup.costPerPhysicalServerYear + virtual servers x backup.costPerVirtualServerYear',
      quantity: { unit: 'servers', byYear: () => runningYears(horizonYears, () => q.servers) },
    },
    {
      ...common, item: 'staff', label: 'Staff time on physical servers', group: 'running', nature: 'revenue',
      amounts: (a) => runningYears(horizonYears, () => q.physicalServers * a.get('staff.hoursPerPhysicalServerYear') * pence(a.get('staff.costPerHour'))),
      keys: ['staff.hoursPerPhysicalServerYear', 'staff.costPerHour'],
      formula: 'physical servers x staff.hoursPerPhysicalServerYear x staff.costPerHour',
      quantity: { unit: 'hours', byYear: (a) => runningYears(horizonYears, () => q.physicalServers * a.get('staff.hoursPerPhysicalServerYear')) },
    },
    {
      ...common, item: 'windowsAssurance', label: 'Windows Server Standard Software Assurance', group: 'hardware-software', nature: 'revenue',
      amounts: (a) => runningYears(horizonYears, () =>
        q.windowsStandardCores * pence(a.get('licence.windowsStandardPerCore')) * a.get('licence.windowsAssuranceRate')),
      keys: ['licence.windowsStandardPerCore', 'licence.windowsAssuranceRate'],
      formula: 'licensed cores of physical Windows servers (at least 16 each) x licence.windowsStandardPerCore x licence.windowsAssuranceRate',
      quantity: { unit: 'licensed cores', byYear: () => runningYears(horizonYears, () => q.windowsStandardCores) },
    },
    {
      ...common, item: 'refresh', label: 'Like-for-like server refresh', group: 'hardware-software', nature: 'capital',
      amounts: refresh,
      keys: ['refresh.costPerServer', 'refresh.costPerCore', 'refresh.costPerTb', 'refresh.windowsLicencePerServer', 'refresh.serviceLifeYears', 'refresh.backlogYears'],
      formula: 'servers reaching refresh.serviceLifeYears x refresh.costPerServer + their cores x refresh.costPerCore + their storage TB x refresh.costPerTb + the Windows ones x refresh.windowsLicencePerServer; servers already past it are spread, oldest first, over refresh.backlogYears',
      quantity: { unit: 'servers replaced', byYear: () => [...q.refreshServers] },
    },
    {
      ...common, item: 'residualValue', label: 'Residual value of refreshed servers', group: 'hardware-software', nature: 'capital',
      amounts: (a) => {
        const left = refresh(a).reduce((sum, cost, t) => sum + cost * residualFraction(t, horizonYears, serviceLifeYears), 0);
        return eachYear(horizonYears, (t) => (t === horizonYears ? -left : 0));
      },
      keys: ['refresh.serviceLifeYears', 'refresh.costPerServer', 'refresh.costPerCore', 'refresh.costPerTb', 'refresh.windowsLicencePerServer'],
      formula: '-(each refresh x the share of its refresh.serviceLifeYears still ahead at the end of the horizon), credited in the final year',
    },
  ];
}
