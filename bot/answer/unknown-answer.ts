import type { Answer } from './answer.js';
import { exampleQuestions } from './help-answer.js';

/** A question the bot could not read: say so, and offer questions it can answer. */
export function unknownAnswer(question: string, services: readonly string[]): Answer {
  const examples = exampleQuestions(services).slice(0, 4);
  const quoted = question.trim().length > 80 ? `${question.trim().slice(0, 77)}...` : question.trim();
  return {
    kind: 'unknown',
    headline: `Sorry, I didn't understand "${quoted}". I answer questions about consolidating the server estate, its costs, energy and carbon.`,
    figures: [],
    tables: [],
    notes: [`Try: ${examples.map((q) => `"${q}"`).join(', ')}. Type "help" for more.`],
    actions: examples.slice(0, 3).map((q) => ({ id: 'ask' as const, label: q, question: q })),
  };
}
