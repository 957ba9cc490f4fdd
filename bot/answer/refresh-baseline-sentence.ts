import type { Baseline } from '../../engine/scenario/scenario.js';
import type { Appraisal } from '../../engine/tco/appraisal.js';
import { formatMoneyShort } from '../../reports/format/numbers.js';

/** How each refresh baseline is named, so the reader knows which refresh the figures are against. */
const refreshNames: Readonly<Record<Exclude<Baseline, 'sweat'>, string>> = {
  refresh: 'a like-for-like refresh of every server as it falls due',
  'full-refresh': 'a like-for-like refresh of every server and host in one go (year 0)',
};

/**
 * What a what-if appraised against a like-for-like refresh (baseline `refresh` or `full-refresh`) must say first:
 * that the comparison is the refresh, not sweating the assets, and what the refresh itself costs
 * (the do-nothing side's refresh lines: new servers on the refresh cycle, less their value left at
 * the end) beside doing nothing's whole cost, both undiscounted over the horizon.
 *
 * @example refreshBaselineSentence(evaluation.appraisal, 'refresh')
 *   // "Against a like-for-like refresh of every server as it falls due instead of sweating the assets: the refresh itself buys £2.49m ..."
 */
export function refreshBaselineSentence(appraisal: Appraisal, baseline: Exclude<Baseline, 'sweat'>): string {
  const refresh = appraisal.lines.filter((l) => l.side !== 'option' && (l.item === 'refresh' || l.item === 'hostRefresh')).reduce((sum, l) => sum + l.total, 0);
  const residual = appraisal.lines.filter((l) => l.side !== 'option' && l.item === 'residualValue').reduce((sum, l) => sum + l.total, 0);
  const years = `${appraisal.horizonYears} years`;
  const left = residual < 0 ? `, ${formatMoneyShort(-residual)} of it still worth something at the end` : '';
  return `Against ${refreshNames[baseline]} instead of sweating the assets: the refresh itself buys ${formatMoneyShort(refresh)} of new kit over ${years}${left}, and doing nothing that way costs ${formatMoneyShort(appraisal.doNothing.sum)} in all over ${years}.`;
}
