import { roundPence } from '../money.js';
import type { CostLine } from './appraisal.js';
import type { AssumptionReader } from './assumption-reader.js';
import { lineTreatment } from './line-treatment.js';

/**
 * A line's fixed description (what, which keys, the formula in words) and how to work out its
 * amounts under any assumptions. Definitions are built once per set of quantities; pricing
 * them again under other assumptions allocates only the amounts, which keeps 10,000 Monte
 * Carlo draws cheap.
 */
export interface LineDefinition extends Omit<CostLine, 'id' | 'byYear' | 'total' | 'quantity' | 'cashReleasing' | 'vatable'> {
  /** Pence per year 0..horizon, not yet rounded. */
  amounts(a: AssumptionReader): number[];
  quantity?: { unit: string; byYear(a: AssumptionReader): number[] };
}

/** Amounts of a definition rounded once to whole pence per year. */
export function roundedAmounts(definition: LineDefinition, a: AssumptionReader): number[] {
  const amounts = definition.amounts(a);
  for (let t = 0; t < amounts.length; t += 1) amounts[t] = amounts[t] === 0 ? 0 : roundPence(amounts[t]!);
  return amounts;
}

/** Prices a definition into a line whose total is the exact sum of the pence shown. */
export function costLine(d: LineDefinition, a: AssumptionReader): CostLine {
  const byYear = roundedAmounts(d, a);
  const line: CostLine = {
    id: `${d.side}.${d.item}`, item: d.item, side: d.side, label: d.label, group: d.group, nature: d.nature,
    byYear, total: byYear.reduce((s, p) => s + p, 0), keys: d.keys, formula: d.formula, ...lineTreatment(d.item),
  };
  if (d.quantity) line.quantity = { unit: d.quantity.unit, byYear: d.quantity.byYear(a) };
  return line;
}

/** One value per year 0..horizon. A plain loop: this runs thousands of times in a Monte Carlo. */
export function eachYear<T = number>(horizonYears: number, amountInYear: (year: number) => T): T[] {
  const out = new Array<T>(horizonYears + 1);
  for (let t = 0; t <= horizonYears; t += 1) out[t] = amountInYear(t);
  return out;
}

/** An amount in every running year (1..horizon) and nothing in year 0. */
export function runningYears(horizonYears: number, amountInYear: (year: number) => number): number[] {
  return eachYear(horizonYears, (t) => (t === 0 ? 0 : amountInYear(t)));
}

/** An amount in year 0 only. */
export function yearZero(horizonYears: number, amount: number): number[] {
  return eachYear(horizonYears, (t) => (t === 0 ? amount : 0));
}
