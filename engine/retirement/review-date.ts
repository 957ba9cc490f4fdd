import type { AssumptionSet } from '../assumptions/assumption-set.js';
import type { Estate } from '../estate/estate.js';

/**
 * The date a review ages last_logon and last_change against: the estate's as-of date, else
 * 1 January of appraisal.year (a file without a date must still give the same answer every day).
 */
export function reviewDate(estate: Pick<Estate, 'asOf'>, assumptions: AssumptionSet): string {
  return estate.asOf ?? `${assumptions.get('appraisal.year')}-01-01`;
}
