import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBot, type RunningBot } from '../../../bot/run-bot.js';
import { FakeSlackApi } from '../../fixtures/slack/fake-slack-api.js';
import { FakeSocketModeServer } from '../../fixtures/slack/fake-socket-mode-server.js';
import { appToken, botToken } from '../../fixtures/slack/slack-harness.js';
import { slashCommand } from '../../fixtures/slack/slack-payloads.js';

/** `unsprawl bot` with the default settings for Slack: Socket Mode, no port opened at all. */
let dir: string;
let api: FakeSlackApi;
let socket: FakeSocketModeServer;
let bot: RunningBot;
const lines: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-run-bot-socket-'));
  api = await new FakeSlackApi(botToken).listen();
  socket = await new FakeSocketModeServer().listening();
  api.socketUrl = socket.url;
  bot = await runBot(
    { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken, SLACK_ALLOWED_TEAMS: 'T0TRUST', SLACK_API_URL: api.apiUrl, UNSPRAWL_STATE_DIR: dir, UNSPRAWL_PORT: '0' },
    { logLevel: LogLevel.ERROR, log: (line) => lines.push(line), requestLog: (line) => requests.push(line), socketBackoff: { minMs: 20, maxMs: 200, pingTimeoutMs: 500 } },
  );
});

afterAll(async () => {
  await bot?.stop();
  await socket?.close();
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('unsprawl bot in Socket Mode (the default)', () => {
  it('connects out to Slack and listens only for health checks', async () => {
    expect(lines).toContain('unsprawl bot: Slack connected (Socket Mode)');
    expect((await fetch(`${bot.httpUrl}/slack/events`, { method: 'POST' })).status).toBe(404);
    const live = await fetch(`${bot.httpUrl}/healthz`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${bot.httpUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', platforms: ['slack'] });
  });

  it('is not ready while Slack is disconnected, and ready again once reconnected', async () => {
    api.startOutage('apps.connections.open', { status: 503 });
    socket.drop();
    await api.waitFor(() => api.attemptsAt('apps.connections.open').some((c) => c.status === 503));
    const notReady = await fetch(`${bot.httpUrl}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: 'not ready', problems: ['Slack is not connected'] });
    expect((await fetch(`${bot.httpUrl}/healthz`)).status).toBe(200);
    api.endOutage('apps.connections.open');
    for (let i = 0; i < 100 && (await fetch(`${bot.httpUrl}/readyz`)).status !== 200; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await fetch(`${bot.httpUrl}/readyz`)).status).toBe(200);
  });

  it('acknowledges a slash command envelope and answers with the real engine', async () => {
    const { ack } = await socket.deliver({ envelope_id: 'env-run-1', type: 'slash_commands', payload: slashCommand({ text: 'ask what if we consolidate ward systems?', responseUrl: api.responseUrl('socket') }), accepts_response_payload: true });
    expect(ack.envelope_id).toBe('env-run-1');
    await api.waitFor(() => api.responses.length === 1, 30_000);
    const body = api.responses[0]?.body as { response_type: string; blocks: { type: string; text?: { text: string } }[] };
    expect(body.response_type).toBe('in_channel');
    expect(body.blocks[0]?.text?.text).toMatch(/^What if/);
    expect(body.blocks.at(-1)?.type).toBe('actions');
  });

  it('writes one structured JSON log line per request: ids, intent, latency, outcome, no question text', async () => {
    await api.waitFor(() => requests.length >= 1, 10_000);
    const line = JSON.parse(requests.at(-1) ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ msg: 'request', platform: 'slack', organisation: 'T0TRUST', channel: 'C0INFRA', user: 'U0ALICE', kind: 'command', intent: 'what-if', outcome: 'answered' });
    expect(typeof line.latencyMs).toBe('number');
    expect(JSON.stringify(line)).not.toContain('ward systems');
  });
});
