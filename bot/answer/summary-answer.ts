import type { Answer } from './answer.js';

/**
 * A monthly summary request where no summary service is connected (the terminal without a
 * history store): say how to get one.
 */
export function summaryPointerAnswer(month: string): Answer {
  return {
    kind: 'summary',
    headline: `Monthly summaries come from the estate history: run \`unsprawl summary --month ${month}\` (add --out DIR for the PDF).`,
    figures: [],
    tables: [],
    notes: ['Snapshots are imported with `unsprawl import FILE --as-of YYYY-MM-DD`, or by sharing the inventory export with the bot in Slack or Teams.'],
    actions: [{ id: 'ask', label: 'Estate today', question: 'tell me about the estate' }],
  };
}
