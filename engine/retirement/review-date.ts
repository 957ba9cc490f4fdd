import type { AssumptionSet } from '../assumptions/assumption-set.js';
import type { Estate } from '../estate/estate.js';

/**
 * The date a review ages last_logon and last_change against: the estate's as-of date, else
 * 1 April of appraisal.year, the start of the NHS financial year the appraisal begins in (a file
 * without a date must give the same answer on every day it is asked).
 */
export function reviewDate(estate: Pick<Estate, 'asOf'>, assumptions: AssumptionSet): string {
  return estate.asOf ?? `${assumptions.get('appraisal.year')}-04-01`;
}
