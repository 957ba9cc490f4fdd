import type { HistoryStore } from '../open-store.js';
import { conversationRefSchema, type ChatPlatform, type ConversationRef } from './conversation-ref.js';

/** Stored conversation references, optionally for one platform or one key, validated on the way out. */
export function findConversationRefs(store: HistoryStore, filter: { platform?: ChatPlatform; key?: string } = {}): ConversationRef[] {
  const rows = store.db
    .prepare(`SELECT * FROM conversation_refs
              WHERE (@platform IS NULL OR platform = @platform) AND (@key IS NULL OR key = @key)
              ORDER BY platform, key`)
    .all({ platform: filter.platform ?? null, key: filter.key ?? null });
  return rows.map((r) => conversationRefSchema.parse(r));
}
