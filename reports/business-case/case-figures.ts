import type { Pence } from '../../engine/money.js';
import type { Appraisal, CostLine, SavingFigure } from '../../engine/tco/appraisal.js';
import type { Evaluation } from '../../engine/evaluate.js';
import { financialYear } from './financial-year.js';

/** One financial year of the option's capital (CDEL), the parts a director of finance asks for. */
export interface CapitalYear {
  /** "2026/27". */
  year: string;
  /** Hosts, storage, networking, perpetual licences: gross, before receipts. */
  gross: Pence;
  /** The Green Book risk allowance on that capital, shown apart from it. */
  optimismBias: Pence;
  /** Resale of recent servers and residual values at the end (negative = money back). */
  receipts: Pence;
}

/** A line of the do-nothing -> option reconciliation; the lines' savings sum to the saving. */
export interface ReconciliationLine {
  label: string;
  doNothing: Pence;
  withOption: Pence;
  saving: Pence;
}

/** A recurring revenue saving in the first full running year. */
export interface RecurringSaving {
  label: string;
  saving: Pence;
  /** Cash-releasing: a budget line that can be taken out (contracts, energy); otherwise time or space freed. */
  cashReleasing: boolean;
}

/** The trust's income and expenditure effect of the option against doing nothing, by financial year. */
export interface IncomeExpenditureYear {
  year: string;
  /** Lower revenue spend (positive = better than doing nothing). */
  revenueSaving: Pence;
  /** Extra depreciation of the option's assets over doing nothing's (positive = a cost). */
  depreciation: Pence;
  /** Extra PDC dividend on the extra net assets (positive = a cost). */
  pdcDividend: Pence;
  /** revenueSaving - depreciation - pdcDividend. */
  net: Pence;
}

/**
 * The finance view of the preferred option. Until the engine's own finance view (issue 15) is
 * merged, it is derived here from the appraisal's lines (nature capital/revenue, group, side),
 * so the financial case, the cover paper's ask and `report --json` all read one set of figures.
 */
export interface FinanceFigures {
  /** What the figures are measured against. */
  baseline: string;
  capitalByYear: CapitalYear[];
  /** Year-0 gross capital plus its optimism bias: the one capital figure the board approves. */
  capitalAsk: Pence;
  capitalAskYear: string;
  reconciliation: ReconciliationLine[];
  /** Sum of the reconciliation's savings = do nothing - with the option, over the horizon. */
  saving: Pence;
  recurringSavings: RecurringSaving[];
  vatRate: number;
  /** VAT on the year-0 gross capital if none of it is recoverable under the COS Direction. */
  irrecoverableVatOnCapital: Pence;
  assetLifeYears: number;
  pdcRate: number;
  incomeAndExpenditure: IncomeExpenditureYear[];
  /** From the paper's board details; undefined when the trust has not given one. */
  capitalEnvelope: Pence | undefined;
}

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
  finance: FinanceFigures;
}

/** What the paper adds to the engine's figures: the trust's capital envelope (pence), when given. */
export interface FinanceSettings {
  capitalEnvelope?: Pence;
}

/** VAT standard rate, and the PDC dividend DHSC charges on net relevant assets (docs/board-papers.md). */
const vatRate = 0.2;
const pdcRate = 0.035;

export function caseFigures({ plan, appraisal: a, scenario, assumptions }: Evaluation, settings: FinanceSettings = {}): CaseFigures {
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
    finance: financeFigures(a, assumptions.get('refresh.serviceLifeYears'), settings),
  };
}

/*
 * The finance view, derived from the appraisal. At the merge with issue 15, financeFigures()
 * becomes a mapping of evaluation.appraisal's finance view onto FinanceFigures; each helper
 * below names the engine field it stands in for.
 */
function financeFigures(a: Appraisal, assetLifeYears: number, settings: FinanceSettings): FinanceFigures {
  const capitalByYear = capitalYears(a);
  const first = capitalByYear[0];
  const reconciliation = reconcile(a);
  return {
    baseline: `doing nothing for the whole estate: keep every server, renew support and replace servers like for like at the end of their service life (${financialYear(a.appraisalYear)} prices)`,
    capitalByYear,
    capitalAsk: (first?.gross ?? 0) + (first?.optimismBias ?? 0),
    capitalAskYear: financialYear(a.appraisalYear),
    reconciliation,
    saving: reconciliation.reduce((s, l) => s + l.saving, 0),
    recurringSavings: recurringSavings(a),
    vatRate,
    irrecoverableVatOnCapital: Math.round((first?.gross ?? 0) * vatRate),
    assetLifeYears,
    pdcRate,
    incomeAndExpenditure: incomeAndExpenditure(a, assetLifeYears, pdcRate),
    capitalEnvelope: settings.capitalEnvelope,
  };
}

const sumLines = (lines: readonly CostLine[], t: number) => lines.reduce((s, l) => s + (l.byYear[t] ?? 0), 0);

/** Engine: the finance view's capital by financial year (gross CDEL, optimism bias, receipts). */
function capitalYears(a: Appraisal): CapitalYear[] {
  const capital = a.lines.filter((l) => l.side === 'option' && l.nature === 'capital');
  const bias = capital.filter((l) => l.group === 'risk');
  const spend = capital.filter((l) => l.group !== 'risk' && l.total > 0);
  const receipts = capital.filter((l) => l.group !== 'risk' && l.total <= 0);
  return a.years.map((t) => ({
    year: financialYear(a.appraisalYear + t),
    gross: sumLines(spend, t),
    optimismBias: sumLines(bias, t),
    receipts: sumLines(receipts, t),
  }));
}

const groupLabels: Record<CostLine['group'], string> = {
  running: 'Running costs (support, energy, space, backup, staff time)',
  'hardware-software': 'Hardware and software (refresh, hosts, storage, licences, residual values)',
  'one-off': 'One-off change costs (migration, training, decommissioning, resale)',
  risk: 'Optimism bias (risk allowance)',
};

/** Engine: the finance view's reconciliation do nothing -> option. Servers that stay cost the same either way. */
function reconcile(a: Appraisal): ReconciliationLine[] {
  const groups = Object.keys(groupLabels) as CostLine['group'][];
  const total = (side: CostLine['side'], group: CostLine['group']) => a.lines.filter((l) => l.side === side && l.group === group).reduce((s, l) => s + l.total, 0);
  return groups
    .map((g) => ({ label: groupLabels[g], doNothing: total('baseline', g), withOption: total('option', g) }))
    .filter((l) => l.doNothing !== 0 || l.withOption !== 0)
    .map((l) => ({ ...l, saving: l.doNothing - l.withOption }));
}

/** Contracts and bills a budget holder can stop paying; the rest frees staff time and space. */
const cashReleasingItems = new Set(['support', 'energy', 'backup', 'windowsAssurance', 'hypervisorAssurance', 'hypervisorSubscription', 'replication']);

/** Engine: the finance view's cash-releasing and non-cash-releasing recurring savings (year 1). */
function recurringSavings(a: Appraisal): RecurringSaving[] {
  const revenue = a.lines.filter((l) => l.nature === 'revenue' && l.group !== 'one-off' && l.side !== 'staying');
  const items = [...new Set(revenue.map((l) => l.item))];
  return items
    .map((item) => {
      const of = (side: CostLine['side']) => revenue.filter((l) => l.item === item && l.side === side);
      const label = (of('baseline')[0] ?? of('option')[0])?.label ?? item;
      return { label, saving: sumLines(of('baseline'), 1) - sumLines(of('option'), 1), cashReleasing: cashReleasingItems.has(item) };
    })
    .filter((r) => r.saving !== 0);
}

/**
 * Engine: the finance view's I&E by financial year. Straight-line depreciation of each year's
 * net capital over the asset life, starting the year after purchase; PDC dividend on the extra
 * average net book value. Both are compared with doing nothing's own capital.
 */
function incomeAndExpenditure(a: Appraisal, life: number, pdcRate: number): IncomeExpenditureYear[] {
  const bookValues = (capital: readonly number[]) => {
    const depreciation = a.years.map((t) => capital.slice(0, t).reduce((s, c, bought) => s + (t - bought <= life ? c / life : 0), 0));
    let nbv = 0;
    const averages = a.years.map((t) => {
      const opening = nbv;
      nbv += (capital[t] ?? 0) - (depreciation[t] ?? 0);
      return (opening + nbv) / 2;
    });
    return { depreciation, averages };
  };
  const option = bookValues(a.withOption.capital);
  const none = bookValues(a.doNothing.capital);
  return a.years.map((t) => {
    const revenueSaving = (a.doNothing.revenue[t] ?? 0) - (a.withOption.revenue[t] ?? 0);
    const depreciation = Math.round((option.depreciation[t] ?? 0) - (none.depreciation[t] ?? 0));
    const pdcDividend = Math.round(((option.averages[t] ?? 0) - (none.averages[t] ?? 0)) * pdcRate);
    return { year: financialYear(a.appraisalYear + t), revenueSaving, depreciation, pdcDividend, net: revenueSaving - depreciation - pdcDividend };
  });
}
