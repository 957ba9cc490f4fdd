import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { renderAnswerBlocks } from '../../../bot/slack/render-answer-blocks.js';
import { preparingText } from '../../../bot/slack/deliver-business-case.js';
import { encodeButtonValue } from '../../../bot/slack/button-value.js';
import { appMention } from '../../fixtures/slack/slack-payloads.js';
import { recordingCore, startSlackHarness, type SlackHarness } from '../../fixtures/slack/slack-harness.js';

let slack: SlackHarness;
beforeEach(async () => {
  slack = await startSlackHarness();
});
afterEach(async () => {
  await slack.close();
});

type Blocks = { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string }[] }[];

const wardSystems = { name: 'ward-systems', scope: 'service="Ward systems"', host: 'cheapest', hypervisor: 'vmware' as const };

describe('slash command over HTTP', () => {
  it('acknowledges at once and answers through the response_url with the answer blocks', async () => {
    const ack = await slack.command('ask what if we consolidate ward systems?');
    expect(ack.status).toBe(200);
    await slack.api.waitFor(() => slack.api.responses.length === 1);
    const body: Record<string, unknown> = slack.api.responses[0]?.body ?? {};
    const expected = renderAnswerBlocks((await recordingCore().core.ask('what if we consolidate ward systems?')).answer);
    expect(body.response_type).toBe('in_channel');
    expect(body.text).toBe('Answer to "what if we consolidate ward systems?" (what-if-we-consolidate-ward-systems)');
    expect((body.blocks as Blocks).map((b) => b.type)).toEqual(['header', 'section', 'section', 'section', 'context', 'actions']);
    expect(body.blocks).toEqual(expected.blocks);
    expect(slack.calls).toEqual([{ method: 'ask', text: 'what if we consolidate ward systems?', contextScenario: undefined }]);
  });

  it('posts "Preparing…" in the channel for /unsprawl report and uploads the PDF in its thread', async () => {
    const ack = await slack.command('report ward systems');
    expect(ack.status).toBe(200);
    await slack.api.waitFor(() => slack.api.callsTo('chat.update').length === 1);
    expect(slack.calls.map((c) => c.text)).toEqual(['ward systems', 'make the business case for ward systems']);
    const preparing = slack.api.callsTo('chat.postMessage')[0];
    expect(preparing?.params).toMatchObject({ channel: 'C0INFRA', text: preparingText });
    expect(preparing?.params.thread_ts).toBeUndefined();
    expect(slack.api.callsTo('files.completeUploadExternal')[0]?.params).toMatchObject({ channel_id: 'C0INFRA', thread_ts: '1700000000.000100' });
    expect(slack.api.callsTo('chat.update')[0]?.params).toMatchObject({ ts: '1700000000.000100', text: expect.stringContaining('is ready') });
  });

  it('tells the user to invite the bot when /unsprawl report is used in a channel it is not in', async () => {
    slack.api.failNext('chat.postMessage', { status: 200, body: '{"ok":false,"error":"not_in_channel"}' });
    await slack.command('report ward systems');
    await slack.api.waitFor(() => slack.api.responses.length === 1);
    expect(slack.api.responses[0]?.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('/invite @unsprawl') });
  });

  it('shows help privately for /unsprawl help', async () => {
    await slack.command('help');
    await slack.api.waitFor(() => slack.api.responses.length === 1);
    expect(slack.api.responses[0]?.body.response_type).toBe('ephemeral');
    expect(slack.calls[0]?.text).toBe('help');
  });

  it('writes one audit line per command, with who, where, what and how long, and no token', async () => {
    await slack.command('ask what if we consolidate ward systems?');
    const [line] = await slack.auditLines();
    expect(line).toMatchObject({ platform: 'slack', kind: 'command', outcome: 'answered', organisation: 'T0TRUST', channel: 'C0INFRA', user: 'U0ALICE', text: 'ask what if we consolidate ward systems?', action: 'ask', answerKind: 'what-if', scenario: 'what-if-we-consolidate-ward-systems' });
    expect(typeof line?.durationMs).toBe('number');
    expect(JSON.stringify(line)).not.toContain('xoxb-');
  });
});

describe('request signing', () => {
  it('refuses a bad signature with 401 and answers nothing', async () => {
    const ack = await slack.command('ask what if we consolidate ward systems?', {}, { signature: 'v0=0000000000000000000000000000000000000000000000000000000000000000' });
    expect(ack.status).toBe(401);
    await slack.bot.idle();
    expect(slack.calls).toEqual([]);
    expect(slack.api.responses).toEqual([]);
  });

  it('refuses a correctly signed request whose timestamp is more than 5 minutes old (replay)', async () => {
    const ack = await slack.command('ask what if we consolidate ward systems?', {}, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(ack.status).toBe(401);
    await slack.bot.idle();
    expect(slack.calls).toEqual([]);
  });
});

describe('app_mention in a channel', () => {
  it('answers in a thread under the question with the answer blocks', async () => {
    const ack = await slack.mention({ text: '<@U0BOT> what if we consolidate ward systems?', ts: '1700000100.000100' });
    expect(ack.status).toBe(200);
    await slack.api.waitFor(() => slack.api.callsTo('chat.postMessage').length === 1);
    const post = slack.api.callsTo('chat.postMessage')[0];
    expect(post?.params).toMatchObject({ channel: 'C0INFRA', thread_ts: '1700000100.000100', text: 'Answer to "what if we consolidate ward systems?" (what-if-we-consolidate-ward-systems)' });
    expect(post?.authorization).toBe('Bearer xoxb-100-200-testtoken');
    const blocks = post?.params.blocks as Blocks;
    expect(blocks[0]?.text?.text).toBe('What if: what-if-we-consolidate-ward-systems');
    expect(blocks.at(-1)?.elements?.map((e) => e.action_id)).toEqual(['business-case', 'show-assumptions', 'compare-hypervisors']);
  });

  it("keeps each thread's scenario: a follow-up in the thread refines it, the same words elsewhere do not", async () => {
    await slack.mention({ text: '<@U0BOT> ward systems', ts: '1700000200.000100' });
    await slack.api.waitFor(() => slack.api.callsTo('chat.postMessage').length === 1);
    await slack.mention({ text: '<@U0BOT> and with DR?', ts: '1700000205.000100', threadTs: '1700000200.000100' });
    await slack.api.waitFor(() => slack.api.callsTo('chat.postMessage').length === 2);
    await slack.mention({ text: '<@U0BOT> and with DR?', ts: '1700000300.000100' });
    await slack.api.waitFor(() => slack.api.callsTo('chat.postMessage').length === 3);
    expect(slack.calls.map((c) => c.contextScenario)).toEqual([undefined, 'ward-systems', undefined]);
    const [, followUp, elsewhere] = slack.api.callsTo('chat.postMessage');
    expect(followUp?.params).toMatchObject({ thread_ts: '1700000200.000100', text: 'Answer to "and with DR?" (ward-systems with DR)' });
    expect(elsewhere?.params.thread_ts).toBe('1700000300.000100');
  });

  it('does not answer twice when Slack redelivers an event it thinks was missed', async () => {
    const body = JSON.stringify(appMention({ text: '<@U0BOT> ward systems', ts: '1700000450.000100' }));
    await slack.post(body, 'application/json');
    const retry = await slack.post(body, 'application/json', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    await slack.bot.idle();
    expect(slack.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('refuses politely and privately (ephemeral, in the thread) a user outside the allow-list, and a channel outside it', async () => {
    await slack.mention({ text: '<@U0BOT> what if we consolidate ward systems?', ts: '1700000400.000100', user: 'U0MALLORY' });
    await slack.mention({ text: '<@U0BOT> what if we consolidate ward systems?', ts: '1700000401.000100', channel: 'C0RANDOM' });
    await slack.api.waitFor(() => slack.api.callsTo('chat.postEphemeral').length === 2);
    expect(slack.api.callsTo('chat.postMessage')).toEqual([]);
    const [toUser, toChannel] = slack.api.callsTo('chat.postEphemeral');
    expect(toUser?.params).toMatchObject({ thread_ts: '1700000400.000100', user: 'U0MALLORY' });
    expect(toChannel?.params).toMatchObject({ channel: 'C0RANDOM', user: 'U0ALICE' });
    expect(String(toUser?.params.text)).toMatch(/^Sorry, I can only answer people my administrators have given access to/);
    expect(String(toChannel?.params.text)).toMatch(/^Sorry, I only answer in the channels/);
    expect(toUser?.params.blocks).toBeUndefined();
    expect(slack.calls).toEqual([]);
    expect((await slack.auditLines()).map((l) => [l.outcome, l.user, l.error])).toEqual([
      ['refused', 'U0MALLORY', 'not allowed: user'],
      ['refused', 'U0ALICE', 'not allowed: channel'],
    ]);
  });

  it('refuses a slash command from a user outside the allow-list in the acknowledgement itself', async () => {
    const ack = await slack.command('ask what if we consolidate ward systems?', { user: 'U0MALLORY' });
    expect(ack.status).toBe(200);
    expect(JSON.parse(ack.text)).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Sorry/) });
    await slack.bot.idle();
    expect(slack.calls).toEqual([]);
  });
});

describe('direct messages', () => {
  it('answers at the top level of the DM and keeps one context for the conversation', async () => {
    await slack.directMessage({ text: 'ward systems', ts: '1700000500.000100' });
    await slack.api.waitFor(() => slack.api.callsTo('chat.postMessage').length === 1);
    await slack.directMessage({ text: 'and with DR?', ts: '1700000510.000100' });
    await slack.api.waitFor(() => slack.api.callsTo('chat.postMessage').length === 2);
    const posts = slack.api.callsTo('chat.postMessage');
    expect(posts.map((p) => [p.params.channel, p.params.thread_ts])).toEqual([['D0DIRECT', undefined], ['D0DIRECT', undefined]]);
    expect(posts[1]?.params.text).toBe('Answer to "and with DR?" (ward-systems with DR)');
  });
});

describe('buttons', () => {
  const press = (actionId: string, fields: { messageTs?: string; threadTs?: string } = {}) =>
    slack.press({ actionId, value: encodeButtonValue({ id: 'show-assumptions', label: 'x', scenario: wardSystems }), messageTs: fields.messageTs ?? '1700000600.000100', threadTs: fields.threadTs, responseUrl: slack.nextResponseUrl() });

  it('answers "Show assumptions" in the thread for the scenario the button carried', async () => {
    const ack = await press('show-assumptions', { threadTs: '1700000590.000100' });
    expect(ack.status).toBe(200);
    await slack.api.waitFor(() => slack.api.callsTo('chat.postMessage').length === 1);
    expect(slack.calls).toEqual([{ method: 'act', actionId: 'show-assumptions', scenarioName: 'ward-systems', contextScenario: undefined }]);
    expect(slack.api.callsTo('chat.postMessage')[0]?.params).toMatchObject({ thread_ts: '1700000590.000100', text: 'Action show-assumptions for ward-systems' });
  });

  it('answers a button on an ephemeral message (such as help) privately through its response_url', async () => {
    const responseUrl = slack.nextResponseUrl();
    await slack.press({ actionId: 'ask', value: encodeButtonValue({ id: 'ask', label: 'Ward systems', question: 'what if we consolidate ward systems?' }), messageTs: '1700000650.000100', responseUrl, ephemeral: true });
    await slack.api.waitFor(() => slack.api.responses.length === 1);
    expect(slack.calls).toEqual([{ method: 'act', actionId: 'ask', scenarioName: undefined, contextScenario: undefined }]);
    expect(slack.api.responses[0]?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: 'Action ask for none' });
    expect(slack.api.callsTo('chat.postMessage')).toEqual([]);
  });

  it('delivers the business case: "Preparing…", the PDF uploaded into the thread, then the message updated', async () => {
    const ack = await press('business-case');
    expect(ack.status).toBe(200);
    await slack.api.waitFor(() => slack.api.callsTo('chat.update').length === 1);
    const methods = slack.api.calls.map((c) => c.method);
    expect(methods).toEqual(['auth.test', 'chat.postMessage', 'files.getUploadURLExternal', 'files.completeUploadExternal', 'chat.update']);
    const preparing = slack.api.callsTo('chat.postMessage')[0];
    expect(preparing?.params).toMatchObject({ channel: 'C0INFRA', thread_ts: '1700000600.000100', text: preparingText });
    expect(slack.api.callsTo('files.getUploadURLExternal')[0]?.params).toMatchObject({ filename: 'business-case-ward-systems.pdf' });
    expect(slack.api.callsTo('files.completeUploadExternal')[0]?.params).toMatchObject({ channel_id: 'C0INFRA', thread_ts: '1700000600.000100' });
    const [upload] = slack.api.uploads;
    const form = await new Response(new Uint8Array(upload?.body ?? []), { headers: { 'content-type': upload?.contentType ?? '' } }).formData();
    const pdf = new Uint8Array(await (form.get('body') as Blob).arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(1);
    const update = slack.api.callsTo('chat.update')[0];
    expect(update?.params).toMatchObject({ channel: 'C0INFRA', ts: '1700000000.000100' });
    expect(String(update?.params.text)).toContain('is ready');
  });

  it('apologises in the thread when the upload keeps failing', async () => {
    slack.api.failNext('files.getUploadURLExternal', ...Array.from({ length: 4 }, () => ({ status: 500 })));
    await press('business-case');
    await slack.api.waitFor(() => slack.api.callsTo('chat.update').length === 1);
    expect(slack.api.attemptsAt('files.getUploadURLExternal')).toHaveLength(4);
    expect(String(slack.api.callsTo('chat.update')[0]?.params.text)).toMatch(/^Sorry, I couldn't prepare the business case for \*ward-systems\*/);
    // A chat user is told what to press or type, never a command line.
    expect(String(slack.api.callsTo('chat.update')[0]?.params.text)).toMatch(/press "Business case PDF" again, or type "make the business case"/);
    expect(String(slack.api.callsTo('chat.update')[0]?.params.text)).not.toMatch(/unsprawl|--/);
    const lines = await slack.auditLines();
    expect(lines.at(-1)).toMatchObject({ kind: 'action', action: 'business-case', outcome: 'failed', scenario: 'ward-systems' });
  });
});

describe('a struggling Slack API', () => {
  it('waits out a 429 with Retry-After and still answers', async () => {
    slack.api.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: '{"ok":false,"error":"ratelimited"}' });
    await slack.mention({ text: '<@U0BOT> ward systems', ts: '1700000700.000100' });
    await slack.api.waitFor(() => slack.api.callsTo('chat.postMessage').length === 1, 10_000);
    expect(slack.api.attemptsAt('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(slack.api.callsTo('chat.postMessage')[0]?.params.text).toBe('Answer to "ward systems" (ward-systems)');
  });

  it('retries 500s and still answers', async () => {
    slack.api.failNext('chat.postMessage', { status: 500 }, { status: 503 });
    await slack.mention({ text: '<@U0BOT> ward systems', ts: '1700000800.000100' });
    await slack.api.waitFor(() => slack.api.callsTo('chat.postMessage').length === 1);
    expect(slack.api.attemptsAt('chat.postMessage').map((c) => c.status)).toEqual([500, 503, 200]);
  });
});
