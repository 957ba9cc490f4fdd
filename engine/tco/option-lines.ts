import { backupOptionLines } from '../dr/backup-option-lines.js';
import type { AssumptionReader } from './assumption-reader.js';
import { eachYear, roundedAmounts, runningYears, yearZero, type LineDefinition } from './cost-line.js';
import { drReplicationMethods } from './dr-replication.js';
import { energyUse } from './energy-use.js';
import type { OptionQuantities } from './measure-option.js';
import { residualFraction } from './residual-fraction.js';

const pence = (pounds: number) => pounds * 100;
const side = 'option' as const;

/** Arrays the option powers and houses: shared storage, DR-site storage and a DR backup target (dr.method disk). */
export function optionArrays(q: OptionQuantities): number {
  return q.arrays + q.drArrays + (q.drBackup?.method === 'disk' ? 1 : 0);
}

/** Energy of the option's hosts and storage arrays in kWh a year (facility level, PUE included). */
export function optionEnergyKwh(q: OptionQuantities, a: AssumptionReader): number {
  return energyUse(q.hostWatts + optionArrays(q) * a.get('storage.wattsPerArray'), a.get('energy.pueAfter'));
}

function inPurchaseYears(q: OptionQuantities, horizonYears: number, amount: number): number[] {
  return eachYear(horizonYears, (t) => (q.purchaseYears.includes(t) ? amount : 0));
}

/** Hosts bought each purchase year: recycled servers stand in for new hosts in year 0 only (they are replaced at the next refresh). */
function hostsBought(q: OptionQuantities, horizonYears: number): number[] {
  return eachYear(horizonYears, (t) => (q.purchaseYears.includes(t) ? q.hosts - (t === 0 ? q.recycled.length : 0) : 0));
}

/** Support a year of the recycled hosts: as recorded, support.defaultPerServer where none is. */
function recycledSupport(q: OptionQuantities, a: AssumptionReader): number {
  return q.recycled.reduce((sum, r) => sum + (r.supportPence ?? pence(a.get('support.defaultPerServer'))), 0);
}

function storageCapital(arrays: number, usableTb: number, a: AssumptionReader): number {
  return arrays * pence(a.get('storage.arrayBaseCost')) + usableTb * (1 + a.get('storage.overhead')) * pence(a.get('storage.costPerRawTb'));
}

/** Capital lines: hosts, network and storage, bought in year 0 and again after each service life. */
function capitalLines(q: OptionQuantities, h: number): LineDefinition[] {
  const storageKeys = ['storage.arrayBaseCost', 'storage.overhead', 'storage.costPerRawTb', 'refresh.serviceLifeYears'];
  const storageFormula = (what: string) =>
    `${what} arrays x storage.arrayBaseCost + used TB (grown) x (1 + storage.overhead) x storage.costPerRawTb; bought in year 0 and after each refresh.serviceLifeYears`;
  return [
    {
      side, item: 'hosts', label: `Virtualisation hosts (${q.hostModel})`, group: 'hardware-software', nature: 'capital',
      amounts: () => hostsBought(q, h).map((n) => n * q.hostPricePence),
      keys: ['refresh.serviceLifeYears'],
      formula: `hosts bought x catalogue price of ${q.hostModel} (£${(q.hostPricePence / 100).toFixed(2)}); bought in year 0 (less any recycled servers) and after each refresh.serviceLifeYears`,
      quantity: { unit: 'hosts', byYear: () => hostsBought(q, h) },
    },
    {
      side, item: 'network', label: 'Host networking', group: 'hardware-software', nature: 'capital',
      amounts: (a) => inPurchaseYears(q, h, q.hosts * pence(a.get('network.costPerHost'))),
      keys: ['network.costPerHost', 'refresh.serviceLifeYears'],
      formula: 'hosts x network.costPerHost; bought with the hosts',
    },
    {
      side, item: 'storage', label: q.hyperconverged ? 'Shared storage (none: the hosts carry the disks)' : 'Shared storage', group: 'hardware-software', nature: 'capital',
      amounts: (a) => inPurchaseYears(q, h, storageCapital(q.arrays, q.usableTb, a)),
      keys: storageKeys,
      formula: storageFormula('primary-site'),
      quantity: { unit: 'raw TB', byYear: (a) => inPurchaseYears(q, h, q.usableTb * (1 + a.get('storage.overhead'))) },
    },
    {
      side, item: 'drStorage', label: 'DR-site storage', group: 'hardware-software', nature: 'capital',
      amounts: (a) => inPurchaseYears(q, h, storageCapital(q.drArrays, q.drUsableTb, a)),
      keys: storageKeys,
      formula: storageFormula('DR-site'),
      quantity: { unit: 'raw TB', byYear: (a) => inPurchaseYears(q, h, q.drUsableTb * (1 + a.get('storage.overhead'))) },
    },
  ];
}

/** A perpetual per-core licence bought in year 0, and its Software Assurance in every running year. */
/** What a perpetual licence counts: licensed cores (today's rules) or CPU sockets (2008-era per-processor rules). */
interface PerpetualUnits {
  count: number;
  unit: 'licensed cores' | 'CPU sockets';
  /** How the count was reached, for the line's formula. */
  rule: string;
}

const perCoreUnits = (cores: number): PerpetualUnits => ({ count: cores, unit: 'licensed cores', rule: 'every core, at least 8 per CPU and 16 per host, 2-core packs' });
const perSocketUnits = (sockets: number): PerpetualUnits => ({ count: sockets, unit: 'CPU sockets', rule: 'every CPU socket of every host' });

function perpetualLines(h: number, item: string, label: string, units: PerpetualUnits, priceKey: string, assuranceKey: string): LineDefinition[] {
  const licence = (a: AssumptionReader) => units.count * pence(a.get(priceKey));
  return [
    {
      side, item: `${item}Licence`, label, group: 'hardware-software', nature: 'capital',
      amounts: (a) => yearZero(h, licence(a)),
      keys: [priceKey],
      formula: `${units.unit} (${units.rule}) x ${priceKey}`,
      quantity: { unit: units.unit, byYear: () => yearZero(h, units.count) },
    },
    {
      side, item: `${item}Assurance`, label: `${label}: ${units.unit === 'CPU sockets' ? 'support and subscription' : 'Software Assurance'}`, group: 'hardware-software', nature: 'revenue',
      amounts: (a) => runningYears(h, () => licence(a) * a.get(assuranceKey)),
      keys: [priceKey, assuranceKey],
      formula: `${units.unit} x ${priceKey} x ${assuranceKey}`,
    },
  ];
}

/** The hypervisor's licence and, when it does not cover Windows guests, Windows Server Datacenter for the hosts. */
function licenceLines(q: OptionQuantities, h: number): LineDefinition[] {
  const { rule, cores, sockets } = q.hypervisorLicence;
  const lines: LineDefinition[] = [];
  if (rule.metric === 'core-year') {
    const minimums = `at least ${rule.minCoresPerCpu} per CPU${rule.minCoresPerOrder > 0 ? `, at least ${rule.minCoresPerOrder} per order` : ''}`;
    lines.push({
      side, item: 'hypervisorSubscription', label: rule.product, group: 'hardware-software', nature: 'revenue',
      amounts: (a) => runningYears(h, () => cores * pence(a.get(rule.priceKey))),
      keys: [rule.priceKey],
      formula: `licensed cores (every core, ${minimums}) x ${rule.priceKey}`,
      quantity: { unit: 'licensed cores', byYear: () => runningYears(h, () => cores) },
    });
  } else if (rule.metric === 'socket-year') {
    lines.push({
      side, item: 'hypervisorSubscription', label: rule.product, group: 'hardware-software', nature: 'revenue',
      amounts: (a) => runningYears(h, () => sockets * pence(a.get(rule.priceKey))),
      keys: [rule.priceKey],
      formula: `CPU sockets x ${rule.priceKey}`,
      quantity: { unit: 'CPU sockets', byYear: () => runningYears(h, () => sockets) },
    });
  } else {
    const units = rule.metric === 'socket-perpetual' ? perSocketUnits(sockets) : perCoreUnits(cores);
    lines.push(...perpetualLines(h, 'hypervisor', rule.product, units, rule.priceKey, rule.assuranceKey ?? 'licence.windowsAssuranceRate'));
  }
  const dc = q.windowsDatacenter;
  if (dc.cores > 0) lines.push(...perpetualLines(h, 'windows', dc.rule.product, perCoreUnits(dc.cores), dc.rule.priceKey, dc.rule.assuranceKey));
  if (dc.sockets > 0) lines.push(...perpetualLines(h, 'windows', dc.rule.product, perSocketUnits(dc.sockets), dc.rule.priceKey, dc.rule.assuranceKey));
  return lines;
}

/** Running costs of the hosts, storage and replication, in every running year. */
function runningLines(q: OptionQuantities, h: number): LineDefinition[] {
  const rackUnits = (a: AssumptionReader) => q.hosts * q.hostRackUnits + optionArrays(q) * a.get('storage.rackUnitsPerArray');
  const workloads = q.movedPhysical + q.movedVirtual;
  return [
    {
      side, item: 'support', label: 'Host and storage support', group: 'running', nature: 'revenue',
      amounts: (a) => {
        const storage = storageCapital(q.arrays, q.usableTb, a) + storageCapital(q.drArrays, q.drUsableTb, a);
        return runningYears(h, () => (q.hosts - q.recycled.length) * q.hostSupportPence + recycledSupport(q, a) + storage * a.get('storage.supportRate'));
      },
      keys: ['storage.supportRate', 'storage.arrayBaseCost', 'storage.overhead', 'storage.costPerRawTb', ...(q.recycled.length > 0 ? ['support.defaultPerServer'] : [])],
      formula: `new hosts x catalogue annual support of ${q.hostModel} (£${(q.hostSupportPence / 100).toFixed(2)}) + recycled hosts' own support (support.defaultPerServer where none is recorded) + storage capital x storage.supportRate`,
    },
    {
      side, item: 'energy', label: 'Energy (hosts and storage, with cooling via PUE)', group: 'running', nature: 'revenue',
      amounts: (a) => {
        const cost = optionEnergyKwh(q, a) * pence(a.get('energy.pricePerKwh'));
        return runningYears(h, () => cost);
      },
      keys: ['energy.pricePerKwh', 'energy.pueAfter', 'storage.wattsPerArray'],
      formula: 'kWh x energy.pricePerKwh, where kWh = watts x 8,760 h x energy.pueAfter / 1,000; host watts = watts_idle + planned CPU utilisation x (watts_max - watts_idle); arrays (a DR backup target counts as one) x storage.wattsPerArray',
      quantity: { unit: 'kWh', byYear: (a) => runningYears(h, () => optionEnergyKwh(q, a)) },
    },
    {
      side, item: 'rack', label: 'Rack space', group: 'running', nature: 'revenue',
      amounts: (a) => runningYears(h, () => rackUnits(a) * pence(a.get('rack.costPerUnitYear'))),
      keys: ['rack.costPerUnitYear', 'storage.rackUnitsPerArray'],
      formula: 'rack units (hosts x catalogue rack units + arrays, a DR backup target among them, x storage.rackUnitsPerArray) x rack.costPerUnitYear',
      quantity: { unit: 'rack units', byYear: (a) => runningYears(h, () => rackUnits(a)) },
    },
    {
      side, item: 'backup', label: 'Backup', group: 'running', nature: 'revenue',
      amounts: (a) => runningYears(h, () => workloads * pence(a.get('backup.costPerVirtualServerYear'))),
      keys: ['backup.costPerVirtualServerYear'],
      formula: 'moved workloads x backup.costPerVirtualServerYear',
      quantity: { unit: 'virtual servers', byYear: () => runningYears(h, () => workloads) },
    },
    {
      side, item: 'staff', label: 'Staff time on hosts', group: 'running', nature: 'revenue',
      amounts: (a) => runningYears(h, () => q.hosts * a.get('staff.hoursPerHostYear') * pence(a.get('staff.costPerHour'))),
      keys: ['staff.hoursPerHostYear', 'staff.costPerHour'],
      formula: 'hosts x staff.hoursPerHostYear x staff.costPerHour',
      quantity: { unit: 'hours', byYear: (a) => runningYears(h, () => q.hosts * a.get('staff.hoursPerHostYear')) },
    },
    {
      side, item: 'replication', label: 'DR replication', group: 'running', nature: 'revenue',
      amounts: (a) => runningYears(h, () => {
        const perVmOrHost = Math.min(q.protectedVms * pence(a.get('dr.replicationPerVmYear')), q.protectedSourceHosts * pence(a.get('dr.replicationPerHostYear')));
        const copies = q.drReplication === 'san' ? q.drArrays * pence(a.get('dr.sanReplicationPerArrayYear')) : perVmOrHost;
        return q.drHosts > 0 ? copies + pence(a.get('dr.linkPerYear')) : 0;
      }),
      keys: drReplicationMethods[q.drReplication].keys,
      formula: `${drReplicationMethods[q.drReplication].label} (RPO ${drReplicationMethods[q.drReplication].rpo}; RTO ${drReplicationMethods[q.drReplication].rto}): ${drReplicationMethods[q.drReplication].formula}, when the plan has DR hosts`,
      quantity: { unit: 'protected VMs', byYear: () => runningYears(h, () => q.protectedVms) },
    },
  ];
}

/** One-off costs of the change, all in year 0. */
function oneOffLines(q: OptionQuantities, h: number): LineDefinition[] {
  return [
    {
      side, item: 'migration', label: 'Migration (P2V and V2V)', group: 'one-off', nature: 'revenue',
      amounts: (a) => yearZero(h,
        q.movedPhysical * pence(a.get('migration.costPerPhysicalServer')) +
        (q.movedVirtual - q.movedVirtualSameHypervisor) * pence(a.get('migration.costPerVirtualServer')) +
        q.movedVirtualSameHypervisor * pence(a.get('migration.costPerVirtualServerSameHypervisor'))),
      keys: ['migration.costPerPhysicalServer', 'migration.costPerVirtualServer', 'migration.costPerVirtualServerSameHypervisor'],
      formula: 'physical servers moved x migration.costPerPhysicalServer + virtual servers converted to another hypervisor x migration.costPerVirtualServer + virtual servers live-migrated on the same hypervisor x migration.costPerVirtualServerSameHypervisor',
      quantity: { unit: 'servers moved', byYear: () => yearZero(h, q.movedPhysical + q.movedVirtual) },
    },
    {
      side, item: 'training', label: 'Training', group: 'one-off', nature: 'revenue',
      amounts: (a) => yearZero(h, q.hosts > 0 ? pence(a.get('training.oneOff')) : 0),
      keys: ['training.oneOff'],
      formula: 'training.oneOff, once',
    },
    {
      side, item: 'decommissioning', label: 'Decommissioning retired servers', group: 'one-off', nature: 'revenue',
      amounts: (a) => yearZero(h, (q.movedPhysical - q.recycled.length) * pence(a.get('decommission.costPerServer'))),
      keys: ['decommission.costPerServer'],
      formula: 'physical servers retired (not those recycled as hosts) x decommission.costPerServer',
      quantity: { unit: 'servers retired', byYear: () => yearZero(h, q.movedPhysical - q.recycled.length) },
    },
    {
      side, item: 'resale', label: 'Resale or redeployment of recent servers', group: 'one-off', nature: 'capital',
      amounts: (a) => {
        const likeForLike = q.recentRetired * pence(a.get('refresh.costPerServer')) + q.recentRetiredCores * pence(a.get('refresh.costPerCore')) +
          q.recentRetiredTb * pence(a.get('refresh.costPerTb'));
        return yearZero(h, -likeForLike * a.get('resale.residualFraction'));
      },
      keys: ['resale.maxAgeYears', 'resale.residualFraction', 'refresh.costPerServer', 'refresh.costPerCore', 'refresh.costPerTb'],
      formula: '-(retired servers younger than resale.maxAgeYears x refresh.costPerServer + their cores x refresh.costPerCore + their TB x refresh.costPerTb) x resale.residualFraction',
      quantity: { unit: 'servers redeployed or sold', byYear: () => yearZero(h, q.recentRetired) },
    },
  ];
}

/** Optimism bias: a share of the option's capital spend (receipts excluded), in the years it is spent. */
function optimismBiasLine(capital: readonly LineDefinition[], h: number): LineDefinition {
  return {
    side, item: 'optimismBias', label: 'Optimism bias on capital', group: 'risk', nature: 'capital',
    amounts: (a) => {
      const spend = new Array<number>(h + 1).fill(0);
      for (const line of capital) roundedAmounts(line, a).forEach((p, t) => (spend[t]! += p));
      const rate = a.get('optimismBias.capital');
      return spend.map((p) => p * rate);
    },
    keys: ['optimismBias.capital'],
    formula: 'capital spend of the option (hosts, network, storage, licences bought) x optimismBias.capital',
  };
}

/** What the hosts, network and storage are still worth at the end of the horizon (straight line over their service life). */
function residualValueLine(kit: readonly LineDefinition[], h: number, serviceLifeYears: number): LineDefinition {
  return {
    side, item: 'residualValue', label: 'Residual value of hosts, network and storage', group: 'hardware-software', nature: 'capital',
    amounts: (a) => {
      let left = 0;
      for (const line of kit) line.amounts(a).forEach((cost, t) => (left += cost * residualFraction(t, h, serviceLifeYears)));
      return eachYear(h, (t) => (t === h ? -left : 0));
    },
    keys: ['refresh.serviceLifeYears'],
    formula: '-(each purchase of hosts, network and storage (and DR backup kit) x the share of its refresh.serviceLifeYears still ahead at the end of the horizon), credited in the final year',
  };
}

/**
 * The option's new cost lines, ending with the residual value of its kit and the optimism-bias
 * uplift on its capital. A DR tier kept by backups (dr.method disk or tape) adds its kit and
 * running lines (engine/dr/backup-option-lines.ts), the kit covered by the same residual value
 * and optimism bias, so `tco` appraises that DR option in full.
 */
export function optionLines(q: OptionQuantities, horizonYears: number, serviceLifeYears: number): LineDefinition[] {
  const backup = q.drBackup ? backupOptionLines({ ...q.drBackup, purchaseYears: q.purchaseYears, horizonYears }) : undefined;
  const kit = [...capitalLines(q, horizonYears), ...(backup ? [backup.kit] : [])];
  const lines = [...kit, ...licenceLines(q, horizonYears), ...runningLines(q, horizonYears), ...(backup?.running ?? []), ...oneOffLines(q, horizonYears)];
  const capitalSpend = lines.filter((l) => l.nature === 'capital' && l.group !== 'one-off');
  return [...lines, residualValueLine(kit, horizonYears, serviceLifeYears), optimismBiasLine(capitalSpend, horizonYears)];
}
