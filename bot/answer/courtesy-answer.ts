import type { Answer } from './answer.js';
import { exampleQuestions } from './help-answer.js';

/**
 * "thanks!", "cheers": a short acknowledgement with a few questions to carry on with, not a
 * "sorry, I didn't understand" and not the whole help page.
 *
 * @example courtesyAnswer(['Ward systems', 'Pathology LIMS']).headline // "You're welcome."
 */
export function courtesyAnswer(services: readonly string[]): Answer {
  const next = exampleQuestions(services).slice(0, 3);
  return {
    kind: 'help',
    headline: "You're welcome.",
    figures: [],
    tables: [],
    notes: ['Ask me anything else about the estate when you need it.'],
    actions: next.map((q) => ({ id: 'ask' as const, label: q, question: q })),
  };
}
