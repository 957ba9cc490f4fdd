import { z } from 'zod';
import { scenarioSchema } from '../../engine/scenario/scenario.js';
import { intentSchema, scopeMentionSchema } from '../understanding/understanding.js';

/** What the last answer in a conversation was about, so a follow-up knows what "it" is. */
export const lastIntentSchema = z.enum([...intentSchema.options, 'clarify', 'error']);
export type LastIntent = z.infer<typeof lastIntentSchema>;

/**
 * The state a chat adapter keeps per thread (Slack) or conversation (Teams) between questions.
 * Small and JSON-serialisable on purpose: adapters store it as-is (memory, SQLite, bot state)
 * and hand it back with the next question. Only the bot core reads its fields.
 */
export const conversationContextSchema = z.object({
  version: z.literal(1).default(1),
  /** The scenario of the last what-if (fully defaulted), refined by "and with DR?" and friends. */
  lastScenario: scenarioSchema.optional(),
  /** The scope of the last scenario as named in chat, so "and pathology too" can add to it. */
  lastScope: scopeMentionSchema.optional(),
  lastIntent: lastIntentSchema.optional(),
});

export type ConversationContext = z.output<typeof conversationContextSchema>;

/**
 * Reads a stored context back. A context that no longer validates (stored by an older version,
 * edited by hand) starts the conversation afresh rather than failing the user's question.
 */
export function restoreConversationContext(stored: unknown): ConversationContext {
  const parsed = conversationContextSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : { version: 1 };
}
