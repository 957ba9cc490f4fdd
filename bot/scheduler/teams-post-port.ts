import type { ConversationReferenceStore } from '../teams/conversation-reference-store.js';
import type { TeamsBot } from '../teams/create-teams-bot.js';
import type { PostPort } from './post-port.js';

/**
 * Posts summaries into Teams conversations (`teams:<conversation id>` destinations) with the
 * Teams adapter's proactive post, using the reference stored when the bot joined or was first
 * messaged there. A conversation the bot never saw cannot be posted to: that is an error for
 * the ledger to record and report, not something to guess around.
 */
export function teamsPostPort(bot: Pick<TeamsBot, 'postProactive'>, conversations: Pick<ConversationReferenceStore, 'get'>): PostPort {
  return async (destination, answer) => {
    if (destination.platform !== 'teams') throw new Error(`teamsPostPort cannot post to ${destination.key}`);
    const stored = await conversations.get(destination.id);
    if (!stored) throw new Error(`no stored Teams conversation reference for ${destination.id}: add the bot to that conversation first`);
    const id = await bot.postProactive(stored.reference, answer);
    return id === undefined ? {} : { messageRef: id };
  };
}
