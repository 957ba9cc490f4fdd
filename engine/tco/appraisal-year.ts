import type { AssumptionSet } from '../assumptions/assumption-set.js';
import type { Estate } from '../estate/estate.js';
import type { Appraisal } from './appraisal.js';

/**
 * The calendar year of year 0. The inventory's as-of date says what "now" is for the data, so
 * it wins over the bundled default; an explicit override of `appraisal.year` wins over both.
 */
export function appraisalYear(estate: Estate, assumptions: AssumptionSet): Pick<Appraisal, 'appraisalYear' | 'appraisalYearSource'> {
  const entry = assumptions.entry('appraisal.year');
  const asOfYear = estate.asOf ? Number(estate.asOf.slice(0, 4)) : Number.NaN;
  if (entry.origin === 'default' && Number.isInteger(asOfYear)) {
    return { appraisalYear: asOfYear, appraisalYearSource: 'estate as-of date' };
  }
  return { appraisalYear: entry.value, appraisalYearSource: 'appraisal.year' };
}
