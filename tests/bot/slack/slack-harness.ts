import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel } from '@slack/bolt';
import express from 'express';
import { PDFDocument } from 'pdf-lib';
import type { Answer } from '../../../bot/answer/answer.js';
import { createAuditLog } from '../../../bot/audit/audit-log.js';
import type { BotCore, BotReply } from '../../../bot/conversation/bot-core.js';
import type { ConversationContext } from '../../../bot/conversation/conversation-context.js';
import { importInventory } from '../../../bot/inventory/import-inventory.js';
import { loadSlackSettings } from '../../../bot/settings/slack-settings.js';
import { createSlackApp, slackEventsPath, type SlackBot } from '../../../bot/slack/create-slack-app.js';
import type { RenderBusinessCase } from '../../../bot/slack/slack-bot-deps.js';
import { loadEstate } from '../../../engine/io/load-estate.js';
import { openStore } from '../../../store/open-store.js';
import { FakeSlackApi } from '../../fixtures/slack/fake-slack-api.js';
import { FakeSocketModeServer } from '../../fixtures/slack/fake-socket-mode-server.js';
import { signedPost, type SignedPostOptions } from '../../fixtures/slack/signed-request.js';
import { appMention, buttonPress, directMessage, formEncode, slashCommand, type ButtonFields, type DirectMessageFields, type MentionFields } from '../../fixtures/slack/slack-payloads.js';

export const botToken = 'xoxb-100-200-testtoken';
export const signingSecret = '8f14e45fceea167a5a36dedd4bea2543';
export const appToken = 'xapp-1-A0UNSPRAWL-1-testapptoken';

/**
 * A BotCore for adapter tests: every question gets a what-if Answer that names the question and
 * the scenario of the context it was handed (so a test sees whether the thread's context came
 * back), and the scenario grows "with DR" when asked. The real core is exercised separately.
 */
export function recordingCore() {
  const calls: { method: 'ask' | 'act'; text?: string; actionId?: string; scenarioName?: string; contextScenario?: string }[] = [];
  const base = { scope: 'service="Ward systems"', host: 'cheapest', hypervisor: 'vmware' as const, dr: { enabled: false, minCriticality: 'high' as const }, separateSites: false, overrides: {} };
  const answerFor = (kind: Answer['kind'], headline: string, scenarioName: string): Answer => {
    const scenario = { ...base, name: scenarioName };
    return {
      kind,
      headline,
      figures: [{ label: 'Hosts', value: '3 (N+1)', raw: 3 }, { label: 'NPV', value: '£371k', raw: 37_100_000 }],
      tables: [{ title: 'Cost by year', columns: ['Year', 'Do nothing', 'Option'], rows: [['1', '£120,000', '£310,000']] }],
      notes: ['Estate data as of 30 October 2026'],
      actions: [
        { id: 'business-case', label: 'Business case PDF', scenario },
        { id: 'show-assumptions', label: 'Show assumptions', scenario },
        { id: 'compare-hypervisors', label: 'Compare hypervisors', scenario },
      ],
      scenario,
    };
  };
  const contextFor = (name: string): ConversationContext => ({ version: 1, lastIntent: 'what-if', lastScenario: { ...base, name } });
  const core: BotCore = {
    async ask(text, context): Promise<BotReply> {
      const previous = context?.lastScenario?.name;
      calls.push({ method: 'ask', text, contextScenario: previous });
      const name = /and with dr/i.test(text) && previous ? `${previous} with DR` : text.replace(/[^a-z ]/gi, '').trim().toLowerCase().replace(/ +/g, '-') || 'help';
      return { answer: answerFor('what-if', `Answer to "${text}" (${name})`, name), context: contextFor(name) };
    },
    async act(actionId, request): Promise<BotReply> {
      calls.push({ method: 'act', actionId, scenarioName: request?.scenario?.name, contextScenario: request?.context?.lastScenario?.name });
      const name = request?.scenario?.name ?? request?.context?.lastScenario?.name ?? 'none';
      return { answer: answerFor(actionId === 'show-assumptions' ? 'assumptions' : 'compare', `Action ${actionId} for ${name}`, name), context: request?.context ?? { version: 1 } };
    },
  };
  return { core, calls };
}

/** A real two-page PDF (pdf-lib) standing in for the business case in adapter tests. */
export const twoPagePdf: RenderBusinessCase = async (scenario) => {
  const doc = await PDFDocument.create();
  doc.setTitle(`Business case: ${scenario.name}`);
  doc.addPage().drawText(`Business case: ${scenario.name}`, { x: 50, y: 700, size: 18 });
  doc.addPage().drawText('Economic case', { x: 50, y: 700, size: 18 });
  return { bytes: await doc.save(), filename: `business-case-${scenario.name}.pdf`, title: `Business case: ${scenario.name}` };
};

export interface HarnessOptions {
  mode?: 'http' | 'socket';
  core?: BotCore;
  renderBusinessCase?: RenderBusinessCase;
  env?: Record<string, string>;
}

/**
 * The Slack adapter wired as `unsprawl bot` wires it — real Bolt, real receivers, a real
 * history store and audit log in a temporary folder — against a fake Slack on 127.0.0.1.
 * HTTP mode listens on an ephemeral loopback port; Socket Mode connects to a local ws server.
 */
export async function startSlackHarness(options: HarnessOptions = {}) {
  const mode = options.mode ?? 'http';
  const dir = await mkdtemp(join(tmpdir(), 'unsprawl-slack-'));
  const api = await new FakeSlackApi(botToken).listen();
  const socket = mode === 'socket' ? await new FakeSocketModeServer().listening() : undefined;
  if (socket) api.socketUrl = socket.url;
  const settings = loadSlackSettings({
    SLACK_BOT_TOKEN: botToken,
    SLACK_MODE: mode,
    ...(mode === 'http' ? { SLACK_SIGNING_SECRET: signingSecret } : { SLACK_APP_TOKEN: appToken }),
    SLACK_ALLOWED_TEAMS: 'T0TRUST',
    SLACK_ALLOWED_CHANNELS: 'C0INFRA',
    SLACK_ALLOWED_USERS: 'U0ALICE,U0BOB',
    SLACK_API_URL: api.apiUrl,
    ...options.env,
  });
  if (settings === undefined) throw new Error('harness: Slack settings missing');
  const store = openStore({ path: join(dir, 'history.db') });
  const audit = createAuditLog(join(dir, 'audit.log'));
  const recording = recordingCore();
  const web = express();
  const server = createServer(web);
  const bot: SlackBot = createSlackApp({
    settings,
    core: options.core ?? recording.core,
    audit,
    renderBusinessCase: options.renderBusinessCase ?? twoPagePdf,
    importInventory: (upload) => importInventory(upload, { store, baseline: () => loadEstate(), now: () => new Date('2026-11-25T10:00:00Z') }),
    express: mode === 'http' ? web : undefined,
    retryConfig: { retries: 3, factor: 1, minTimeout: 50, maxTimeout: 100 },
    logLevel: LogLevel.ERROR,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await bot.start();
  const eventsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${slackEventsPath}`;
  let responses = 0;
  const post = (body: string, contentType: string, signed: SignedPostOptions = {}) => signedPost(eventsUrl, signingSecret, body, contentType, signed);
  return {
    api,
    socket,
    bot,
    store,
    calls: recording.calls,
    eventsUrl,
    post,
    /** A new response_url on the fake, for a command or a button press. */
    nextResponseUrl: () => api.responseUrl(`r${++responses}`),
    command: (text: string, fields: Partial<Parameters<typeof slashCommand>[0]> = {}, signed: SignedPostOptions = {}) =>
      post(formEncode(slashCommand({ text, responseUrl: api.responseUrl(`r${++responses}`), ...fields })), 'application/x-www-form-urlencoded', signed),
    mention: (fields: MentionFields) => post(JSON.stringify(appMention(fields)), 'application/json'),
    directMessage: (fields: DirectMessageFields) => post(JSON.stringify(directMessage(fields)), 'application/json'),
    press: (fields: ButtonFields) => post(formEncode(buttonPress(fields)), 'application/x-www-form-urlencoded'),
    async auditLines(): Promise<Record<string, unknown>[]> {
      await bot.idle();
      const text = await readFile(audit.path, 'utf8').catch(() => '');
      return text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    async close() {
      await bot.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await socket?.close();
      await api.close();
      store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export type SlackHarness = Awaited<ReturnType<typeof startSlackHarness>>;
