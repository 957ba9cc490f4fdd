import { measureKeys } from './measure-quantities.js';

/**
 * Keys the appraisal only multiplies by (prices, rates, wattage estimates): changing one needs
 * neither a new plan nor new quantities, only re-pricing — which is what makes 10,000 Monte
 * Carlo draws cheap. Kept in step with the pricing code by a test that records every key read.
 */
export const pricingKeys: readonly string[] = [
  'discount.rate', 'optimismBias.capital', 'carbon.kgPerKwh',
  'energy.pricePerKwh', 'energy.pue', 'energy.serverBaseWatts', 'energy.wattsPerCore',
  'support.outOfWarrantyUplift', 'support.defaultPerServer',
  'refresh.costPerServer', 'refresh.costPerCore', 'refresh.costPerTb', 'refresh.windowsLicencePerServer',
  'rack.costPerUnitYear',
  'backup.costPerPhysicalServerYear', 'backup.costPerVirtualServerYear',
  'staff.costPerHour', 'staff.hoursPerPhysicalServerYear', 'staff.hoursPerHostYear',
  'licence.vmwarePerCoreYear', 'licence.proxmoxPerSocketYear', 'licence.windowsDatacenterPerCore',
  'licence.windowsStandardPerCore', 'licence.windowsAssuranceRate',
  'licence.vmwarePerSocket', 'licence.vmwareSupportRate', 'licence.windowsDatacenterPerSocket',
  'storage.costPerRawTb', 'storage.overhead', 'storage.arrayBaseCost', 'storage.supportRate',
  'storage.wattsPerArray', 'storage.rackUnitsPerArray',
  'network.costPerHost',
  'migration.costPerPhysicalServer', 'migration.costPerVirtualServer',
  'training.oneOff', 'decommission.costPerServer', 'resale.residualFraction',
  'dr.replicationPerVmYear', 'dr.replicationPerHostYear', 'dr.linkPerYear', 'dr.sanReplicationPerArrayYear',
  'support.defaultPerHost', 'energy.pueAfter', 'migration.costPerVirtualServerSameHypervisor', 'delivery.migrationMonths',
  'vat.rate', 'vat.recoverableShare', 'depreciation.hardwareYears', 'depreciation.softwareYears', 'pdc.rate',
  'inflation.gdpDeflator', 'capital.envelope', 'capital.envelopeLaterYears',
  'retire.decommissionCostPerServer', 'retire.verificationMonths',
];

/**
 * What a change to one assumption requires:
 * - `reprice`: a price or rate; the same quantities are priced again;
 * - `remeasure`: a date or lifetime (appraisal.year, refresh.serviceLifeYears, ...); the same plan is measured again;
 * - `replan`: anything else, including every sizing key (headroom.*, ha.spareHosts, growth.annual,
 *   overcommit.*, sizing.*) and horizon.years (growth is applied over the horizon); placement runs again.
 */
export function keyEffect(key: string): 'reprice' | 'remeasure' | 'replan' {
  if (key === 'horizon.years') return 'replan';
  if (pricing.has(key)) return 'reprice';
  if (measuring.has(key)) return 'remeasure';
  return 'replan';
}

const pricing = new Set(pricingKeys);
const measuring = new Set(measureKeys);
