import type { CostLine, YearTotals } from './appraisal.js';

/** Capital, revenue and total per year of some lines (index = year 0..horizon). */
export function yearTotals(lines: readonly CostLine[], horizonYears: number): YearTotals {
  const capital = new Array<number>(horizonYears + 1).fill(0);
  const revenue = new Array<number>(horizonYears + 1).fill(0);
  for (const line of lines) {
    const target = line.nature === 'capital' ? capital : revenue;
    line.byYear.forEach((p, t) => (target[t]! += p));
  }
  const total = capital.map((c, t) => c + revenue[t]!);
  return { capital, revenue, total, sum: total.reduce((a, b) => a + b, 0) };
}

/** The sum of two sets of year totals (do nothing = baseline + staying, and so on). */
export function addYearTotals(a: YearTotals, b: YearTotals): YearTotals {
  const capital = a.capital.map((c, t) => c + b.capital[t]!);
  const revenue = a.revenue.map((r, t) => r + b.revenue[t]!);
  const total = capital.map((c, t) => c + revenue[t]!);
  return { capital, revenue, total, sum: a.sum + b.sum };
}
