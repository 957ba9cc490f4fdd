import { z } from 'zod';
import type { AnswerAction } from '../answer/answer.js';
import type { ScenarioInput } from '../../engine/scenario/scenario.js';
import { scenarioSchema } from '../../engine/scenario/scenario.js';

/** Slack's limit for a button's value. */
const maxValueLength = 2000;

/** What a button carries back to us when pressed: the scenario it applies to, or a question. */
export const buttonValueSchema = z.object({
  scenario: scenarioSchema.optional(),
  question: z.string().optional(),
});

export type ButtonValue = { scenario?: ScenarioInput; question?: string };

/**
 * The value of a button for an answer action. If the scenario does not fit Slack's 2,000
 * characters (a very long scope), its description goes first and then the scenario itself:
 * the handler falls back to the thread's scenario, which the answer was about anyway.
 */
export function encodeButtonValue(action: AnswerAction): string {
  const question = action.question;
  const candidates: ButtonValue[] = action.scenario
    ? [
        { scenario: action.scenario, question },
        { scenario: { ...action.scenario, description: undefined }, question },
        { question },
      ]
    : [{ question }];
  for (const candidate of candidates) {
    const text = JSON.stringify(candidate);
    if (text.length <= maxValueLength) return text;
  }
  return '{}';
}

/** Reads a pressed button's value; anything unreadable counts as "no scenario, no question". */
export function decodeButtonValue(value: string | undefined): ButtonValue {
  if (value === undefined) return {};
  try {
    const parsed = buttonValueSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
