import type { CostLine } from './appraisal.js';
import type { AssumptionReader } from './assumption-reader.js';
import { costLine, runningYears, yearZero, type CostLineSpec } from './cost-line.js';
import { energyUse } from './energy-use.js';
import type { OptionQuantities } from './measure-option.js';

const pence = (pounds: number) => pounds * 100;
const side = 'option' as const;

/** Energy of the option's hosts and storage arrays in kWh a year (facility level, PUE included). */
export function optionEnergyKwh(q: OptionQuantities, a: AssumptionReader): number {
  return energyUse(q.hostWatts + (q.arrays + q.drArrays) * a.get('storage.wattsPerArray'), a.get('energy.pue'));
}

function inPurchaseYears(q: OptionQuantities, horizonYears: number, amount: number): number[] {
  return Array.from({ length: horizonYears + 1 }, (_, t) => (q.purchaseYears.includes(t) ? amount : 0));
}

function storageCapital(arrays: number, usableTb: number, a: AssumptionReader): number {
  return arrays * pence(a.get('storage.arrayBaseCost')) + usableTb * (1 + a.get('storage.overhead')) * pence(a.get('storage.costPerRawTb'));
}

/** Capital lines: hosts, network and storage, bought in year 0 and again after each service life. */
function capitalLines(q: OptionQuantities, h: number, a: AssumptionReader): CostLineSpec[] {
  const storageKeys = ['storage.arrayBaseCost', 'storage.overhead', 'storage.costPerRawTb', 'refresh.serviceLifeYears'];
  const storageFormula = (what: string) =>
    `${what} arrays x storage.arrayBaseCost + used TB (grown) x (1 + storage.overhead) x storage.costPerRawTb; bought in year 0 and after each refresh.serviceLifeYears`;
  return [
    {
      side, item: 'hosts', label: `Virtualisation hosts (${q.hostModel})`, group: 'hardware-software', nature: 'capital',
      amounts: inPurchaseYears(q, h, q.hosts * q.hostPricePence),
      keys: ['refresh.serviceLifeYears'],
      formula: `hosts x catalogue price of ${q.hostModel} (£${(q.hostPricePence / 100).toFixed(2)}); bought in year 0 and after each refresh.serviceLifeYears`,
      quantity: { unit: 'hosts', byYear: inPurchaseYears(q, h, q.hosts) },
    },
    {
      side, item: 'network', label: 'Host networking', group: 'hardware-software', nature: 'capital',
      amounts: inPurchaseYears(q, h, q.hosts * pence(a.get('network.costPerHost'))),
      keys: ['network.costPerHost', 'refresh.serviceLifeYears'],
      formula: 'hosts x network.costPerHost; bought with the hosts',
    },
    {
      side, item: 'storage', label: 'Shared storage', group: 'hardware-software', nature: 'capital',
      amounts: inPurchaseYears(q, h, storageCapital(q.arrays, q.usableTb, a)),
      keys: storageKeys,
      formula: storageFormula('primary-site'),
      quantity: { unit: 'raw TB', byYear: inPurchaseYears(q, h, q.usableTb * (1 + a.get('storage.overhead'))) },
    },
    {
      side, item: 'drStorage', label: 'DR-site storage', group: 'hardware-software', nature: 'capital',
      amounts: inPurchaseYears(q, h, storageCapital(q.drArrays, q.drUsableTb, a)),
      keys: storageKeys,
      formula: storageFormula('DR-site'),
      quantity: { unit: 'raw TB', byYear: inPurchaseYears(q, h, q.drUsableTb * (1 + a.get('storage.overhead'))) },
    },
  ];
}

/** The hypervisor's licence and, when it does not cover Windows guests, Windows Server Datacenter for the hosts. */
function licenceLines(q: OptionQuantities, h: number, a: AssumptionReader): CostLineSpec[] {
  const { rule, cores, sockets } = q.hypervisorLicence;
  const price = pence(a.get(rule.priceKey));
  const lines: CostLineSpec[] = [];
  const perpetual = (item: string, label: string, licenceCores: number, priceKey: string, assuranceKey: string) => {
    const licence = licenceCores * pence(a.get(priceKey));
    lines.push(
      {
        side, item: `${item}Licence`, label, group: 'hardware-software', nature: 'capital',
        amounts: yearZero(h, licence), keys: [priceKey],
        formula: `licensed cores (every core, at least 8 per CPU and 16 per host, 2-core packs) x ${priceKey}`,
        quantity: { unit: 'licensed cores', byYear: yearZero(h, licenceCores) },
      },
      {
        side, item: `${item}Assurance`, label: `${label}: Software Assurance`, group: 'hardware-software', nature: 'revenue',
        amounts: runningYears(h, () => licence * a.get(assuranceKey)), keys: [priceKey, assuranceKey],
        formula: `licensed cores x ${priceKey} x ${assuranceKey}`,
      },
    );
  };
  if (rule.metric === 'core-year') {
    lines.push({
      side, item: 'hypervisorSubscription', label: rule.product, group: 'hardware-software', nature: 'revenue',
      amounts: runningYears(h, () => cores * price), keys: [rule.priceKey],
      formula: `licensed cores (every core, at least ${rule.minCoresPerCpu} per CPU${rule.minCoresPerOrder > 0 ? `, at least ${rule.minCoresPerOrder} per order` : ''}) x ${rule.priceKey}`,
      quantity: { unit: 'licensed cores', byYear: runningYears(h, () => cores) },
    });
  } else if (rule.metric === 'socket-year') {
    lines.push({
      side, item: 'hypervisorSubscription', label: rule.product, group: 'hardware-software', nature: 'revenue',
      amounts: runningYears(h, () => sockets * price), keys: [rule.priceKey],
      formula: `CPU sockets x ${rule.priceKey}`,
      quantity: { unit: 'CPU sockets', byYear: runningYears(h, () => sockets) },
    });
  } else {
    perpetual('hypervisor', rule.product, cores, rule.priceKey, rule.assuranceKey ?? 'licence.windowsAssuranceRate');
  }
  const dc = q.windowsDatacenter;
  if (dc.cores > 0) perpetual('windows', 'Windows Server Datacenter for Windows guests', dc.cores, dc.rule.priceKey, dc.rule.assuranceKey);
  return lines;
}

/** Running costs of the hosts, storage and replication, in every running year. */
function runningLines(q: OptionQuantities, h: number, a: AssumptionReader): CostLineSpec[] {
  const kwh = optionEnergyKwh(q, a);
  const rackUnits = q.hosts * q.hostRackUnits + (q.arrays + q.drArrays) * a.get('storage.rackUnitsPerArray');
  const storageCapitalYear0 = storageCapital(q.arrays, q.usableTb, a) + storageCapital(q.drArrays, q.drUsableTb, a);
  const workloads = q.movedPhysical + q.movedVirtual;
  return [
    {
      side, item: 'support', label: 'Host and storage support', group: 'running', nature: 'revenue',
      amounts: runningYears(h, () => q.hosts * q.hostSupportPence + storageCapitalYear0 * a.get('storage.supportRate')),
      keys: ['storage.supportRate', 'storage.arrayBaseCost', 'storage.overhead', 'storage.costPerRawTb'],
      formula: `hosts x catalogue annual support of ${q.hostModel} (£${(q.hostSupportPence / 100).toFixed(2)}) + storage capital x storage.supportRate`,
    },
    {
      side, item: 'energy', label: 'Energy (hosts and storage, with cooling via PUE)', group: 'running', nature: 'revenue',
      amounts: runningYears(h, () => kwh * pence(a.get('energy.pricePerKwh'))),
      keys: ['energy.pricePerKwh', 'energy.pue', 'storage.wattsPerArray'],
      formula: 'kWh x energy.pricePerKwh, where kWh = watts x 8,760 h x energy.pue / 1,000; host watts = watts_idle + planned CPU utilisation x (watts_max - watts_idle); arrays x storage.wattsPerArray',
      quantity: { unit: 'kWh', byYear: runningYears(h, () => kwh) },
    },
    {
      side, item: 'rack', label: 'Rack space', group: 'running', nature: 'revenue',
      amounts: runningYears(h, () => rackUnits * pence(a.get('rack.costPerUnitYear'))),
      keys: ['rack.costPerUnitYear', 'storage.rackUnitsPerArray'],
      formula: 'rack units (hosts x catalogue rack units + arrays x storage.rackUnitsPerArray) x rack.costPerUnitYear',
      quantity: { unit: 'rack units', byYear: runningYears(h, () => rackUnits) },
    },
    {
      side, item: 'backup', label: 'Backup', group: 'running', nature: 'revenue',
      amounts: runningYears(h, () => workloads * pence(a.get('backup.costPerVirtualServerYear'))),
      keys: ['backup.costPerVirtualServerYear'],
      formula: 'moved workloads x backup.costPerVirtualServerYear',
      quantity: { unit: 'virtual servers', byYear: runningYears(h, () => workloads) },
    },
    {
      side, item: 'staff', label: 'Staff time on hosts', group: 'running', nature: 'revenue',
      amounts: runningYears(h, () => q.hosts * a.get('staff.hoursPerHostYear') * pence(a.get('staff.costPerHour'))),
      keys: ['staff.hoursPerHostYear', 'staff.costPerHour'],
      formula: 'hosts x staff.hoursPerHostYear x staff.costPerHour',
      quantity: { unit: 'hours', byYear: runningYears(h, () => q.hosts * a.get('staff.hoursPerHostYear')) },
    },
    {
      side, item: 'replication', label: 'DR replication', group: 'running', nature: 'revenue',
      amounts: runningYears(h, () => q.protectedVms * pence(a.get('dr.replicationPerVmYear')) + (q.drHosts > 0 ? pence(a.get('dr.linkPerYear')) : 0)),
      keys: ['dr.replicationPerVmYear', 'dr.linkPerYear'],
      formula: 'protected VMs x dr.replicationPerVmYear + dr.linkPerYear when the plan has DR hosts',
      quantity: { unit: 'protected VMs', byYear: runningYears(h, () => q.protectedVms) },
    },
  ];
}

/** One-off costs of the change, all in year 0. */
function oneOffLines(q: OptionQuantities, h: number, a: AssumptionReader): CostLineSpec[] {
  const likeForLike = q.recentRetired * pence(a.get('refresh.costPerServer')) + q.recentRetiredCores * pence(a.get('refresh.costPerCore'));
  return [
    {
      side, item: 'migration', label: 'Migration (P2V and V2V)', group: 'one-off', nature: 'revenue',
      amounts: yearZero(h, q.movedPhysical * pence(a.get('migration.costPerPhysicalServer')) + q.movedVirtual * pence(a.get('migration.costPerVirtualServer'))),
      keys: ['migration.costPerPhysicalServer', 'migration.costPerVirtualServer'],
      formula: 'physical servers moved x migration.costPerPhysicalServer + virtual servers moved x migration.costPerVirtualServer',
      quantity: { unit: 'servers moved', byYear: yearZero(h, q.movedPhysical + q.movedVirtual) },
    },
    {
      side, item: 'training', label: 'Training', group: 'one-off', nature: 'revenue',
      amounts: yearZero(h, q.hosts > 0 ? pence(a.get('training.oneOff')) : 0),
      keys: ['training.oneOff'],
      formula: 'training.oneOff, once',
    },
    {
      side, item: 'decommissioning', label: 'Decommissioning retired servers', group: 'one-off', nature: 'revenue',
      amounts: yearZero(h, q.movedPhysical * pence(a.get('decommission.costPerServer'))),
      keys: ['decommission.costPerServer'],
      formula: 'physical servers retired x decommission.costPerServer',
      quantity: { unit: 'servers retired', byYear: yearZero(h, q.movedPhysical) },
    },
    {
      side, item: 'resale', label: 'Resale or redeployment of recent servers', group: 'one-off', nature: 'capital',
      amounts: yearZero(h, -likeForLike * a.get('resale.residualFraction')),
      keys: ['resale.maxAgeYears', 'resale.residualFraction', 'refresh.costPerServer', 'refresh.costPerCore'],
      formula: '-(retired servers younger than resale.maxAgeYears x refresh.costPerServer + their cores x refresh.costPerCore) x resale.residualFraction',
      quantity: { unit: 'servers redeployed or sold', byYear: yearZero(h, q.recentRetired) },
    },
  ];
}

/** The option's new costs, year by year, ending with the optimism-bias uplift on its capital. */
export function priceOption(q: OptionQuantities, horizonYears: number, a: AssumptionReader): CostLine[] {
  const lines = [...capitalLines(q, horizonYears, a), ...licenceLines(q, horizonYears, a), ...runningLines(q, horizonYears, a), ...oneOffLines(q, horizonYears, a)].map(
    costLine,
  );
  const rate = a.get('optimismBias.capital');
  const capitalSpend = lines.filter((l) => l.nature === 'capital' && l.group !== 'one-off');
  lines.push(
    costLine({
      side, item: 'optimismBias', label: 'Optimism bias on capital', group: 'risk', nature: 'capital',
      amounts: Array.from({ length: horizonYears + 1 }, (_, t) => capitalSpend.reduce((s, l) => s + l.byYear[t]!, 0) * rate),
      keys: ['optimismBias.capital'],
      formula: 'capital spend of the option (hosts, network, storage, licences bought) x optimismBias.capital',
    }),
  );
  return lines;
}
