import type { SavingFigure } from '../../engine/tco/appraisal.js';
import { formatMoney, formatPercent } from '../format/numbers.js';

/**
 * "fall by 64% (£412,000)" or "rise by 2% (£18,000)": a saving read the right way round, so a
 * paper never tells a board that costs "fall by -2%".
 */
export function describeSaving(s: SavingFigure): string {
  if (s.percent === null) return s.saving >= 0 ? `fall by ${formatMoney(s.saving)}` : `rise by ${formatMoney(-s.saving)}`;
  if (s.saving === 0) return 'stay the same';
  return s.saving > 0
    ? `fall by ${formatPercent(s.percent)} (${formatMoney(s.saving)})`
    : `rise by ${formatPercent(-s.percent)} (${formatMoney(-s.saving)})`;
}
