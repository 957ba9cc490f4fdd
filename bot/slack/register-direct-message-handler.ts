import type { App } from '@slack/bolt';
import { answerInThread } from './answer-in-thread.js';
import { checkSlackAccess } from './check-slack-access.js';
import { receiveInventory, type SharedFile } from './receive-inventory.js';
import type { SlackBotDeps } from './slack-bot-deps.js';
import { directConversation } from './thread-contexts.js';

/**
 * Direct messages: a question is answered in place (a DM is already a conversation, so its
 * top-level messages share one scenario context; a thread in the DM has its own), and a file
 * shared in the DM is taken as an inventory upload.
 */
export function registerDirectMessageHandler(app: App, deps: SlackBotDeps): void {
  app.message(async ({ message, context, client }) => {
    if (message.channel_type !== 'im') return;
    if (message.subtype !== undefined && message.subtype !== 'file_share') return;
    const requester = { teamId: context.teamId, enterpriseId: context.enterpriseId, channel: undefined, user: message.user };
    const decision = checkSlackAccess(deps.settings.access, requester);
    if (!decision.allowed) {
      await deps.audit.record({ platform: 'slack', kind: 'question', outcome: 'refused', organisation: requester.teamId, channel: message.channel, user: message.user, durationMs: 0, error: `not allowed: ${decision.reason}` });
      await client.chat.postMessage({ channel: message.channel, thread_ts: message.thread_ts, text: decision.message });
      return;
    }
    const files: SharedFile[] = (message.files ?? []).map((f) => ({ id: f.id, name: f.name ?? f.title ?? `${f.id}.${f.filetype}`, urlPrivate: f.url_private_download ?? f.url_private, size: f.size }));
    if (files.length > 0) {
      deps.tasks.run(() => receiveInventory(client, deps, { channel: message.channel, thread: message.thread_ts }, requester, files));
      return;
    }
    const where = { channel: message.channel, replyThread: message.thread_ts, contextThread: message.thread_ts ?? directConversation };
    const question = (message.text ?? '').trim() || 'help';
    deps.tasks.run(() => answerInThread(client, deps, where, requester, { question }));
  });
}
