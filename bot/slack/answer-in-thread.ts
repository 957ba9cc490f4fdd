import type { webApi } from '@slack/bolt';
import type { ActionId } from '../answer/answer.js';
import type { ActionRequest, BotReply } from '../conversation/bot-core.js';
import type { SlackBotDeps } from './slack-bot-deps.js';
import type { SlackRequester } from './check-slack-access.js';
import { renderAnswerBlocks } from './render-answer-blocks.js';

export const apology =
  "Sorry, something went wrong on my side and I couldn't answer that. Please try again in a minute; if it keeps happening, tell your unsprawl administrator.";

export interface SlackConversation {
  channel: string;
  /** The thread to reply in; undefined to reply at the top level (a direct message). */
  replyThread: string | undefined;
  /** The key of the scenario context: the thread, or the whole direct-message conversation. */
  contextThread: string;
}

export type SlackTurn = { question: string } | { action: ActionId; request: Omit<ActionRequest, 'context'> };

/**
 * One turn of a conversation in Slack: hand the question (or button) and the thread's context
 * to the bot core, post the answer as Block Kit in the thread, keep the new context, and write
 * one audit line. A failure ends in an apology in the thread, never in silence.
 */
export async function answerInThread(
  client: webApi.WebClient,
  deps: SlackBotDeps,
  where: SlackConversation,
  requester: SlackRequester,
  turn: SlackTurn,
): Promise<void> {
  const started = performance.now();
  const context = deps.contexts.get(where.channel, where.contextThread);
  const base = {
    platform: 'slack' as const,
    kind: 'question' in turn ? ('question' as const) : ('action' as const),
    organisation: requester.teamId,
    channel: where.channel,
    thread: where.contextThread,
    user: requester.user,
    text: 'question' in turn ? turn.question : turn.request.question,
    action: 'action' in turn ? turn.action : undefined,
  };
  let reply: BotReply;
  try {
    reply = 'question' in turn ? await deps.core.ask(turn.question, context) : await deps.core.act(turn.action, { ...turn.request, context });
    deps.contexts.set(where.channel, where.contextThread, reply.context);
    const message = renderAnswerBlocks(reply.answer);
    await client.chat.postMessage({ channel: where.channel, thread_ts: where.replyThread, text: message.text, blocks: message.blocks, unfurl_links: false });
  } catch (error) {
    await deps.audit.record({ ...base, outcome: 'failed', durationMs: Math.round(performance.now() - started), error: String(error) });
    await client.chat
      .postMessage({ channel: where.channel, thread_ts: where.replyThread, text: apology })
      .catch(() => undefined);
    throw error;
  }
  await deps.audit.record({
    ...base,
    outcome: 'answered',
    answerKind: reply.answer.kind,
    scenario: reply.answer.scenario?.name,
    durationMs: Math.round(performance.now() - started),
  });
}
