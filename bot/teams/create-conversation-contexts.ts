import type { ConversationContext } from '../conversation/conversation-context.js';

export interface ConversationContexts {
  get(conversationId: string): ConversationContext | undefined;
  set(conversationId: string, context: ConversationContext): void;
  readonly size: number;
}

/**
 * Each Teams conversation's context (a channel thread, a group chat, a personal chat), so a
 * follow-up refines that conversation's scenario. Bounded: the least recently used are forgotten
 * first, and a forgotten conversation simply starts afresh.
 */
export function createConversationContexts(limit = 2000): ConversationContexts {
  const contexts = new Map<string, ConversationContext>();
  return {
    get(conversationId) {
      const found = contexts.get(conversationId);
      if (found !== undefined) {
        contexts.delete(conversationId);
        contexts.set(conversationId, found);
      }
      return found;
    },
    set(conversationId, context) {
      contexts.delete(conversationId);
      contexts.set(conversationId, context);
      for (const oldest of contexts.keys()) {
        if (contexts.size <= limit) break;
        contexts.delete(oldest);
      }
    },
    get size() {
      return contexts.size;
    },
  };
}
