import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BotCore } from '../../../bot/conversation/bot-core.js';
import { encodeButtonValue } from '../../../bot/slack/button-value.js';
import { appMention, formEncode, slashCommand } from '../../fixtures/slack/slack-payloads.js';
import { recordingCore, startSlackHarness, type SlackHarness } from '../../fixtures/slack/slack-harness.js';

const started: SlackHarness[] = [];
const dirs: string[] = [];
const start = async (options: Parameters<typeof startSlackHarness>[0] = {}) => {
  const harness = await startSlackHarness(options);
  started.push(harness);
  return harness;
};
afterEach(async () => {
  for (const harness of started.splice(0)) await harness.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const wardSystems = { name: 'ward-systems', scope: 'service="Ward systems"', host: 'cheapest', hypervisor: 'vmware' as const };

describe('redeliveries (at-least-once, answered once)', () => {
  it('answers an HTTP retry of an event it never saw (X-Slack-Retry-Num 1, http_error), as after a restart', async () => {
    const slack = await start();
    const body = JSON.stringify(appMention({ text: '<@U0BOT> ward systems', ts: '1700001000.000100' }));
    const retry = await slack.post(body, 'application/json', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' } });
    expect(retry.status).toBe(200);
    await slack.api.waitFor(() => slack.api.callsTo('chat.postMessage').length === 1);
    await slack.post(body, 'application/json', { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } });
    await slack.bot.idle();
    expect(slack.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers a retried slash command once (same trigger_id)', async () => {
    const slack = await start();
    const body = formEncode(slashCommand({ text: 'ask ward systems', responseUrl: slack.nextResponseUrl() }));
    await slack.post(body, 'application/x-www-form-urlencoded');
    await slack.post(body, 'application/x-www-form-urlencoded', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await slack.bot.idle();
    expect(slack.api.responses).toHaveLength(1);
  });

  it('two bot instances sharing one history store answer each event exactly once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'unsprawl-two-instances-'));
    dirs.push(dir);
    const historyPath = join(dir, 'history.db');
    const first = await start({ historyPath });
    const second = await start({ historyPath });
    const events = Array.from({ length: 10 }, (_, i) => JSON.stringify(appMention({ text: `<@U0BOT> ward systems ${i}`, ts: `17000011${String(i).padStart(2, '0')}.000100` })));
    // Each event reaches both instances (a load balancer retrying, or Slack redelivering to the other).
    await Promise.all(events.flatMap((body) => [first.post(body, 'application/json'), second.post(body, 'application/json', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' } })]));
    await Promise.all([first.bot.idle(), second.bot.idle()]);
    const posted = [...first.api.callsTo('chat.postMessage'), ...second.api.callsTo('chat.postMessage')].map((c) => String(c.params.text)).sort();
    expect(posted).toHaveLength(10);
    expect(new Set(posted).size).toBe(10);
  });
});

describe('request timestamps (Slack: more than five minutes either way is refused)', () => {
  it('refuses a correctly signed request stamped 10 minutes in the future, and one 10 minutes old', async () => {
    const slack = await start();
    const body = JSON.stringify(appMention({ text: '<@U0BOT> ward systems', ts: '1700001200.000100' }));
    const now = Math.floor(Date.now() / 1000);
    expect((await slack.post(body, 'application/json', { timestamp: now + 600 })).status).toBe(401);
    expect((await slack.post(body, 'application/json', { timestamp: now - 600 })).status).toBe(401);
    expect((await slack.post(body, 'application/json', { timestamp: now + 240 })).status).toBe(200);
    await slack.bot.idle();
    expect(slack.api.callsTo('chat.postMessage')).toHaveLength(1);
  });
});

describe('silent nowhere', () => {
  it('answers a button pressed in a channel the bot has not joined through the response_url, privately', async () => {
    const slack = await start();
    slack.api.failNext('chat.postMessage', { status: 200, body: '{"ok":false,"error":"not_in_channel"}' });
    const responseUrl = slack.nextResponseUrl();
    await slack.press({ actionId: 'show-assumptions', value: encodeButtonValue({ id: 'show-assumptions', label: 'x', scenario: wardSystems }), messageTs: '1700001300.000100', responseUrl });
    await slack.api.waitFor(() => slack.api.responses.length === 1);
    expect(slack.api.responses[0]?.body).toMatchObject({ response_type: 'ephemeral', text: 'Action show-assumptions for ward-systems' });
  });

  it('says privately why, when even "Preparing the business case…" cannot be posted', async () => {
    const slack = await start();
    slack.api.failNext('chat.postMessage', { status: 200, body: '{"ok":false,"error":"not_in_channel"}' });
    await slack.press({ actionId: 'business-case', value: encodeButtonValue({ id: 'business-case', label: 'x', scenario: wardSystems }), messageTs: '1700001310.000100', responseUrl: slack.nextResponseUrl() });
    await slack.api.waitFor(() => slack.api.responses.length === 1);
    expect(slack.api.responses[0]?.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('/invite @unsprawl') });
  });

  it('gives `/unsprawl report <unknown scope>` the honest answer `ask` gives, not a whole-estate paper', async () => {
    const { core: recording } = recordingCore();
    const core: BotCore = {
      ask: async (text, context) =>
        /flux capacitors/.test(text)
          ? { answer: { kind: 'unknown', headline: `Sorry, I didn't understand "${text}".`, figures: [], tables: [], notes: [], actions: [] }, context: context ?? { version: 1 } }
          : recording.ask(text, context),
      act: recording.act,
    };
    const slack = await start({ core });
    await slack.command('report the flux capacitors');
    await slack.api.waitFor(() => slack.api.responses.length === 1);
    expect(slack.api.responses[0]?.body).toMatchObject({ response_type: 'ephemeral', text: 'Sorry, I didn\'t understand "the flux capacitors".' });
    expect(slack.api.callsTo('chat.postMessage')).toEqual([]);
    expect(slack.api.callsTo('files.completeUploadExternal')).toEqual([]);
  });
});
