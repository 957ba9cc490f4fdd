import type { RespondFn, webApi } from '@slack/bolt';
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
  /**
   * A button press's response_url: where the answer goes, privately, when the bot cannot post in
   * the channel (not invited, or the channel is gone). Without it such a press would end in silence.
   */
  respond?: RespondFn;
}

/** Slack's answers to a post in a channel the bot cannot write to. */
export function cannotPostThere(error: unknown): boolean {
  const code = (error as { data?: { error?: unknown } } | undefined)?.data?.error;
  return code === 'not_in_channel' || code === 'channel_not_found' || code === 'is_archived';
}

/**
 * Posts in the conversation, or, when the bot may not post there and a response_url is at hand,
 * sends the same message privately to the person who pressed the button.
 */
async function post(client: webApi.WebClient, where: SlackConversation, message: { text: string; blocks?: ReturnType<typeof renderAnswerBlocks>['blocks'] }): Promise<void> {
  try {
    await client.chat.postMessage({ channel: where.channel, thread_ts: where.replyThread, text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}), unfurl_links: false });
  } catch (error) {
    if (where.respond === undefined || !cannotPostThere(error)) throw error;
    await where.respond({ response_type: 'ephemeral', replace_original: false, text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) });
  }
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
    await post(client, where, renderAnswerBlocks(reply.answer));
  } catch (error) {
    await deps.audit.record({ ...base, outcome: 'failed', durationMs: Math.round(performance.now() - started), error: String(error) });
    await post(client, where, { text: apology }).catch(() => undefined);
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
