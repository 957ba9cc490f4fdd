import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel } from '@slack/bolt';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotCore } from '../../../bot/conversation/create-bot-core.js';
import { runBot, type RunningBot } from '../../../bot/run-bot.js';
import { decodeButtonValue, encodeButtonValue } from '../../../bot/slack/button-value.js';
import { renderAnswerBlocks } from '../../../bot/slack/render-answer-blocks.js';
import { InputError } from '../../../engine/errors.js';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { dataDir } from '../../../engine/io/project-paths.js';
import { FakeSlackApi } from '../../fixtures/slack/fake-slack-api.js';
import { botToken, signingSecret } from '../../fixtures/slack/slack-harness.js';
import { signedPost } from '../../fixtures/slack/signed-request.js';
import { appMention, buttonPress, directMessage, formEncode, slashCommand } from '../../fixtures/slack/slack-payloads.js';

/**
 * `unsprawl bot` as a person runs it — settings from the environment, the real bot core on the
 * sample trust, the real report generator and Chromium for the PDF, a real history store — in
 * Slack HTTP mode against the fake Slack on 127.0.0.1.
 */
let dir: string;
let api: FakeSlackApi;
let bot: RunningBot;
let events: string;
const post = (body: string, type: string) => signedPost(events, signingSecret, body, type);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-run-bot-'));
  api = await new FakeSlackApi(botToken).listen();
  bot = await runBot(
    {
      SLACK_BOT_TOKEN: botToken,
      SLACK_MODE: 'http',
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_ALLOWED_TEAMS: 'T0TRUST',
      SLACK_API_URL: api.apiUrl,
      UNSPRAWL_STATE_DIR: dir,
      UNSPRAWL_PORT: '0',
    },
    { logLevel: LogLevel.ERROR, slackRetryConfig: { retries: 2, minTimeout: 50, maxTimeout: 100 } },
  );
  events = `${bot.httpUrl ?? ''}/slack/events`;
});

afterAll(async () => {
  await bot?.stop();
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('unsprawl bot with Slack in HTTP mode', () => {
  it('listens on loopback only and runs Slack alone when Teams is not configured', () => {
    expect(bot.platforms).toEqual(['slack']);
    expect(bot.httpUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("answers a slash command with exactly the blocks of the bot core's answer on the sample trust", async () => {
    const question = 'what if we consolidate ward systems?';
    const ack = await post(formEncode(slashCommand({ text: `ask ${question}`, responseUrl: api.responseUrl('cmd') })), 'application/x-www-form-urlencoded');
    expect(ack.status).toBe(200);
    await api.waitFor(() => api.responses.some((r) => r.id === 'cmd'), 20_000);
    const expected = renderAnswerBlocks((await createBotCore({ inputs: await loadInputs() }).ask(question)).answer);
    expect(api.responses.find((r) => r.id === 'cmd')?.body).toMatchObject({ response_type: 'in_channel', text: expected.text, blocks: expected.blocks });
  });

  it('keeps the thread scenario: "and with DR?" in the thread adds DR to ward systems', async () => {
    const before = api.callsTo('chat.postMessage').length;
    await post(JSON.stringify(appMention({ text: '<@U0BOT> what if we consolidate ward systems?', ts: '1700002000.000100' })), 'application/json');
    await api.waitFor(() => api.callsTo('chat.postMessage').length === before + 1, 20_000);
    await post(JSON.stringify(appMention({ text: '<@U0BOT> and with DR?', ts: '1700002010.000100', threadTs: '1700002000.000100' })), 'application/json');
    await api.waitFor(() => api.callsTo('chat.postMessage').length === before + 2, 20_000);
    const [first, followUp] = api.callsTo('chat.postMessage').slice(before);
    const scenarioOf = (call: typeof first) => decodeButtonValue((call?.params.blocks as { type: string; elements?: { value?: string }[] }[]).find((b) => b.type === 'actions')?.elements?.[0]?.value).scenario;
    expect(followUp?.params.thread_ts).toBe('1700002000.000100');
    expect(scenarioOf(first)?.dr?.enabled).toBe(false);
    expect(scenarioOf(followUp)).toMatchObject({ scope: scenarioOf(first)?.scope, dr: { enabled: true } });
  });

  it('uploads the real business case PDF (more than one page) into the thread from the button', async () => {
    const scenario = { name: 'ward-systems', scope: 'service="Ward systems"', host: 'cheapest', hypervisor: 'vmware' as const };
    const press = buttonPress({ actionId: 'business-case', value: encodeButtonValue({ id: 'business-case', label: 'Business case PDF', scenario }), messageTs: '1700002100.000100', responseUrl: api.responseUrl('btn') });
    const ack = await post(formEncode(press), 'application/x-www-form-urlencoded');
    expect(ack.status).toBe(200);
    await api.waitFor(() => api.callsTo('chat.update').length === 1, 60_000, 'the business case');
    expect(String(api.callsTo('chat.update')[0]?.params.text)).toContain('is ready');
    expect(api.callsTo('files.completeUploadExternal')[0]?.params).toMatchObject({ channel_id: 'C0INFRA', thread_ts: '1700002100.000100' });
    const upload = api.uploads[0];
    const form = await new Response(new Uint8Array(upload?.body ?? []), { headers: { 'content-type': upload?.contentType ?? '' } }).formData();
    const pdf = new Uint8Array(await (form.get('body') as Blob).arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(1);
  }, 90_000);

  it("answers a monthly summary request from the bot's history store, not with a pointer to the CLI", async () => {
    const ack = await post(formEncode(slashCommand({ text: 'ask monthly summary for October 2026', responseUrl: api.responseUrl('summary') })), 'application/x-www-form-urlencoded');
    expect(ack.status).toBe(200);
    await api.waitFor(() => api.responses.some((r) => r.id === 'summary'), 60_000, 'the monthly summary');
    const body = api.responses.find((r) => r.id === 'summary')?.body as { text?: string };
    expect(body.text).toMatch(/^Estate summary for October 2026/);
  }, 90_000);

  it('answers from an inventory uploaded in a DM straight away', async () => {
    const sample = (await readFile(join(dataDir, 'estate.csv'), 'utf8')).trimEnd().split('\n');
    const smaller = sample.slice(0, 101).join('\n');
    const url = api.hostFile('F0RUN-smaller.csv', { bytes: new TextEncoder().encode(smaller), contentType: 'text/csv' });
    const before = api.callsTo('chat.postMessage').length;
    await post(JSON.stringify(directMessage({ text: '', ts: '1700002200.000100', files: [{ id: 'F0RUN', name: 'smaller.csv', filetype: 'csv', url_private: url }] })), 'application/json');
    await api.waitFor(() => api.callsTo('chat.postMessage').length === before + 1, 20_000);
    expect(String(api.callsTo('chat.postMessage')[before]?.params.text)).toMatch(/servers \(was 232\)/);
    await post(formEncode(slashCommand({ text: 'ask how many servers do we have?', responseUrl: api.responseUrl('count') })), 'application/x-www-form-urlencoded');
    await api.waitFor(() => api.responses.some((r) => r.id === 'count'), 20_000);
    const inputs = await loadInputs();
    const expected = (await createBotCore({ inputs: { ...inputs, estate: { ...inputs.estate, servers: inputs.estate.servers.slice(0, 100) } } }).ask('how many servers do we have?')).answer;
    expect(api.responses.find((r) => r.id === 'count')?.body.text).toBe(expected.headline);
    const audit = (await readFile(join(dir, 'audit.log'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(audit.map((l) => l.kind)).toEqual(expect.arrayContaining(['command', 'question', 'action', 'upload']));
    expect(JSON.stringify(audit)).not.toContain(botToken);
  });
});

describe('unsprawl bot settings', () => {
  const problems = async (env: Record<string, string>) => {
    const error = await runBot(env).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems.map((p) => p.column);
  };

  it('names every missing Slack variable and every Teams one in one go', async () => {
    expect(await problems({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'http', TEAMS_APP_ID: 'not-a-guid', UNSPRAWL_PORT: 'x' })).toEqual(
      expect.arrayContaining(['UNSPRAWL_PORT', 'SLACK_SIGNING_SECRET', 'SLACK_ALLOWED_TEAMS', 'TEAMS_APP_ID']),
    );
  });

  it('says that neither Slack nor Teams is configured', async () => {
    const error = await runBot({}).catch((e: unknown) => e);
    expect(String((error as Error).message)).toContain('neither Slack nor Teams is configured');
  });
});
