import type { PostPort } from '../scheduler/post-port.js';
import type { ConversationReferenceStore } from './conversation-reference-store.js';
import type { TeamsBot } from './create-teams-bot.js';

/**
 * The scheduler's way into Teams: a `teams:<conversation id>` destination is looked up in the
 * conversation store (saved when the bot was installed in, or messaged from, that conversation)
 * and the summary posted there proactively. Throws when it cannot deliver (postProactive throws
 * once the retries are spent), so the scheduler's ledger records a failure and tries again later.
 *
 * @example
 *   const post = createTeamsPostPort(bot, conversations);
 *   await post({ platform: 'teams', id: '19:abc@thread.tacv2', key: 'teams:19:abc@thread.tacv2' }, answer);
 */
export function createTeamsPostPort(bot: Pick<TeamsBot, 'postProactive'>, conversations: Pick<ConversationReferenceStore, 'get'>): PostPort {
  return async (destination, answer) => {
    if (destination.platform !== 'teams') throw new Error(`the Teams poster cannot post to ${destination.key}`);
    const stored = await conversations.get(destination.id);
    if (!stored) {
      throw new Error(`Teams conversation ${destination.id} is not known yet: add the unsprawl app to that team (or message it) first`);
    }
    const messageRef = await bot.postProactive(stored.reference, answer);
    return messageRef === undefined ? {} : { messageRef };
  };
}
