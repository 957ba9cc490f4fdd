import { conversationRefError } from '../../store/conversations/conversation-ref-error.js';
import type { ConversationRef } from '../../store/conversations/conversation-ref.js';
import { findConversationRefs } from '../../store/conversations/find-conversation-refs.js';
import { removeConversationRef } from '../../store/conversations/remove-conversation-ref.js';
import { saveConversationRef } from '../../store/conversations/save-conversation-ref.js';
import type { HistoryStore } from '../../store/open-store.js';
import {
  storedConversationSchema,
  type ConversationReferenceStore,
  type StoredConversation,
  type StoredConversationInput,
} from './conversation-reference-store.js';

/**
 * Teams conversation references in the history store (`conversation_refs`, platform `teams`,
 * keyed by conversation id), the one place the bot saves them and every poster (the bot's
 * scheduler, `unsprawl summary --post`) reads them. The whole StoredConversation is the row's
 * reference, re-validated when read, so a hand-edited row is reported rather than posted to.
 * better-sqlite3 is synchronous: the promises are already settled when returned.
 *
 * @example
 *   const conversations = createHistoryConversationStore(openStore({ path: settings.bot.historyDbPath }));
 *   await conversations.get('19:abc@thread.tacv2');
 */
export function createHistoryConversationStore(store: HistoryStore, now: () => Date = () => new Date()): ConversationReferenceStore {
  const toStored = (ref: ConversationRef): StoredConversation => {
    const parsed = storedConversationSchema.safeParse(ref.reference);
    if (!parsed.success) throw conversationRefError(store, ref, parsed.error.issues, 'reference_json');
    return parsed.data;
  };
  const find = (key?: string) => findConversationRefs(store, { platform: 'teams', key }).map(toStored);

  return {
    save: async (entry: StoredConversationInput) => {
      const stored = storedConversationSchema.parse(entry);
      const label = stored.reference.conversation.name;
      saveConversationRef(store, { platform: 'teams', key: stored.conversationId, ...(label ? { label } : {}), reference: stored, now: now() });
      return stored;
    },
    get: async (conversationId) => find(conversationId)[0],
    list: async () => find(),
    remove: async (conversationId) => removeConversationRef(store, { platform: 'teams', key: conversationId }),
  };
}
