import type { MonthFigures } from '../../engine/summary/month-figures.js';
import { formatMoneyShort, formatNumber, formatPercent } from '../format/numbers.js';

/**
 * What finishing the consolidation would take and give, from this month's snapshot, worded once
 * for the summary document and the chat answer: the same capital, NPV (with its median and
 * P(NPV < 0)), cash-releasing saving and energy basis as chat, `tco` and the board paper.
 */
export function describeRemaining(r: MonthFigures['remaining']): string {
  const risk = r.medianNpvPence === undefined || r.probabilityNegative === undefined
    ? ''
    : ` (median ${formatMoneyShort(r.medianNpvPence)}, ${formatPercent(r.probabilityNegative)} chance of a negative NPV)`;
  const energy = r.energyCutPercent === null ? '' : `, and cuts the whole estate's server energy ${formatPercent(r.energyCutPercent)}`;
  return `The "${r.scenario}" scenario re-run on this snapshot: its ${formatNumber(r.serversInScope)} servers in scope need ${formatNumber(r.hosts)} x ${r.hostModel} hosts (no plan can need fewer than ${formatNumber(r.lowerBound)}) and ${formatMoneyShort(r.capitalPence)} capital (CDEL, irrecoverable VAT included); it saves ${formatMoneyShort(r.cashSavingPence)} a year in cash from ${r.fullYear}, has a net present value of ${formatMoneyShort(r.npvPence)}${risk} against doing nothing (${formatMoneyShort(r.doNothingPence)} over the appraisal)${energy}.`;
}
