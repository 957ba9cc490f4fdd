/** What people call each assumption, for chat text; the key itself stays in the JSON answer model. */
const names: Readonly<Record<string, string>> = {
  'headroom.cpu': 'usable host CPU',
  'headroom.ram': 'usable host memory',
  'headroom.storage': 'usable host storage',
  'ha.spareHosts': 'spare hosts per cluster',
  'placement.minSiteWorkloads': 'fewest workloads for a local cluster',
  'growth.annual': 'demand growth a year',
  'overcommit.vcpuPerCore': 'vCPUs per physical core',
  'horizon.years': 'appraisal period',
  'sizing.minVcpu': 'smallest CPU demand per workload',
  'sizing.minMemGb': 'smallest memory per workload',
  'sizing.unknownCpuUtilP95': 'CPU use assumed when not measured',
  'sizing.vcpuComfortFactor': 'vCPU comfort factor',
  'sizing.minVcpuAllocation': 'fewest vCPUs per migrated server',
  'discount.rate': 'discount rate',
  'energy.pricePerKwh': 'electricity price',
  'energy.pue': 'server room PUE',
  'carbon.kgPerKwh': 'grid carbon factor',
  'optimismBias.capital': 'optimism bias on capital',
  'appraisal.year': 'first year of the appraisal',
  'support.outOfWarrantyUplift': 'extra support cost out of warranty',
  'support.defaultPerServer': 'hardware support per server',
  'support.warrantyYears': 'warranty length',
  'refresh.serviceLifeYears': 'server service life',
  'refresh.backlogYears': 'years to clear the refresh backlog',
  'refresh.costPerServer': 'replacement server, fixed part',
  'refresh.costPerCore': 'replacement server, per core',
  'refresh.costPerTb': 'replacement server, per TB',
  'energy.serverBaseWatts': 'server base power',
  'energy.wattsPerCore': 'server power per core',
  'rack.costPerUnitYear': 'rack space a year',
  'backup.costPerPhysicalServerYear': 'backup per physical server a year',
  'backup.costPerVirtualServerYear': 'backup per VM a year',
  'staff.costPerHour': 'engineer time per hour',
  'staff.hoursPerPhysicalServerYear': 'engineer hours per physical server a year',
  'staff.hoursPerHostYear': 'engineer hours per host a year',
  'licence.vmwarePerCoreYear': 'VMware subscription per core a year',
  'licence.proxmoxPerSocketYear': 'Proxmox subscription per socket a year',
  'licence.windowsDatacenterPerCore': 'Windows Datacenter licence per core',
  'licence.windowsStandardPerCore': 'Windows Standard licence per core',
  'licence.windowsAssuranceRate': 'Software Assurance a year',
  'storage.costPerRawTb': 'shared storage per raw TB',
  'storage.overhead': 'storage overhead',
  'storage.arrayBaseCost': 'storage array, fixed cost',
  'storage.supportRate': 'storage support a year',
  'storage.wattsPerArray': 'storage array power',
  'storage.rackUnitsPerArray': 'storage array rack space',
  'network.costPerHost': 'network per host',
  'migration.costPerPhysicalServer': 'migrating a physical server',
  'migration.costPerVirtualServer': 'migrating a VM',
  'training.oneOff': 'training',
  'decommission.costPerServer': 'retiring a server',
  'resale.maxAgeYears': 'youngest age to scrap a server',
  'resale.residualFraction': 'resale value of recent servers',
  'dr.replicationPerVmYear': 'replication per VM a year',
  'dr.linkPerYear': 'DR link a year',
  'energy.pueAfter': 'PUE after consolidation',
  'delivery.migrationMonths': 'migration period',
  'support.defaultPerHost': 'support per host today',
  'migration.costPerVirtualServerSameHypervisor': 'moving a VM on the same hypervisor',
  'retire.decommissionCostPerServer': 'switching off a server',
  'retire.verificationMonths': 'checks before switching off',
};

/**
 * An assumption's name in plain English ("electricity price"); a key without a name of its own
 * is spelled out from its parts ("refresh.costPerTb" -> "refresh cost per tb"), never shown raw.
 *
 * @example assumptionName('energy.pricePerKwh') // 'electricity price'
 */
export function assumptionName(key: string): string {
  return names[key] ?? key.replace(/\./g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The name with its unit, for table rows and headings: "electricity price (£/kWh)". */
export function assumptionLabel(key: string, unit: string): string {
  return `${assumptionName(key)} (${unit})`;
}

/** Engine messages in chat words: every assumption key in the text becomes its plain name. */
export function withAssumptionNames(text: string): string {
  return text.replace(/\b[a-z]+\.[a-zA-Z0-9]+\b/g, (word) => names[word] ?? word);
}
