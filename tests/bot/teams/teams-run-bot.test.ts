import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotCore } from '../../../bot/conversation/create-bot-core.js';
import { runBot, type RunningBot } from '../../../bot/run-bot.js';
import { summaryPostersFromEnv } from '../../../bot/scheduler/summary-posters-from-env.js';
import { renderAnswerCard } from '../../../bot/teams/render-answer-card.js';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { openStore } from '../../../store/open-store.js';
import { adaptiveCardErrors } from '../../fixtures/teams/validate-adaptive-card.js';
import {
  CHANNEL,
  LINK_SECRET,
  TENANT,
  cardOf,
  channelConversation,
  invokeActivity,
  mentionActivity,
  personalConversation,
  postActivity,
  startFakeConnector,
  submitActivity,
  type FakeConnector,
} from '../../fixtures/teams/teams-harness.js';

/**
 * `unsprawl bot` with Teams only, as a person runs it: settings from the environment, the real
 * bot core on the sample trust, the real report generator and Chromium for the PDF, the shared
 * audit log; the Bot Connector is the loopback fake.
 */
let dir: string;
let connector: FakeConnector;
let bot: RunningBot;
let url: string;
let env: Record<string, string>;

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-teams-run-bot-'));
  connector = await startFakeConnector();
  const port = await freePort();
  env = {
    TEAMS_ANONYMOUS_FOR_TESTS: 'true',
    NODE_ENV: 'test',
    TEAMS_PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    TEAMS_LINK_SECRET: LINK_SECRET,
    TEAMS_ALLOWED_TENANTS: TENANT,
    UNSPRAWL_STATE_DIR: dir,
    UNSPRAWL_PORT: String(port),
  };
  bot = await runBot(env);
  url = bot.httpUrl ?? '';
}, 120_000);

afterAll(async () => {
  await bot?.stop();
  await connector?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('unsprawl bot with Teams', () => {
  it('runs Teams alone on loopback', () => {
    expect(bot.platforms).toEqual(['teams']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("answers a channel mention with exactly the card of the bot core's answer, and links the real business case PDF", async () => {
    const where = channelConversation('1764061200000');
    const question = 'what if we consolidate ward systems?';
    await postActivity(url, mentionActivity(connector.url, where, question));
    const expected = await createBotCore({ inputs: await loadInputs() }).ask(question);
    expect(cardOf(connector.requests[0])).toEqual(JSON.parse(JSON.stringify(renderAnswerCard(expected.answer))));

    const button = (cardOf(connector.requests[0])?.['actions'] as { title: string; data: Record<string, unknown> }[]).find((a) => a.title === 'Business case PDF');
    await postActivity(url, submitActivity(connector.url, where, button?.data ?? {}));
    await bot.teams?.whenIdle();
    const card = cardOf(connector.requests[2]);
    expect(adaptiveCardErrors(card)).toEqual([]);
    const link = (card?.['actions'] as { url: string }[])[0]?.url ?? '';
    const response = await fetch(link);
    expect(response.status).toBe(200);
    const pdf = await PDFDocument.load(new Uint8Array(await response.arrayBuffer()));
    expect(pdf.getPageCount()).toBeGreaterThan(1);
  }, 120_000);

  it('delivers the real PDF through file consent in personal chat, and audits every turn', async () => {
    const where = personalConversation();
    connector.requests.length = 0;
    await postActivity(url, submitActivity(connector.url, where, { verb: 'business-case', scenario: { name: 'Ward systems', scope: 'service="Ward systems"' } }));
    await bot.teams?.whenIdle();
    const consent = (connector.requests[1]?.body['attachments'] as { content: { acceptContext: { reportId: string } } }[])[0];
    const uploadInfo = { contentUrl: 'https://nhs-my.sharepoint.com/x.pdf', name: 'business-case.pdf', uploadUrl: `${connector.url}upload/business-case.pdf`, uniqueId: 'U1', fileType: 'pdf' };
    await postActivity(url, invokeActivity(connector.url, where, 'fileConsent/invoke', { type: 'fileUpload', action: 'accept', context: consent?.content.acceptContext, uploadInfo }));
    await bot.teams?.whenIdle();

    const uploaded = connector.uploads.at(-1);
    expect(uploaded).toBeDefined();
    expect((await PDFDocument.load(new Uint8Array(uploaded?.bytes ?? Buffer.alloc(0)))).getPageCount()).toBeGreaterThan(1);

    const audit = (await readFile(join(dir, 'audit.log'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(audit.filter((entry) => entry['platform'] === 'teams').map((entry) => [entry['kind'], entry['outcome'], entry['action'] ?? null])).toEqual([
      ['question', 'answered', null],
      ['action', 'answered', 'business-case'],
      ['action', 'answered', 'business-case'],
      ['action', 'stored', 'business-case-upload'],
    ]);
  }, 120_000);

  it('remembers a channel in its history store, where `unsprawl summary --post` (its own connection) finds it and posts there', async () => {
    await postActivity(url, mentionActivity(connector.url, channelConversation('1764061300000'), 'help'));
    await bot.teams?.whenIdle();
    connector.requests.length = 0;
    const store = openStore({ path: join(dir, 'history.db') });
    try {
      const posters = summaryPostersFromEnv(env, await loadInputs(), store, () => undefined);
      const summary = { kind: 'summary' as const, headline: 'Estate summary for November 2026', figures: [], tables: [], notes: [], actions: [] };
      const receipt = await posters.teams?.({ platform: 'teams', id: CHANNEL, key: `teams:${CHANNEL}` }, summary);
      expect(receipt).toEqual({ messageRef: expect.stringMatching(/^reply-/) });
      expect(connector.requests).toEqual([expect.objectContaining({ conversationId: CHANNEL })]);
      expect(JSON.stringify(connector.requests[0]?.body)).toContain(summary.headline);
    } finally {
      store.close();
    }
  }, 120_000);
});
