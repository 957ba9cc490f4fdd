import type { App } from '@slack/bolt';
import { answerInThread } from './answer-in-thread.js';
import { checkSlackAccess } from './check-slack-access.js';
import type { SlackBotDeps } from './slack-bot-deps.js';

/** `<@U123ABC>` mentions, which Slack puts in the text; the question is what is left. */
export const stripMentions = (text: string) => text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * `@unsprawl what if we consolidate ward systems?` in a channel: the answer goes in a thread
 * under the question, and a later mention in that thread continues the thread's scenario.
 */
export function registerMentionHandler(app: App, deps: SlackBotDeps): void {
  app.event('app_mention', async ({ event, context, client }) => {
    const thread = event.thread_ts ?? event.ts;
    const requester = { teamId: context.teamId, enterpriseId: context.enterpriseId, channel: event.channel, user: event.user };
    const decision = checkSlackAccess(deps.settings.access, requester);
    if (!decision.allowed) {
      await deps.audit.record({ platform: 'slack', kind: 'question', outcome: 'refused', organisation: requester.teamId, channel: event.channel, user: event.user, durationMs: 0, error: `not allowed: ${decision.reason}` });
      // Privately: the person asking learns why, the channel does not watch them being turned away.
      if (event.user !== undefined) await client.chat.postEphemeral({ channel: event.channel, user: event.user, thread_ts: thread, text: decision.message });
      return;
    }
    const question = stripMentions(event.text) || 'help';
    // Off the listener: a Socket Mode connection is never held while the engine works.
    deps.tasks.run(() => answerInThread(client, deps, { channel: event.channel, replyThread: thread, contextThread: thread }, requester, { question }));
  });
}
