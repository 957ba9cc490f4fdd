import type { Pence } from '../money.js';
import type { CostLine } from './appraisal.js';
import type { AssumptionReader } from './assumption-reader.js';
import { isResidualValue } from './line-treatment.js';
import { parallelShare } from './parallel-running-line.js';

/** Physical kit the option switches off, grouped by purchase year, for its net book value. */
export interface RetiredAssets {
  purchaseYear: number;
  servers: number;
  cores: number;
  tb: number;
}

/** One line of the savings reconciliation: do nothing, the option, and the saving (do nothing - option). */
export interface ReconciliationLine {
  id: 'running' | 'hardwareSoftware' | 'oneOff' | 'optimismBias' | 'disposalReceipts' | 'residualValue';
  label: string;
  doNothing: Pence;
  option: Pence;
  saving: Pence;
}

export interface RecurringSavingYear {
  year: number;
  financialYear: string;
  cashReleasing: Pence;
  nonCashReleasing: Pence;
}

/** Income and expenditure of one financial year, nominal, the option minus doing nothing (negative = costs fall). */
export interface IncomeAndExpenditureYear {
  year: number;
  financialYear: string;
  /** Running and one-off revenue costs, irrecoverable VAT included. */
  revenue: Pence;
  depreciation: Pence;
  /** PDC dividend on the change in average net book value. */
  pdcDividend: Pence;
  /** Net book value of switched-off servers and hosts written off (the option only). */
  writeOff: Pence;
  total: Pence;
}

/** A money amount per year and its sum. */
export interface ByYear {
  byYear: Pence[];
  total: Pence;
}

/**
 * How a director of finance reads the option (docs/model.md, "Finance view"). The economic case
 * (NPV, cash flows) is in real terms and excludes VAT, as the Green Book asks; this view adds
 * irrecoverable VAT, depreciation, the PDC dividend and the write-off of disposed kit, by NHS
 * financial year.
 */
export interface FinanceView {
  financialYears: string[];
  capital: {
    /**
     * THE capital figure: the option's capital requirement (CDEL) over the appraisal, hosts,
     * network, storage and licences bought, irrecoverable VAT included. Optimism bias and
     * receipts are shown apart, never netted in.
     */
    requirement: Pence;
    byYear: Pence[];
    exVat: ByYear;
    irrecoverableVat: ByYear;
    /** The option's capital lines ex VAT (hosts, network, storage, licences). */
    lines: { id: string; label: string; byYear: Pence[]; total: Pence }[];
    /** Optimism bias: a risk allowance on the capital ex VAT, a separate line. */
    optimismBias: ByYear & { rate: number };
    /** Sale or redeployment of retired recent servers (a capital receipt, positive). */
    disposalReceipts: ByYear;
    /** Value of the option's kit left at the end of the appraisal (not cash; positive). */
    residualValue: ByYear;
    /** Replacement capital the do-nothing case would have spent on the kit the option replaces (avoided). */
    avoidedReplacement: ByYear;
  };
  /** Do nothing to the option, line by line; the savings sum exactly to `total` = the sum of the net cash flows. */
  reconciliation: { lines: ReconciliationLine[]; total: Pence };
  /** Recurring revenue savings (running costs, support, licences and subscriptions), never one-off or capital. */
  recurringSavings: {
    byYear: RecurringSavingYear[];
    /** The first full year after the migration ends (no parallel running): the figure headlines quote. */
    fullYear: RecurringSavingYear;
  };
  vat: { rate: number; recoverableShare: number; doNothing: ByYear; option: ByYear };
  incomeAndExpenditure: IncomeAndExpenditureYear[];
  affordability: {
    /** Capital envelope per year, or null where none is set. */
    envelope: (Pence | null)[];
    shortfall: Pence[];
    /** True when every year's requirement fits its envelope; null when no envelope is set. */
    withinEnvelope: boolean | null;
  };
}

export interface FinanceInput {
  lines: readonly CostLine[];
  horizonYears: number;
  financialYears: string[];
  /** Calendar year in which year 0 starts. */
  year0: number;
  retiredAssets: readonly RetiredAssets[];
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const byYear = (xs: Pence[]): ByYear => ({ byYear: xs, total: sum(xs) });
const pence = (pounds: number) => pounds * 100;

function addInto(target: number[], values: readonly number[], factor = 1): void {
  values.forEach((v, t) => (target[t]! += v * factor));
}

function linesSum(lines: readonly CostLine[], years: number, keep: (l: CostLine) => boolean): Pence[] {
  const out = new Array<number>(years).fill(0);
  for (const l of lines) if (keep(l)) addInto(out, l.byYear);
  return out;
}

const isReceipt = (l: CostLine) => l.item === 'resale';
const isResidual = (l: CostLine) => isResidualValue(l.item);
const isCapitalSpend = (l: CostLine) => l.nature === 'capital' && l.group === 'hardware-software' && !isResidual(l);

/** Do nothing to the option, by board-reading group; each saving is do nothing - option, for the part the option changes. */
function reconcile(lines: readonly CostLine[]): FinanceView['reconciliation'] {
  const part = (keep: (l: CostLine) => boolean) => {
    const doNothing = sum(lines.filter((l) => l.side === 'baseline' && keep(l)).map((l) => l.total));
    const option = sum(lines.filter((l) => l.side === 'option' && keep(l)).map((l) => l.total));
    return { doNothing, option, saving: doNothing - option };
  };
  const rows: ReconciliationLine[] = [
    { id: 'running', label: 'Running costs (support, energy, space, backup, staff time)', ...part((l) => l.group === 'running') },
    { id: 'hardwareSoftware', label: 'Hardware and software (replacement capital, licences and subscriptions)', ...part((l) => l.group === 'hardware-software' && !isResidual(l)) },
    { id: 'oneOff', label: 'One-off change costs (migration, parallel running, training, decommissioning)', ...part((l) => l.group === 'one-off' && !isReceipt(l)) },
    { id: 'optimismBias', label: 'Optimism bias (risk allowance on capital)', ...part((l) => l.group === 'risk') },
    { id: 'disposalReceipts', label: 'Sale or redeployment of recent servers', ...part(isReceipt) },
    { id: 'residualValue', label: 'Residual value of kit at the end of the appraisal', ...part(isResidual) },
  ];
  return { lines: rows, total: sum(rows.map((r) => r.saving)) };
}

function recurring(lines: readonly CostLine[], input: FinanceInput, a: AssumptionReader): FinanceView['recurringSavings'] {
  const years = input.horizonYears + 1;
  const revenue = (l: CostLine) => l.nature === 'revenue' && l.group !== 'one-off';
  const saving = (cash: boolean) => {
    const keep = (l: CostLine) => revenue(l) && l.cashReleasing === cash;
    const before = linesSum(lines, years, (l) => l.side === 'baseline' && keep(l));
    const after = linesSum(lines, years, (l) => l.side === 'option' && keep(l));
    return before.map((b, t) => b - after[t]!);
  };
  const cash = saving(true);
  const nonCash = saving(false);
  const rows = cash.map((c, t) => ({ year: t, financialYear: input.financialYears[t]!, cashReleasing: c, nonCashReleasing: nonCash[t]! })).slice(1);
  const months = a.get('delivery.migrationMonths');
  const full = rows.find((r) => parallelShare(r.year, months) === 0) ?? rows.at(-1)!;
  return { byYear: rows, fullYear: full };
}

/** A book-value schedule: depreciation charged, and net book value at the start and end of each year. */
interface BookValue {
  charge: number[];
  open: number[];
  close: number[];
}

/**
 * Straight-line depreciation of purchases (index = year bought, at the start of that year):
 * brought into use in the year bought and depreciated over `life` years from the year after.
 */
function depreciate(purchases: readonly number[], life: number, years: number): BookValue {
  const book: BookValue = { charge: new Array<number>(years).fill(0), open: new Array<number>(years).fill(0), close: new Array<number>(years).fill(0) };
  purchases.forEach((cost, bought) => {
    if (cost === 0) return;
    for (let t = bought; t < years; t += 1) {
      const usedBefore = Math.min(life, Math.max(0, t - bought - 1));
      const usedAfter = Math.min(life, t - bought);
      book.open[t]! += t === bought ? cost : cost * (1 - usedBefore / life);
      book.close[t]! += cost * (1 - usedAfter / life);
      book.charge[t]! += (cost * (usedAfter - usedBefore)) / life;
    }
  });
  return book;
}

/**
 * The book value, had it stayed, of the kit the option switches off: its like-for-like cost
 * (refresh.costPer*: the inventory holds no purchase prices) written down straight line over
 * depreciation.hardwareYears from its purchase year.
 */
function existingKit(assets: readonly RetiredAssets[], year0: number, years: number, a: AssumptionReader): BookValue {
  const life = a.get('depreciation.hardwareYears');
  const book: BookValue = { charge: new Array<number>(years).fill(0), open: new Array<number>(years).fill(0), close: new Array<number>(years).fill(0) };
  for (const asset of assets) {
    const cost = asset.servers * pence(a.get('refresh.costPerServer')) + asset.cores * pence(a.get('refresh.costPerCore')) + asset.tb * pence(a.get('refresh.costPerTb'));
    const used = (yearsOld: number) => Math.min(life, Math.max(0, yearsOld));
    for (let t = 0; t < years; t += 1) {
      const age = year0 + t - asset.purchaseYear;
      book.open[t]! += cost * (1 - used(age) / life);
      book.close[t]! += cost * (1 - used(age + 1) / life);
      book.charge[t]! += (cost * (used(age + 1) - used(age))) / life;
    }
  }
  return book;
}

/** The kit switched off in `year`: as before until then; that year its opening value is written off, and nothing after. */
function switchedOff(kit: BookValue, year: number): { book: BookValue; writeOff: number[] } {
  const keep = (xs: number[], upTo: number) => xs.map((x, t) => (t < upTo ? x : 0));
  const writeOff = kit.open.map((v, t) => (t === year ? v : 0));
  return { book: { charge: keep(kit.charge, year), open: keep(kit.open, year + 1), close: keep(kit.close, year) }, writeOff };
}

const average = (books: readonly BookValue[], t: number) => sum(books.map((b) => (b.open[t]! + b.close[t]!) / 2));

function incomeAndExpenditure(lines: readonly CostLine[], input: FinanceInput, a: AssumptionReader, vatFactor: number): IncomeAndExpenditureYear[] {
  const years = input.horizonYears + 1;
  const inflation = a.get('inflation.gdpDeflator');
  const nominal = (t: number) => (1 + inflation) ** t;
  const revenueOf = (side: 'baseline' | 'option') => {
    const out = new Array<number>(years).fill(0);
    for (const l of lines) {
      if (l.side !== side || l.nature !== 'revenue') continue;
      l.byYear.forEach((p, t) => (out[t]! += p * (l.vatable ? vatFactor : 1)));
    }
    return out;
  };
  const capitalOf = (side: 'baseline' | 'option', software: boolean) =>
    linesSum(lines, years, (l) => l.side === side && isCapitalSpend(l) && /Licence$/.test(l.item) === software).map((p, t) => p * vatFactor * nominal(t));
  const hardwareLife = a.get('depreciation.hardwareYears');
  const doNothing = [depreciate(capitalOf('baseline', false), hardwareLife, years), existingKit(input.retiredAssets, input.year0, years, a)];
  const off = switchedOff(doNothing[1]!, Math.max(1, Math.ceil(a.get('delivery.migrationMonths') / 12)));
  const option = [depreciate(capitalOf('option', false), hardwareLife, years), depreciate(capitalOf('option', true), a.get('depreciation.softwareYears'), years), off.book];
  const pdcRate = a.get('pdc.rate');
  const before = revenueOf('baseline');
  const after = revenueOf('option');
  const charge = (books: readonly BookValue[], t: number) => sum(books.map((b) => b.charge[t]!));
  return before.map((_, t) => {
    const revenue = Math.round((after[t]! - before[t]!) * nominal(t));
    const depreciation = Math.round(charge(option, t) - charge(doNothing, t));
    const pdcDividend = Math.round((average(option, t) - average(doNothing, t)) * pdcRate);
    const writeOff = Math.round(off.writeOff[t]!);
    return { year: t, financialYear: input.financialYears[t]!, revenue, depreciation, pdcDividend, writeOff, total: revenue + depreciation + pdcDividend + writeOff };
  });
}

function affordability(requirement: readonly Pence[], a: AssumptionReader): FinanceView['affordability'] {
  const first = a.get('capital.envelope');
  const later = a.get('capital.envelopeLaterYears');
  const envelope = requirement.map((_, t) => {
    const value = t === 0 ? first : later;
    return value > 0 ? Math.round(pence(value)) : null;
  });
  const shortfall = requirement.map((need, t) => (envelope[t] === null ? 0 : Math.max(0, need - envelope[t]!)));
  const set = envelope.some((e) => e !== null);
  return { envelope, shortfall, withinEnvelope: set ? shortfall.every((s) => s === 0) : null };
}

/** The finance view of an appraisal's priced lines. */
export function financeView(input: FinanceInput, a: AssumptionReader): FinanceView {
  const { lines, horizonYears } = input;
  const years = horizonYears + 1;
  const rate = a.get('vat.rate');
  const recoverable = a.get('vat.recoverableShare');
  const vatFactor = 1 + rate * (1 - recoverable);
  const vatOn = (side: 'baseline' | 'option', keep: (l: CostLine) => boolean) =>
    linesSum(lines, years, (l) => l.side === side && l.vatable && keep(l)).map((p) => Math.round(p * rate * (1 - recoverable)));
  const capitalLines = lines.filter((l) => l.side === 'option' && isCapitalSpend(l));
  const exVat = linesSum(capitalLines, years, () => true);
  const capitalVat = vatOn('option', isCapitalSpend);
  const cdel = exVat.map((p, t) => p + capitalVat[t]!);
  const ob = lines.find((l) => l.id === 'option.optimismBias');
  const negate = (xs: Pence[]) => xs.map((p) => (p === 0 ? 0 : -p));
  return {
    financialYears: input.financialYears,
    capital: {
      requirement: sum(cdel),
      byYear: cdel,
      exVat: byYear(exVat),
      irrecoverableVat: byYear(capitalVat),
      lines: capitalLines.map((l) => ({ id: l.id, label: l.label, byYear: l.byYear, total: l.total })),
      optimismBias: { ...byYear(ob ? [...ob.byYear] : new Array<number>(years).fill(0)), rate: a.get('optimismBias.capital') },
      disposalReceipts: byYear(negate(linesSum(lines, years, (l) => l.side === 'option' && isReceipt(l)))),
      residualValue: byYear(negate(linesSum(lines, years, (l) => l.side === 'option' && isResidual(l)))),
      avoidedReplacement: byYear(linesSum(lines, years, (l) => l.side === 'baseline' && isCapitalSpend(l))),
    },
    reconciliation: reconcile(lines),
    recurringSavings: recurring(lines, input, a),
    vat: { rate, recoverableShare: recoverable, doNothing: byYear(vatOn('baseline', () => true)), option: byYear(vatOn('option', () => true)) },
    incomeAndExpenditure: incomeAndExpenditure(lines, input, a, vatFactor),
    affordability: affordability(cdel, a),
  };
}
