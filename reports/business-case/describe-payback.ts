import { formatMonths } from '../format/numbers.js';

/** "2 years 4 months" or "not within the 5-year appraisal period". */
export function describePayback(paybackMonths: number | null, horizonYears: number): string {
  if (paybackMonths === null) return `not within the ${horizonYears}-year appraisal period`;
  if (paybackMonths === 0) return 'immediate (no net outlay)';
  return formatMonths(paybackMonths);
}

/** "pays back in 2 years 4 months" or "does not pay back within the 5-year appraisal period". */
export function paybackClause(paybackMonths: number | null, horizonYears: number): string {
  if (paybackMonths === null) return `does not pay back within the ${horizonYears}-year appraisal period`;
  if (paybackMonths === 0) return 'pays back immediately (no net outlay)';
  return `pays back in ${formatMonths(paybackMonths)}`;
}
