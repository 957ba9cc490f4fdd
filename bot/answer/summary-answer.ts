import type { Answer } from './answer.js';

/**
 * A monthly summary or tracking question where no history store is connected: say where the
 * answer comes from in chat words; the `unsprawl summary` command travels in `command` only.
 */
export function summaryPointerAnswer(month: string): Answer {
  return {
    kind: 'summary',
    headline: 'Monthly summaries and progress against the approved plan come from the estate history, and no history is connected to me here.',
    figures: [],
    tables: [],
    notes: ['Share each month\'s inventory export with me in Slack or Teams to build the history, or ask whoever runs the bot to connect its history store.'],
    actions: [{ id: 'ask', label: 'Estate today', question: 'tell me about the estate' }],
    command: `unsprawl summary --month ${month}`,
  };
}
