import { z } from 'zod';

export const chatPlatforms = ['slack', 'teams'] as const;
export type ChatPlatform = (typeof chatPlatforms)[number];

/**
 * A stored conversation reference for proactive posts. The reference itself is the platform's
 * own object (a Teams ConversationReference, a Slack channel/team pair), kept as JSON; the
 * store only checks it is an object, its adapter validates the rest.
 */
export const conversationRefSchema = z
  .object({
    platform: z.enum(chatPlatforms),
    key: z.string().min(1),
    label: z.string().nullable(),
    reference_json: z.string().transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'expected JSON text' });
        return z.NEVER;
      }
    }).pipe(z.record(z.string(), z.unknown())),
    updated_at: z.string(),
  })
  .transform((r) => ({ platform: r.platform, key: r.key, label: r.label ?? undefined, reference: r.reference_json, updatedAt: r.updated_at }));

export type ConversationRef = z.output<typeof conversationRefSchema>;
