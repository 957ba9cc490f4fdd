import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import type { ActionId } from '../answer/answer.js';
import { answerInThread, apology, cannotPostThere } from './answer-in-thread.js';
import { decodeButtonValue, type ButtonValue } from './button-value.js';
import { checkSlackAccess, type SlackRequester } from './check-slack-access.js';
import { deliverBusinessCase } from './deliver-business-case.js';
import { renderAnswerBlocks } from './render-answer-blocks.js';
import type { SlackBotDeps } from './slack-bot-deps.js';
import { notInChannel } from './not-in-channel.js';
import { directConversation } from './thread-contexts.js';

const actionIds = ['business-case', 'show-assumptions', 'compare-hypervisors', 'compare-hosts', 'sensitivity', 'ask'] as const satisfies readonly ActionId[];

/** `business-case`, or `ask:2` for the third choice of a clarifying question. */
const actionPattern = new RegExp(`^(${actionIds.join('|')})(?::\\d+)?$`);

const toActionId = (actionId: string): ActionId | undefined => actionIds.find((id) => actionPattern.exec(actionId)?.[1] === id);

async function answerPrivately(deps: SlackBotDeps, respond: RespondFn, requester: SlackRequester, channel: string, id: ActionId, value: ButtonValue): Promise<void> {
  const started = performance.now();
  const base = { platform: 'slack' as const, kind: 'action' as const, action: id, organisation: requester.teamId, channel, user: requester.user, text: value.question };
  try {
    const reply = await deps.core.act(id, { scenario: value.scenario, question: value.question });
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderAnswerBlocks(reply.answer) });
    await deps.audit.record({ ...base, outcome: 'answered', answerKind: reply.answer.kind, scenario: reply.answer.scenario?.name, durationMs: Math.round(performance.now() - started) });
  } catch (error) {
    await deps.audit.record({ ...base, outcome: 'failed', durationMs: Math.round(performance.now() - started), error: String(error) });
    await respond({ response_type: 'ephemeral', replace_original: false, text: apology }).catch(() => undefined);
    throw error;
  }
}

/**
 * The answer buttons. Every press is acknowledged at once; the work (an answer, or a PDF)
 * continues in the background and lands in the message's thread. A button carries its scenario,
 * and the thread's context is used for anything the button does not say.
 */
export function registerActionHandlers(app: App, deps: SlackBotDeps): void {
  app.action<BlockAction<ButtonAction>>(actionPattern, async ({ ack, body, action, context, client, respond }) => {
    await ack();
    const id = toActionId(action.action_id);
    const channel = body.channel?.id;
    const message = body.message;
    if (id === undefined || channel === undefined) return;
    const requester = { teamId: context.teamId, enterpriseId: context.enterpriseId, channel: channel.startsWith('D') ? undefined : channel, user: body.user.id };
    const decision = checkSlackAccess(deps.settings.access, requester);
    if (!decision.allowed) {
      await deps.audit.record({ platform: 'slack', kind: 'action', action: id, outcome: 'refused', organisation: requester.teamId, channel, user: requester.user, durationMs: 0, error: `not allowed: ${decision.reason}` });
      await respond({ response_type: 'ephemeral', replace_original: false, text: decision.message });
      return;
    }
    const value = decodeButtonValue(action.value);
    if (message === undefined) {
      // An ephemeral message (help, a refusal) has no message to thread under: reply privately.
      deps.tasks.run(() => answerPrivately(deps, respond, requester, channel, id, value));
      return;
    }
    const inThread = message.thread_ts !== undefined ? String(message.thread_ts) : undefined;
    // In a direct message, top-level answers share the conversation's context and replies stay top-level.
    const direct = requester.channel === undefined && inThread === undefined;
    const thread = inThread ?? String(message.ts);
    const contextThread = direct ? directConversation : thread;
    deps.tasks.run(async () => {
      const scenario = value.scenario ?? deps.contexts.get(channel, contextThread)?.lastScenario;
      if (id === 'business-case' && scenario !== undefined) {
        await deliverBusinessCase(client, deps, { channel, thread }, requester, scenario).catch(async (error: unknown) => {
          // Not even "Preparing…" could be posted: say why, privately, rather than nothing.
          await respond({ response_type: 'ephemeral', replace_original: false, text: cannotPostThere(error) ? notInChannel : apology }).catch(() => undefined);
          throw error;
        });
        return;
      }
      const where = { channel, replyThread: direct ? undefined : thread, contextThread, respond };
      await answerInThread(client, deps, where, requester, { action: id, request: { scenario, question: value.question } });
    });
  });
}
