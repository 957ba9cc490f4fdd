import type { HistoryStore } from '../open-store.js';
import type { ChatPlatform } from './conversation-ref.js';

/**
 * Forgets where the bot could post in one conversation (removed from a team, chat deleted), so
 * the scheduler reports the destination as unknown instead of posting into a dead reference.
 * Removing a key that is not stored does nothing.
 *
 * @example removeConversationRef(store, { platform: 'teams', key: '19:abc@thread.tacv2' })
 */
export function removeConversationRef(store: HistoryStore, ref: { platform: ChatPlatform; key: string }): void {
  store.db.prepare('DELETE FROM conversation_refs WHERE platform = ? AND key = ?').run(ref.platform, ref.key);
}
