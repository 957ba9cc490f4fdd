import type { Pence } from '../../engine/money.js';
import type { SavingFigure } from '../../engine/tco/appraisal.js';
import type { Evaluation } from '../../engine/evaluate.js';

/**
 * The headline figures of one option, read straight from its evaluation (sums of the engine's
 * own yearly totals, nothing re-modelled), so every section quotes the same number.
 */
export interface CaseFigures {
  npv: Pence;
  paybackMonths: number | null;
  horizonYears: number;
  discountRate: number;
  /** Option capital over the horizon, optimism bias included. */
  capital: Pence;
  capitalYear0: Pence;
  optimismBiasRate: number;
  optimismBias: Pence;
  doNothingTotal: Pence;
  withOptionTotal: Pence;
  /** Net saving in the first full running year (year 1). */
  netSavingYear1: Pence;
  running: SavingFigure;
  hardwareSoftware: SavingFigure;
  totalCostOfOwnership: SavingFigure;
  /** Yearly energy and carbon in the first running year. */
  energyBeforeKwh: number;
  energyAfterKwh: number;
  tco2eBefore: number;
  tco2eAfter: number;
  serversBefore: number;
  serversAfter: number;
  coresBefore: number;
  coresAfter: number;
  rackUnitsBefore: number;
  rackUnitsAfter: number;
  hosts: number;
  lowerBound: number;
  hostModel: string;
  hostVendor: string;
  inScope: number;
  moved: number;
  unplaced: number;
  retiredPhysical: number;
  redeployedOrSold: number;
  drEnabled: boolean;
}

export function caseFigures({ plan, appraisal: a, scenario }: Evaluation): CaseFigures {
  const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
  const year1 = a.energy[0];
  if (!year1) throw new RangeError(`the appraisal of ${a.scenario} has no running year (horizon ${a.horizonYears})`);
  return {
    npv: a.npv,
    paybackMonths: a.paybackMonths,
    horizonYears: a.horizonYears,
    discountRate: a.discountRate,
    capital: sum(a.option.capital),
    capitalYear0: a.option.capital[0] ?? 0,
    optimismBiasRate: a.optimismBias.rate,
    optimismBias: a.optimismBias.total,
    doNothingTotal: a.doNothing.sum,
    withOptionTotal: a.withOption.sum,
    netSavingYear1: a.cashFlows[1]?.net ?? 0,
    running: a.savings.runningCosts,
    hardwareSoftware: a.savings.hardwareSoftware,
    totalCostOfOwnership: a.savings.totalCostOfOwnership,
    energyBeforeKwh: year1.beforeKwh,
    energyAfterKwh: year1.afterKwh,
    tco2eBefore: year1.beforeTco2e,
    tco2eAfter: year1.afterTco2e,
    serversBefore: a.inventory.before.physicalServers,
    serversAfter: a.inventory.after.physicalServers,
    coresBefore: a.inventory.before.physicalCores,
    coresAfter: a.inventory.after.physicalCores,
    rackUnitsBefore: a.inventory.before.rackUnits,
    rackUnitsAfter: a.inventory.after.rackUnits,
    hosts: plan.hosts,
    lowerBound: plan.lowerBound,
    hostModel: plan.hostModel.model,
    hostVendor: plan.hostModel.vendor,
    inScope: plan.inScope.length,
    moved: a.servers.moved,
    unplaced: plan.unplaced.length,
    retiredPhysical: a.servers.retiredPhysical,
    redeployedOrSold: a.servers.redeployedOrSold,
    drEnabled: scenario.dr.enabled,
  };
}
