import { z } from 'zod';

/**
 * Where Teams conversations the bot can post into are remembered, so the scheduler can post the
 * monthly summary proactively (adapter.continueConversation needs the stored reference). They
 * live in the history store (createHistoryConversationStore, table conversation_refs).
 */
const accountSchema = z.looseObject({ id: z.string().optional(), name: z.string().optional() });

/** The Bot Framework ConversationReference fields continueConversation needs, kept loosely. */
export const conversationReferenceSchema = z.looseObject({
  activityId: z.string().optional(),
  user: accountSchema.optional(),
  agent: accountSchema.nullable().optional(),
  locale: z.string().optional(),
  conversation: z.looseObject({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
    isGroup: z.boolean().optional(),
    name: z.string().optional(),
  }),
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
});

export const conversationScopes = ['personal', 'channel', 'groupChat'] as const;

export const storedConversationSchema = z.object({
  conversationId: z.string().min(1),
  scope: z.enum(conversationScopes),
  tenantId: z.string().optional(),
  teamId: z.string().optional(),
  channelId: z.string().optional(),
  reference: conversationReferenceSchema,
  updatedAt: z.string(),
});

export type StoredConversation = z.output<typeof storedConversationSchema>;
export type StoredConversationInput = z.input<typeof storedConversationSchema>;

export interface ConversationReferenceStore {
  /** Inserts or replaces by conversationId (the key the scheduler's `teams:<id>` destinations use). */
  save(entry: StoredConversationInput): Promise<StoredConversation>;
  get(conversationId: string): Promise<StoredConversation | undefined>;
  list(): Promise<StoredConversation[]>;
  remove(conversationId: string): Promise<void>;
}
