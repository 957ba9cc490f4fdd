import type { Appraisal } from '../../engine/tco/appraisal.js';
import { formatMoney, formatMoneyShort, formatNumber, formatPercent } from '../../reports/format/numbers.js';
import type { Answer } from './answer.js';

/**
 * "What if we didn't do anything?", "what does doing nothing cost?": the do-nothing case of an
 * appraisal (keep today's servers, replace them at the end of their life, keep paying support,
 * energy, space, backup and staff time), by line and by financial year: the same figures as the
 * "Do nothing" column of every what-if and of `tco`, which are always the whole estate's.
 *
 * @example doNothingAnswer(evaluation.appraisal, 232).headline // "Doing nothing costs £5.2m over 5 years ..."
 */
export function doNothingAnswer(appraisal: Appraisal, servers: number): Answer {
  const years = appraisal.cashFlows;
  const total = years.reduce((sum, y) => sum + y.doNothing, 0);
  const present = years.reduce((sum, y) => sum + Math.round(y.doNothing * y.discountFactor), 0);
  const byLine = new Map<string, number>();
  for (const line of appraisal.lines) {
    if (line.side !== 'baseline' && line.side !== 'staying') continue;
    byLine.set(line.label, (byLine.get(line.label) ?? 0) + line.total);
  }
  const lines = [...byLine].filter(([, pence]) => pence !== 0).sort((a, b) => b[1] - a[1]);
  const h = appraisal.horizonYears;
  return {
    kind: 'estate',
    headline: `Doing nothing costs ${formatMoneyShort(total)} over ${formatNumber(h)} years for the whole estate (${formatNumber(servers)} servers), ${formatMoneyShort(present)} in today's money at ${formatPercent(appraisal.discountRate, 1)}.`,
    figures: [
      { label: `Do nothing over ${formatNumber(h)} years`, value: formatMoney(total), raw: total },
      { label: `Present value at ${formatPercent(appraisal.discountRate, 1)}`, value: formatMoney(present), raw: present },
      { label: `Do nothing in ${years[1]?.financialYear ?? ''}, the first running year`, value: formatMoney(years[1]?.doNothing ?? 0), raw: years[1]?.doNothing ?? 0 },
    ],
    tables: [
      { title: `Doing nothing by cost line, whole estate, ${formatNumber(h)} years, undiscounted`, columns: ['Cost', 'Total'], rows: lines.map(([label, pence]) => [label, formatMoney(pence)]) },
      { title: 'Doing nothing by financial year, whole estate', columns: ['Financial year', 'Do nothing', 'Present value'], rows: years.map((y) => [y.financialYear, formatMoney(y.doNothing), formatMoney(Math.round(y.doNothing * y.discountFactor))]) },
    ],
    notes: [
      `Doing nothing keeps today's servers and hosts, replaces each at the end of its service life and keeps paying support (more once out of warranty), energy, rack space, backup and staff time: the "Do nothing" figures every what-if is compared with, for the whole estate whatever the scope.`,
      ...appraisal.assumedInputs.map((a) => `Assumed: ${a}.`),
    ],
    actions: [{ id: 'ask', label: 'What consolidating saves', question: 'what if we consolidate the whole estate?' }],
  };
}
