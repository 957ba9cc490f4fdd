import type { Answer } from './answer.js';

/** A short question back with one button per choice, instead of a silent guess. */
export function clarifyAnswer(question: string, choices: readonly { label: string; question: string }[]): Answer {
  return {
    kind: 'clarify',
    headline: question,
    figures: [],
    tables: [],
    notes: [`Choose one, or ask again naming it (e.g. "${choices[0]?.question ?? ''}").`],
    actions: choices.map((c) => ({ id: 'ask' as const, label: c.label, question: c.question })),
  };
}
