import type { HistoryStore } from '../open-store.js';
import { conversationRefSchema, type ChatPlatform, type ConversationRef } from './conversation-ref.js';
import { conversationRefError } from './conversation-ref-error.js';

/**
 * Stored conversation references, optionally for one platform or one key, validated on the way
 * out: a damaged row is reported as an InputError naming its platform and key, never handed back.
 */
export function findConversationRefs(store: HistoryStore, filter: { platform?: ChatPlatform; key?: string } = {}): ConversationRef[] {
  const rows = store.db
    .prepare(`SELECT * FROM conversation_refs
              WHERE (@platform IS NULL OR platform = @platform) AND (@key IS NULL OR key = @key)
              ORDER BY platform, key`)
    .all({ platform: filter.platform ?? null, key: filter.key ?? null }) as { platform: unknown; key: unknown }[];
  return rows.map((row) => {
    const parsed = conversationRefSchema.safeParse(row);
    if (!parsed.success) throw conversationRefError(store, row, parsed.error.issues);
    return parsed.data;
  });
}
