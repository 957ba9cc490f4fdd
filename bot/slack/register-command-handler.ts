import type { App, RespondFn } from '@slack/bolt';
import type { BotReply } from '../conversation/bot-core.js';
import { apology, cannotPostThere } from './answer-in-thread.js';
import { checkSlackAccess, type SlackRequester } from './check-slack-access.js';
import { deliverBusinessCase } from './deliver-business-case.js';
import { parseCommand, type SlashCommand } from './parse-command.js';
import { notInChannel } from './not-in-channel.js';
import { renderAnswerBlocks } from './render-answer-blocks.js';
import type { SlackBotDeps } from './slack-bot-deps.js';


async function runCommand(deps: SlackBotDeps, parsed: SlashCommand, respond: RespondFn, deliver: (reply: BotReply) => Promise<boolean>): Promise<BotReply> {
  const core = deps.core;
  if (parsed.kind === 'help') {
    const reply = await core.ask('help');
    await respond({ response_type: 'ephemeral', ...renderAnswerBlocks(reply.answer) });
    return reply;
  }
  if (parsed.kind === 'ask') {
    const reply = await core.ask(parsed.question);
    await respond({ response_type: 'in_channel', ...renderAnswerBlocks(reply.answer) });
    return reply;
  }
  if (parsed.question !== '') {
    // A scope the bot does not know ("the flux capacitors") gets the answer `ask` gives it, not
    // a paper about the whole estate.
    const understood = await core.ask(parsed.question);
    if (understood.answer.scenario === undefined) {
      await respond({ response_type: 'ephemeral', ...renderAnswerBlocks(understood.answer) });
      return understood;
    }
  }
  const reply = await core.ask(parsed.question === '' ? 'make the business case' : `make the business case for ${parsed.question}`);
  // Without a scenario (a clarifying question, an unknown scope) the answer says what to change.
  if (!(await deliver(reply))) await respond({ response_type: 'ephemeral', ...renderAnswerBlocks(reply.answer) });
  return reply;
}

/**
 * `/unsprawl help | ask … | report …`. The command is acknowledged at once (Slack allows 3
 * seconds); answers arrive through the command's response_url, and a business case is posted
 * to the channel as a "Preparing…" message with the PDF in its thread.
 */
export function registerCommandHandler(app: App, deps: SlackBotDeps): void {
  app.command(deps.settings.command, async ({ command, ack, respond, context, client }) => {
    const requester: SlackRequester = {
      teamId: context.teamId,
      enterpriseId: context.enterpriseId,
      channel: command.channel_id.startsWith('D') ? undefined : command.channel_id,
      user: command.user_id,
    };
    const base = { platform: 'slack' as const, kind: 'command' as const, organisation: requester.teamId, channel: command.channel_id, user: command.user_id, text: command.text };
    const decision = checkSlackAccess(deps.settings.access, requester);
    if (!decision.allowed) {
      await ack({ response_type: 'ephemeral', text: decision.message });
      await deps.audit.record({ ...base, outcome: 'refused', durationMs: 0, error: `not allowed: ${decision.reason}` });
      return;
    }
    await ack();
    const parsed = parseCommand(command.text);
    deps.tasks.run(async () => {
      const started = performance.now();
      try {
        const reply = await runCommand(deps, parsed, respond, async ({ answer }) => {
          if (answer.scenario === undefined) return false;
          await deliverBusinessCase(client, deps, { channel: command.channel_id, thread: undefined }, requester, answer.scenario);
          return true;
        });
        await deps.audit.record({ ...base, action: parsed.kind, outcome: 'answered', answerKind: reply.answer.kind, scenario: reply.answer.scenario?.name, durationMs: Math.round(performance.now() - started) });
      } catch (error) {
        await deps.audit.record({ ...base, action: parsed.kind, outcome: 'failed', durationMs: Math.round(performance.now() - started), error: String(error) });
        const text = cannotPostThere(error) ? notInChannel : apology;
        await respond({ response_type: 'ephemeral', replace_original: false, text }).catch(() => undefined);
        throw error;
      }
    });
  });
}
