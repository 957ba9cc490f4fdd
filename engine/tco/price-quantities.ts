import type { Appraisal, CashFlowYear, CostLine, EnergyYear, Inventory } from './appraisal.js';
import type { AssumptionReader } from './assumption-reader.js';
import { eachYear } from './cost-line.js';
import type { AppraisalQuantities } from './measure-quantities.js';
import { netPresentValue } from './net-present-value.js';
import { paybackMonths } from './payback-months.js';
import { estateEnergyKwh } from './estate-lines.js';
import { priceLines } from './price-lines.js';
import { optionArrays, optionEnergyKwh } from './option-lines.js';
import { recoveryObjectives } from '../dr/recovery-objectives.js';
import { savingsSplit } from './savings-split.js';
import { splitSavingSources } from './split-saving-sources.js';
import { addYearTotals, yearTotals } from './year-totals.js';
import { financeView } from './finance-view.js';
import { isResidualValue } from './line-treatment.js';
import { financialYearLabel } from './financial-year-label.js';
import { hostsInUseEnergyKwh } from './hosts-in-use-lines.js';

/** Physical kit that stays whatever the option does: servers neither moved nor switched off, and today's hosts not retired. */
function stayingInventory(q: AppraisalQuantities): Inventory {
  return {
    physicalServers: q.whole.physicalServers - q.moved.physicalServers - q.switchedOff.physicalServers + q.hostsInUse.hosts - q.retiredHosts.hosts,
    physicalCores: q.whole.physicalCores - q.moved.physicalCores - q.switchedOff.physicalCores + q.hostsInUse.cores - q.retiredHosts.cores,
    rackUnits: q.whole.rackUnits - q.moved.rackUnits - q.switchedOff.rackUnits + q.hostsInUse.rackUnits - q.retiredHosts.rackUnits,
  };
}

/**
 * Net cash flows without the residual values: those are what the kit is still worth at the end
 * of the appraisal, not money received, so payback ignores them.
 */
function netCashWithoutResidualValues(net: readonly number[], lines: readonly CostLine[]): number[] {
  const out = [...net];
  for (const line of lines) {
    if (!isResidualValue(line.item) || line.side === 'staying') continue;
    const sign = line.side === 'baseline' ? 1 : -1;
    line.byYear.forEach((p, t) => (out[t]! -= sign * p));
  }
  return out;
}

function energyByYear(q: AppraisalQuantities, a: AssumptionReader, labels: readonly string[]): EnergyYear[] {
  const wholeKwh = estateEnergyKwh(q.whole, a) + hostsInUseEnergyKwh(q.hostsInUse, a);
  // Servers switched off count before, not after: the energy figures are the steady state once they are off.
  const movedBeforeKwh = estateEnergyKwh(q.moved, a) + estateEnergyKwh(q.switchedOff, a) + hostsInUseEnergyKwh(q.retiredHosts, a);
  const movedAfterKwh = optionEnergyKwh(q.option, a);
  const beforeKwh = wholeKwh;
  const afterKwh = wholeKwh - movedBeforeKwh + movedAfterKwh;
  const tonnes = (kwh: number) => (kwh * a.get('carbon.kgPerKwh')) / 1_000;
  return eachYear(q.horizonYears - 1, (i) => ({
    year: i + 1,
    financialYear: labels[i + 1]!,
    beforeKwh,
    afterKwh,
    movedBeforeKwh,
    movedAfterKwh,
    beforeTco2e: tonnes(beforeKwh),
    afterTco2e: tonnes(afterKwh),
  }));
}

/**
 * Prices measured quantities under a set of assumptions and assembles the appraisal: lines,
 * totals, cash flows against doing nothing, NPV, payback, savings split, energy and carbon.
 * Cheap enough to call thousands of times (Monte Carlo) on the same quantities.
 */
export function priceQuantities(q: AppraisalQuantities, a: AssumptionReader): Appraisal {
  const h = q.horizonYears;
  const financialYears = eachYear(h, (t) => financialYearLabel(q.appraisalYear + t));
  const lines = priceLines(q, a);
  const baseline = yearTotals(lines.filter((l) => l.side === 'baseline'), h);
  const staying = yearTotals(lines.filter((l) => l.side === 'staying'), h);
  const option = yearTotals(lines.filter((l) => l.side === 'option'), h);
  const doNothing = addYearTotals(baseline, staying);
  const withOption = addYearTotals(option, staying);
  const net = doNothing.total.map((d, t) => d - withOption.total[t]!);
  const discountRate = a.get('discount.rate');
  const pv = netPresentValue(net, discountRate);
  let cumulative = 0;
  const cashFlows: CashFlowYear[] = net.map((n, t) => {
    cumulative += n;
    return {
      year: t,
      financialYear: financialYears[t]!,
      doNothing: doNothing.total[t]!,
      withOption: withOption.total[t]!,
      net: n,
      discountFactor: pv.discountFactors[t]!,
      presentValue: pv.presentValues[t]!,
      cumulativeNet: cumulative,
    };
  });
  const after = stayingInventory(q);
  const arrays = optionArrays(q.option);
  const energy = energyByYear(q, a, financialYears);
  const running = energy[0];
  const savings = savingsSplit(lines);
  const npv = pv.npv;
  return {
    scenario: q.scenario,
    hypervisor: q.hypervisor,
    hostModel: q.hostModel,
    appraisalYear: q.appraisalYear,
    appraisalYearSource: q.appraisalYearSource,
    horizonYears: h,
    years: eachYear(h, (t) => t),
    financialYears,
    baselineCase: q.baselineCase,
    assumedInputs: q.assumedInputs,
    lines,
    baseline,
    staying,
    option,
    doNothing,
    withOption,
    cashFlows,
    discountRate,
    npv,
    optimismBias: { rate: a.get('optimismBias.capital'), total: lines.find((l) => l.id === 'option.optimismBias')?.total ?? 0 },
    paybackMonths: paybackMonths(netCashWithoutResidualValues(net, lines)),
    savings,
    savingSources: splitSavingSources(lines, { saving: savings.totalCostOfOwnership, npv }, { switchedOff: q.switchedOff.servers, moved: q.moved.servers }, discountRate),
    energy,
    energyChange: {
      basis: 'whole estate',
      beforeKwh: running?.beforeKwh ?? 0,
      afterKwh: running?.afterKwh ?? 0,
      percent: running && running.beforeKwh > 0 ? (running.beforeKwh - running.afterKwh) / running.beforeKwh : null,
    },
    finance: financeView({ lines, horizonYears: h, financialYears, year0: q.appraisalYear, retiredAssets: q.retiredAssets }, a),
    inventory: {
      before: {
        physicalServers: q.whole.physicalServers + q.hostsInUse.hosts,
        physicalCores: q.whole.physicalCores + q.hostsInUse.cores,
        rackUnits: q.whole.rackUnits + q.hostsInUse.rackUnits,
      },
      after: {
        physicalServers: after.physicalServers + q.option.hosts,
        physicalCores: after.physicalCores + q.option.hosts * q.option.hostCores,
        rackUnits: after.rackUnits + q.option.hosts * q.option.hostRackUnits + arrays * a.get('storage.rackUnitsPerArray'),
      },
    },
    servers: {
      moved: q.moved.servers,
      staying: q.whole.servers - q.moved.servers - q.switchedOff.servers,
      retiredPhysical: q.option.movedPhysical - q.option.recycled.length,
      redeployedOrSold: q.option.recentRetired,
      switchedOff: q.switchedOff.servers,
    },
    ...(q.option.recycled.length > 0 ? { recycledHosts: q.option.recycled.map((r) => ({ server: r.server, host: r.host })) } : {}),
    ...(q.option.dr ? { dr: { ...q.option.dr, drHosts: q.option.drHosts, ...recoveryHours(q.option.dr.method, a) } } : {}),
  };
}

/** The RPO and RTO the DR method promises, in hours. */
function recoveryHours(method: Parameters<typeof recoveryObjectives>[0], a: AssumptionReader): { rpoHours: number; rtoHours: number } {
  const { rpoHours, rtoHours } = recoveryObjectives(method, a);
  return { rpoHours, rtoHours };
}
