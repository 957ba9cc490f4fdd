import type { webApi } from '@slack/bolt';
import type { ScenarioInput } from '../../engine/scenario/scenario.js';
import type { SlackRequester } from './check-slack-access.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { SlackBotDeps } from './slack-bot-deps.js';

export const preparingText = 'Preparing the business case…';

/** What a chat user can do after a failed paper: the button again or the words, never a command line. */
const tryAgain = 'Please try again in a few minutes: press "Business case PDF" again, or type "make the business case".';

/**
 * The "Business case PDF" flow, run after the button or command was acknowledged: say that
 * the paper is being prepared, render it from the scenario with the report generator, upload
 * it into the thread (files.uploadV2), then turn the "Preparing…" message into a note that it
 * is ready — or into an apology that says what to do instead. Throws only when not even the
 * "Preparing…" message could be posted (the bot is not in the channel, Slack is down).
 */
export async function deliverBusinessCase(
  client: webApi.WebClient,
  deps: SlackBotDeps,
  where: { channel: string; thread: string | undefined },
  requester: SlackRequester,
  scenario: ScenarioInput,
): Promise<void> {
  const started = performance.now();
  const base = { platform: 'slack' as const, kind: 'action' as const, action: 'business-case', organisation: requester.teamId, channel: where.channel, thread: where.thread, user: requester.user, scenario: scenario.name };
  const progress = await client.chat.postMessage({ channel: where.channel, thread_ts: where.thread, text: preparingText });
  const thread = where.thread ?? progress.ts;
  const name = escapeMrkdwn(scenario.name);
  try {
    const document = await deps.renderBusinessCase(scenario);
    await client.filesUploadV2({
      channel_id: where.channel,
      thread_ts: thread ?? '',
      file: Buffer.from(document.bytes),
      filename: document.filename,
      title: document.title,
    });
    if (progress.ts !== undefined) {
      await client.chat.update({ channel: where.channel, ts: progress.ts, text: `The business case for *${name}* is ready: ${escapeMrkdwn(document.filename)} is in this thread.` });
    }
    await deps.audit.record({ ...base, outcome: 'answered', durationMs: Math.round(performance.now() - started) });
  } catch (error) {
    await deps.audit.record({ ...base, outcome: 'failed', durationMs: Math.round(performance.now() - started), error: String(error) });
    const sorry = `Sorry, I couldn't prepare the business case for *${name}* this time. ${tryAgain}`;
    const told = progress.ts !== undefined ? client.chat.update({ channel: where.channel, ts: progress.ts, text: sorry }) : client.chat.postMessage({ channel: where.channel, thread_ts: thread, text: sorry });
    await told.catch(() => undefined);
    // The user has had the apology; the error goes to the log, not back up to a second apology.
    deps.reportError(error);
  }
}
