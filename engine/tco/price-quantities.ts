import type { Appraisal, CashFlowYear, CostLine, EnergyYear, Inventory } from './appraisal.js';
import type { AssumptionReader } from './assumption-reader.js';
import { eachYear } from './cost-line.js';
import type { EstateQuantities } from './measure-estate.js';
import type { AppraisalQuantities } from './measure-quantities.js';
import { netPresentValue } from './net-present-value.js';
import { paybackMonths } from './payback-months.js';
import { estateEnergyKwh } from './estate-lines.js';
import { priceLines } from './price-lines.js';
import { optionEnergyKwh } from './option-lines.js';
import { savingsSplit } from './savings-split.js';
import { splitSavingSources } from './split-saving-sources.js';
import { addYearTotals, yearTotals } from './year-totals.js';

function inventory(q: EstateQuantities): Inventory {
  return { physicalServers: q.physicalServers, physicalCores: q.physicalCores, rackUnits: q.rackUnits };
}

/**
 * Net cash flows without the residual values: those are what the kit is still worth at the end
 * of the appraisal, not money received, so payback ignores them.
 */
function netCashWithoutResidualValues(net: readonly number[], lines: readonly CostLine[]): number[] {
  const out = [...net];
  for (const line of lines) {
    if ((line.item !== 'residualValue' && line.item !== 'switchOffResidualValue') || line.side === 'staying') continue;
    const sign = line.side === 'baseline' ? 1 : -1;
    line.byYear.forEach((p, t) => (out[t]! -= sign * p));
  }
  return out;
}

function energyByYear(q: AppraisalQuantities, a: AssumptionReader): EnergyYear[] {
  const staying = estateEnergyKwh(q.staying, a);
  // Servers switched off count before, not after: the energy figures are the steady state once they are off.
  const movedBeforeKwh = estateEnergyKwh(q.moved, a) + estateEnergyKwh(q.retired, a);
  const movedAfterKwh = optionEnergyKwh(q.option, a);
  const beforeKwh = movedBeforeKwh + staying;
  const afterKwh = movedAfterKwh + staying;
  const tonnes = (kwh: number) => (kwh * a.get('carbon.kgPerKwh')) / 1_000;
  return eachYear(q.horizonYears - 1, (i) => ({
    year: i + 1,
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
      calendarYear: q.appraisalYear + t,
      doNothing: doNothing.total[t]!,
      withOption: withOption.total[t]!,
      net: n,
      discountFactor: pv.discountFactors[t]!,
      presentValue: pv.presentValues[t]!,
      cumulativeNet: cumulative,
    };
  });
  const after = inventory(q.staying);
  const arrays = q.option.arrays + q.option.drArrays;
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
    savingSources: splitSavingSources(lines, { saving: savings.totalCostOfOwnership, npv }, { switchedOff: q.retired.servers, moved: q.moved.servers }, discountRate),
    energy: energyByYear(q, a),
    inventory: {
      before: {
        physicalServers: q.moved.physicalServers + q.retired.physicalServers + after.physicalServers,
        physicalCores: q.moved.physicalCores + q.retired.physicalCores + after.physicalCores,
        rackUnits: q.moved.rackUnits + q.retired.rackUnits + after.rackUnits,
      },
      after: {
        physicalServers: after.physicalServers + q.option.hosts,
        physicalCores: after.physicalCores + q.option.hosts * q.option.hostCores,
        rackUnits: after.rackUnits + q.option.hosts * q.option.hostRackUnits + arrays * a.get('storage.rackUnitsPerArray'),
      },
    },
    servers: {
      moved: q.moved.servers,
      staying: q.staying.servers,
      retiredPhysical: q.option.movedPhysical,
      redeployedOrSold: q.option.recentRetired,
      switchedOff: q.retired.servers,
    },
  };
}
