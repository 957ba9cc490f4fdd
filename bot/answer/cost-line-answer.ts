import type { Appraisal } from '../../engine/tco/appraisal.js';
import { formatMoney, formatMoneyShort, formatNumber } from '../../reports/format/numbers.js';
import type { CostLineAsked } from '../understanding/understanding.js';
import type { Answer } from './answer.js';

/** The appraisal items of each running cost people ask about, today's servers and today's hosts alike. */
const items: Readonly<Record<CostLineAsked, readonly string[]>> = {
  backup: ['backup'],
  rack: ['rack', 'hostRack'],
  staff: ['staff', 'hostStaff'],
  licences: ['windowsAssurance', 'hostWindowsAssurance', 'currentHypervisor'],
};
const names: Readonly<Record<CostLineAsked, string>> = { backup: 'Backup', rack: 'Rack space', staff: 'Staff time', licences: 'Licences' };
const costs = (line: CostLineAsked) => (line === 'licences' ? 'cost' : 'costs');

/**
 * "How much does backup cost us today?": today's spend on one running cost line, the do-nothing
 * case's first running year for that line (what carrying on as we are costs), the whole estate's
 * (baseline and the servers any option leaves alone) or, when a scope is named, its servers'
 * (the baseline side alone). Not a what-if on a service that happens to share the name.
 *
 * @example costLineAnswer(evaluation.appraisal, 'backup', 'the whole estate (232 servers)', false).headline
 *   // "Backup costs £55k a year today (2027/28) for the whole estate (232 servers) ..."
 */
export function costLineAnswer(appraisal: Appraisal, line: CostLineAsked, scopeName: string, scoped: boolean): Answer {
  const sides = scoped ? ['baseline'] : ['baseline', 'staying'];
  const lines = appraisal.lines.filter((l) => sides.includes(l.side) && items[line].includes(l.item));
  const byLabel = new Map<string, number>();
  for (const l of lines) byLabel.set(l.label, (byLabel.get(l.label) ?? 0) + (l.byYear[1] ?? 0));
  const firstYear = [...byLabel.values()].reduce((sum, pence) => sum + pence, 0);
  const overHorizon = lines.reduce((sum, l) => sum + l.total, 0);
  const year = appraisal.cashFlows[1]?.financialYear ?? '';
  const h = appraisal.horizonYears;
  return {
    kind: 'estate',
    headline: `${names[line]} ${costs(line)} ${formatMoneyShort(firstYear)} a year today (${year}, the first running year of doing nothing) for ${scopeName}, ${formatMoneyShort(overHorizon)} over ${formatNumber(h)} years if nothing changes.`,
    figures: [
      { label: `${names[line]} a year (${year})`, value: formatMoney(firstYear), raw: firstYear },
      { label: `${names[line]} over ${formatNumber(h)} years`, value: formatMoney(overHorizon), raw: overHorizon },
    ],
    tables: [{ title: `${names[line]} a year today, ${scopeName}`, columns: ['Cost', `A year (${year})`], rows: [...byLabel].filter(([, pence]) => pence !== 0).map(([label, pence]) => [label, formatMoney(pence)]) }],
    notes: [`Today's spend is the "Do nothing" case's first running year, costed from the inventory and the assumptions in force (see "Show assumptions"), as every what-if counts it.`],
    actions: [
      { id: 'ask', label: 'What doing nothing costs', question: 'what does doing nothing cost?' },
      { id: 'show-assumptions', label: 'Show assumptions' },
    ],
  };
}
