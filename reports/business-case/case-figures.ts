import type { Pence } from '../../engine/money.js';
import type { Appraisal, CostLine, SavingFigure } from '../../engine/tco/appraisal.js';
import { mirrorsToDrHosts } from '../../engine/dr/mirrors-to-dr-hosts.js';
import type { Evaluation } from '../../engine/evaluate.js';
import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';

/** One financial year of the option's capital (CDEL), the parts a director of finance asks for. */
export interface CapitalYear {
  /** "2026/27". */
  year: string;
  /** The capital requirement: hosts, storage, networking, perpetual licences, irrecoverable VAT included. */
  gross: Pence;
  /** The Green Book risk allowance on that capital, a separate line, never in the requirement. */
  optimismBias: Pence;
  /** Sale or redeployment of recent servers (negative = money back), never netted into capital. */
  receipts: Pence;
}

/** A line of the do-nothing -> option reconciliation; the lines' savings sum to the saving. */
export interface ReconciliationLine {
  label: string;
  doNothing: Pence;
  withOption: Pence;
  saving: Pence;
}

/** A recurring revenue saving in the first full year after migration. */
export interface RecurringSaving {
  label: string;
  saving: Pence;
  /** Cash-releasing: a budget line that can be taken out (contracts, energy); otherwise time or space freed. */
  cashReleasing: boolean;
}

/** The trust's income and expenditure effect of the option against doing nothing, by financial year (nominal). */
export interface IncomeExpenditureYear {
  year: string;
  /** Lower revenue spend, irrecoverable VAT included (positive = better than doing nothing). */
  revenueSaving: Pence;
  /** Extra depreciation of the option's assets over doing nothing's (positive = a cost). */
  depreciation: Pence;
  /** Extra PDC dividend on the extra net assets (positive = a cost). */
  pdcDividend: Pence;
  /** Net book value of switched-off kit written off (a cost). */
  writeOff: Pence;
  /** revenueSaving - depreciation - pdcDividend - writeOff. */
  net: Pence;
}

/**
 * The finance view of an option as the paper shows it: the engine's own finance view
 * (engine/tco/finance-view.ts) mapped onto the paper's tables, so the financial case, the cover
 * paper's ask, chat, `tco` and the summary quote one set of figures on one basis.
 */
export interface FinanceFigures {
  /** What the figures are measured against. */
  baseline: string;
  capitalByYear: CapitalYear[];
  /** The capital requirement (CDEL, irrecoverable VAT included, optimism bias apart): the one capital figure the board approves. */
  capitalAsk: Pence;
  /** The financial year(s) it falls in, e.g. "2026/27". */
  capitalAskYear: string;
  /** The optimism-bias risk allowance on it, stated beside it. */
  optimismBias: Pence;
  reconciliation: ReconciliationLine[];
  /** Sum of the reconciliation's savings = do nothing - with the option, over the horizon. */
  saving: Pence;
  recurringSavings: RecurringSaving[];
  /** The first full year after migration, whose recurring savings recurringSavings lists. */
  fullYear: string;
  vatRate: number;
  vatRecoverableShare: number;
  /** Irrecoverable VAT included in the capital requirement. */
  irrecoverableVatOnCapital: Pence;
  assetLifeYears: number;
  pdcRate: number;
  incomeAndExpenditure: IncomeExpenditureYear[];
  /** From the paper's board details, else the assumption capital.envelope; undefined when neither is set. */
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
  optimismBiasRate: number;
  optimismBias: Pence;
  doNothingTotal: Pence;
  withOptionTotal: Pence;
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

export function caseFigures({ plan, appraisal: a, scenario, assumptions }: Evaluation, settings: FinanceSettings = {}): CaseFigures {
  const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
  const year1 = a.energy[0];
  if (!year1) throw new RangeError(`the appraisal of ${a.scenario} has no running year (horizon ${a.horizonYears})`);
  return {
    npv: a.npv,
    paybackMonths: a.paybackMonths,
    horizonYears: a.horizonYears,
    discountRate: a.discountRate,
    optimismBiasRate: a.optimismBias.rate,
    optimismBias: a.optimismBias.total,
    doNothingTotal: a.doNothing.sum,
    withOptionTotal: a.withOption.sum,
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
    // A recovery site is a mirrored cluster; DR by backup (dr.method disk or tape) restores onto rebuilt hosts.
    drEnabled: mirrorsToDrHosts(scenario.dr),
    finance: financeFigures(a, assumptions, settings),
  };
}

const baselineWords = {
  sweat: 'keep every server and host, renew support and replace each like for like at the end of its service life',
  refresh: 'keep every server and host and refresh them all like for like on a fixed cycle',
  'full-refresh': 'keep every server and host, replace them all like for like at once now and again on a fixed cycle',
} as const;

/** The engine's finance view of an appraisal, in the paper's tables. */
function financeFigures(a: Appraisal, assumptions: AssumptionSet, settings: FinanceSettings): FinanceFigures {
  const f = a.finance;
  const capitalYears = f.financialYears.filter((_, t) => (f.capital.byYear[t] ?? 0) !== 0);
  const full = f.recurringSavings.fullYear;
  const envelope = settings.capitalEnvelope ?? f.affordability.envelope[0] ?? undefined;
  return {
    baseline: `doing nothing for the whole estate (${baselineWords[a.baselineCase]}), at ${f.financialYears[0]} prices`,
    capitalByYear: f.financialYears.map((year, t) => ({
      year,
      gross: f.capital.byYear[t] ?? 0,
      optimismBias: f.capital.optimismBias.byYear[t] ?? 0,
      receipts: -(f.capital.disposalReceipts.byYear[t] ?? 0),
    })),
    capitalAsk: f.capital.requirement,
    capitalAskYear: capitalYears.length === 0 ? f.financialYears[0]! : capitalYears.join(', '),
    optimismBias: f.capital.optimismBias.total,
    reconciliation: f.reconciliation.lines.map((l) => ({ label: l.label, doNothing: l.doNothing, withOption: l.option, saving: l.saving })),
    saving: f.reconciliation.total,
    recurringSavings: recurringSavings(a, full.year),
    fullYear: full.financialYear,
    vatRate: f.vat.rate,
    vatRecoverableShare: f.vat.recoverableShare,
    irrecoverableVatOnCapital: f.capital.irrecoverableVat.total,
    assetLifeYears: assumptions.get('depreciation.hardwareYears'),
    pdcRate: assumptions.get('pdc.rate'),
    incomeAndExpenditure: f.incomeAndExpenditure.map((y) => ({
      year: y.financialYear,
      revenueSaving: -y.revenue,
      depreciation: y.depreciation,
      pdcDividend: y.pdcDividend,
      writeOff: y.writeOff,
      net: -y.total,
    })),
    capitalEnvelope: envelope ?? undefined,
  };
}

const sumLines = (lines: readonly CostLine[], t: number) => lines.reduce((s, l) => s + (l.byYear[t] ?? 0), 0);

/**
 * The engine's recurring savings of one year, line by line (recurring revenue lines, never
 * one-off or capital), each with the engine's own cash-releasing flag: their sums are the
 * finance view's cash-releasing and non-cash-releasing totals for that year.
 */
function recurringSavings(a: Appraisal, year: number): RecurringSaving[] {
  const revenue = a.lines.filter((l) => l.nature === 'revenue' && l.group !== 'one-off' && l.side !== 'staying');
  const items = [...new Set(revenue.map((l) => l.item))];
  return items
    .map((item) => {
      const of = (side: CostLine['side']) => revenue.filter((l) => l.item === item && l.side === side);
      const first = of('baseline')[0] ?? of('option')[0]!;
      return { label: first.label, saving: sumLines(of('baseline'), year) - sumLines(of('option'), year), cashReleasing: first.cashReleasing };
    })
    .filter((r) => r.saving !== 0);
}
