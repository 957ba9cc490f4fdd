import type { ConversationContext } from '../conversation/conversation-context.js';

/** Context key of a direct-message conversation's top-level messages (threads keep their own). */
export const directConversation = 'direct';

export interface ThreadContexts {
  get(channel: string, thread: string): ConversationContext | undefined;
  set(channel: string, thread: string, context: ConversationContext): void;
  readonly size: number;
}

/**
 * The scenario context of each Slack thread (or direct-message conversation), so "and with
 * DR?" in a thread refines that thread's what-if. Bounded: the least recently used threads
 * are forgotten first, so a busy workspace cannot grow the process without limit; a forgotten
 * thread simply starts afresh.
 */
export function createThreadContexts(limit = 2000): ThreadContexts {
  const contexts = new Map<string, ConversationContext>();
  const key = (channel: string, thread: string) => `${channel}\u0000${thread}`;
  return {
    get(channel, thread) {
      const k = key(channel, thread);
      const found = contexts.get(k);
      if (found !== undefined) {
        contexts.delete(k);
        contexts.set(k, found);
      }
      return found;
    },
    set(channel, thread, context) {
      const k = key(channel, thread);
      contexts.delete(k);
      contexts.set(k, context);
      while (contexts.size > limit) {
        const oldest = contexts.keys().next();
        if (oldest.done) break;
        contexts.delete(oldest.value);
      }
    },
    get size() {
      return contexts.size;
    },
  };
}
