import type { Appraisal } from '../../engine/tco/appraisal.js';
import { formatMoneyShort } from '../../reports/format/numbers.js';

/**
 * What a what-if appraised against a like-for-like refresh (baseline `refresh`) must say first:
 * that the comparison is the refresh, not sweating the assets, and what the refresh itself costs
 * (the do-nothing side's refresh lines: new servers on the refresh cycle, less their value left at
 * the end) beside doing nothing's whole cost, both undiscounted over the horizon.
 *
 * @example refreshBaselineSentence(evaluation.appraisal)
 *   // "Against a like-for-like refresh of every server (the refresh itself: £2.49m of new servers over 5 years, ...)"
 */
export function refreshBaselineSentence(appraisal: Appraisal): string {
  const refresh = appraisal.lines.filter((l) => l.side !== 'option' && l.item === 'refresh').reduce((sum, l) => sum + l.total, 0);
  const residual = appraisal.lines.filter((l) => l.side !== 'option' && l.item === 'residualValue').reduce((sum, l) => sum + l.total, 0);
  const years = `${appraisal.horizonYears} years`;
  const left = residual < 0 ? `, ${formatMoneyShort(-residual)} of it still worth something at the end` : '';
  return `Against a like-for-like refresh of every server instead of sweating the assets: the refresh itself buys ${formatMoneyShort(refresh)} of new servers over ${years}${left}, and doing nothing that way costs ${formatMoneyShort(appraisal.doNothing.sum)} in all over ${years}.`;
}
