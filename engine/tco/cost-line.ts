import { roundPence } from '../money.js';
import type { CostLine } from './appraisal.js';

export type CostLineSpec = Omit<CostLine, 'id' | 'total' | 'byYear'> & {
  /** Amounts per year in pence, not yet rounded. */
  amounts: number[];
};

/** Builds a line: rounds each year to whole pence once, so the total is the exact sum of what is shown. */
export function costLine(spec: CostLineSpec): CostLine {
  const { amounts, ...rest } = spec;
  const byYear = amounts.map((a) => (a === 0 ? 0 : roundPence(a)));
  return { id: `${spec.side}.${spec.item}`, ...rest, byYear, total: byYear.reduce((a, b) => a + b, 0) };
}

/** An amount in every running year (1..horizon) and nothing in year 0. */
export function runningYears(horizonYears: number, amountInYear: (year: number) => number): number[] {
  return Array.from({ length: horizonYears + 1 }, (_, t) => (t === 0 ? 0 : amountInYear(t)));
}

/** An amount in year 0 only. */
export function yearZero(horizonYears: number, amount: number): number[] {
  return Array.from({ length: horizonYears + 1 }, (_, t) => (t === 0 ? amount : 0));
}
