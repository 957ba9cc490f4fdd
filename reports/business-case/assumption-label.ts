/**
 * Short names for assumption keys, for chart axes and tables where the full description of
 * data/assumptions.json would not fit. A key without a name here is shown as the key itself.
 */
const labels: Readonly<Record<string, string>> = {
  'headroom.cpu': 'Usable host CPU',
  'headroom.ram': 'Usable host memory',
  'ha.spareHosts': 'Spare hosts per cluster',
  'growth.annual': 'Demand growth a year',
  'overcommit.vcpuPerCore': 'vCPUs per core',
  'horizon.years': 'Appraisal period',
  'discount.rate': 'Discount rate',
  'energy.pricePerKwh': 'Electricity price',
  'energy.pue': 'Cooling overhead (PUE)',
  'carbon.kgPerKwh': 'Grid carbon factor',
  'optimismBias.capital': 'Optimism bias on capital',
  'support.outOfWarrantyUplift': 'Out-of-warranty support uplift',
  'refresh.serviceLifeYears': 'Server service life',
  'refresh.costPerServer': 'Replacement server cost',
  'rack.costPerUnitYear': 'Rack unit cost a year',
  'staff.costPerHour': 'Engineer cost an hour',
  'staff.hoursPerPhysicalServerYear': 'Engineer hours per server a year',
  'licence.vmwarePerCoreYear': 'VMware price per core a year',
  'licence.proxmoxPerSocketYear': 'Proxmox price per socket a year',
  'licence.windowsDatacenterPerCore': 'Windows Datacenter price per core',
  'storage.costPerRawTb': 'Storage cost per raw TB',
  'storage.arrayBaseCost': 'Storage array base cost',
  'migration.costPerPhysicalServer': 'Migration cost per physical server',
  'dr.replicationPerVmYear': 'DR replication per VM a year',
};

export function assumptionLabel(key: string): string {
  return labels[key] ?? key;
}
