import { describeProblem } from '../../engine/errors.js';
import { formatNumber } from '../../reports/format/numbers.js';
import { describeServerChange } from '../inventory/describe-server-change.js';
import type { InventoryImportResult } from '../inventory/import-inventory.js';
import { escapeCardMarkdown as md } from './escape-card-markdown.js';
import { ADAPTIVE_CARD_VERSION, type AdaptiveCard, type AdaptiveElement } from './render-answer-card.js';

/** Ids or problems listed before "… and N more". */
const maxListed = 20;

/**
 * The reply to an inventory sent in personal chat: what changed since the previous snapshot, or
 * every problem (file, row, column) and a clear "nothing was stored".
 */
export function renderImportCard(filename: string, result: InventoryImportResult): AdaptiveCard {
  if (!result.stored) {
    const count = result.problems.length;
    const headline = `I couldn't use ${filename}: ${count} problem${count === 1 ? '' : 's'} found, so nothing was stored.`;
    const problems = result.problems.slice(0, maxListed).map((p): AdaptiveElement => ({ type: 'TextBlock', text: `• ${md(describeProblem(p))}`, wrap: true, spacing: 'None' }));
    const more: AdaptiveElement[] = count > maxListed ? [{ type: 'TextBlock', text: `… and ${count - maxListed} more`, wrap: true, isSubtle: true }] : [];
    return card(headline, [...problems, ...more, { type: 'TextBlock', text: 'Fix these rows and send the file again.', wrap: true, spacing: 'Medium' }]);
  }
  const { added, removed, changed, before, after } = result.changes;
  const headline = `Stored ${filename} as the estate snapshot for ${result.asOf}: ${formatNumber(after)} servers (was ${formatNumber(before)}). My answers now use it.`;
  const facts = [
    { title: 'Added', value: formatNumber(added.length) },
    { title: 'Removed', value: formatNumber(removed.length) },
    { title: 'Changed', value: formatNumber(changed.length) },
  ];
  const lists: AdaptiveElement[] = [
    ...listed('Added', added),
    ...listed('Removed', removed),
    ...listed('Changed', changed.map(describeServerChange)),
  ];
  const unchanged: AdaptiveElement[] = added.length + removed.length + changed.length === 0 ? [{ type: 'TextBlock', text: 'Nothing changed since the previous inventory.', wrap: true }] : [];
  const notes = result.assumed.map((note): AdaptiveElement => ({ type: 'TextBlock', text: `Note: ${note}`, wrap: true, size: 'Small' }));
  return card(headline, [{ type: 'FactSet', facts }, ...unchanged, ...lists, ...notes]);
}

function listed(label: string, items: string[]): AdaptiveElement[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, maxListed).join(', ');
  const text = items.length > maxListed ? `${shown} … and ${items.length - maxListed} more` : shown;
  return [{ type: 'TextBlock', text: `${label}: ${md(text)}`, wrap: true, size: 'Small' }];
}

function card(headline: string, body: AdaptiveElement[]): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    fallbackText: headline,
    speak: headline,
    body: [{ type: 'TextBlock', text: md(headline), wrap: true, weight: 'Bolder', style: 'heading' }, ...body],
    actions: [],
  };
}
