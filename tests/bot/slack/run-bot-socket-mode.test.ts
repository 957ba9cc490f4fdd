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

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-run-bot-socket-'));
  api = await new FakeSlackApi(botToken).listen();
  socket = await new FakeSocketModeServer().listening();
  api.socketUrl = socket.url;
  bot = await runBot(
    { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken, SLACK_ALLOWED_TEAMS: 'T0TRUST', SLACK_API_URL: api.apiUrl, UNSPRAWL_STATE_DIR: dir },
    { logLevel: LogLevel.ERROR, log: (line) => lines.push(line) },
  );
});

afterAll(async () => {
  await bot?.stop();
  await socket?.close();
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('unsprawl bot in Socket Mode (the default)', () => {
  it('connects out to Slack and listens on no port', () => {
    expect(bot.httpUrl).toBeUndefined();
    expect(lines).toContain('unsprawl bot: Slack connected (Socket Mode)');
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
});
