import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { PDFDocument } from 'pdf-lib';
import type { Answer } from '../../../bot/answer/answer.js';
import type { AuditEntry } from '../../../bot/audit/audit-log.js';
import type { ActionRequest, BotCore, BotReply } from '../../../bot/conversation/bot-core.js';
import type { ConversationContext } from '../../../bot/conversation/conversation-context.js';
import type { ActionId } from '../../../bot/answer/answer.js';
import { createJsonFileConversationStore } from '../../../bot/teams/create-json-file-conversation-store.js';
import type { TeamsBot } from '../../../bot/teams/create-teams-bot.js';
import { mountTeams } from '../../../bot/teams/mount-teams.js';
import type { TeamsDeps } from '../../../bot/teams/teams-deps.js';
import { loadTeamsSettings, type TeamsSettings } from '../../../bot/teams/teams-settings.js';

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const USER = '6b2f3c1a-0d4e-4f5a-9b8c-7d6e5f4a3b2c';
export const TEAM = '19:ward-it@thread.tacv2';
export const CHANNEL = '19:general-ward-it@thread.tacv2';
export const BOT_ID = '28:unsprawl-bot';
export const LINK_SECRET = 'a-test-only-link-signing-secret-of-48-characters!';

export interface RecordedRequest {
  method: string;
  path: string;
  conversationId: string;
  replyToId?: string;
  body: Record<string, unknown>;
}

/**
 * A stand-in for the Bot Connector service on 127.0.0.1: records every reply and proactive post
 * (and OneDrive-style uploads), and can be told to fail the next requests with given statuses.
 */
export async function startFakeConnector() {
  const requests: RecordedRequest[] = [];
  const uploads: { name: string; contentRange: string | undefined; bytes: Buffer }[] = [];
  const failures: { status: number; retryAfter?: string }[] = [];
  let attempts = 0;
  const app = express();
  app.post(/^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/, express.json({ limit: '5mb' }), (req, res) => {
    attempts++;
    const failure = failures.shift();
    if (failure) {
      if (failure.retryAfter) res.set('retry-after', failure.retryAfter);
      res.status(failure.status).json({ error: { code: 'Throttled', message: 'try later' } });
      return;
    }
    const params = req.params as unknown as Record<string, string | undefined>;
    requests.push({
      method: req.method,
      path: req.path,
      conversationId: decodeURIComponent(params['0'] ?? ''),
      ...(params['1'] ? { replyToId: decodeURIComponent(params['1']) } : {}),
      body: req.body as Record<string, unknown>,
    });
    res.status(200).json({ id: `reply-${requests.length}` });
  });
  app.put('/upload/:name', express.raw({ type: '*/*', limit: '20mb' }), (req, res) => {
    uploads.push({ name: req.params.name, contentRange: req.get('content-range'), bytes: req.body as Buffer });
    res.status(201).json({ id: 'drive-item-1' });
  });
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    requests,
    uploads,
    failNext(...list: { status: number; retryAfter?: string }[]) {
      failures.push(...list);
    },
    attempts: () => attempts,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeConnector = Awaited<ReturnType<typeof startFakeConnector>>;

/**
 * A BotCore for adapter tests: it answers every question with one fixed what-if Answer whose
 * scenario comes from the context it is handed, and records what it was asked, so tests can check
 * that the adapter hands each conversation its own context back. The real core is exercised by
 * the test that runs createBotCore against the sample trust.
 */
export function recordingCore() {
  const calls: { method: 'ask' | 'act'; text?: string; actionId?: ActionId; request?: ActionRequest; context?: ConversationContext }[] = [];
  const scenario = { name: 'Ward systems onto 2-socket hosts', scope: 'service="Ward systems"', host: 'cheapest', hypervisor: 'vmware' as const };
  const answerFor = (headline: string, kind: Answer['kind']): Answer => ({
    kind,
    headline,
    figures: [
      { label: 'Hosts (HA spare included)', value: '5', raw: 5 },
      { label: 'Net present value', value: '£1,234,567', raw: 1234567 },
    ],
    tables: [{ title: 'Cost by year', columns: ['Year', 'Do nothing', 'Consolidate'], rows: [['2026/27', '£410,000', '£520,000']] }],
    notes: ['Energy at 24.5p/kWh.'],
    actions: [
      { id: 'business-case', label: 'Business case PDF', scenario },
      { id: 'show-assumptions', label: 'Show assumptions', scenario },
      { id: 'compare-hypervisors', label: 'Compare hypervisors', scenario },
    ],
    scenario,
  });
  const core: BotCore = {
    async ask(text, context): Promise<BotReply> {
      calls.push({ method: 'ask', text, ...(context ? { context } : {}) });
      const turn = calls.filter((c) => c.method === 'ask').length;
      return { answer: answerFor(`Answer ${turn} to: ${text}`, 'what-if'), context: { version: 1, lastIntent: 'what-if', lastScenario: { ...scenario, description: `turn ${turn}`, dr: { enabled: false, minCriticality: 'high' }, separateSites: false, overrides: {} } } };
    },
    async act(actionId, request): Promise<BotReply> {
      calls.push({ method: 'act', actionId, ...(request ? { request } : {}) });
      return { answer: answerFor(`Action ${actionId}`, actionId === 'show-assumptions' ? 'assumptions' : 'compare'), context: request?.context ?? { version: 1 } };
    },
  };
  return { core, calls };
}

/** A real, small PDF (pdf-lib) standing in for the business case in adapter tests. */
export async function smallPdf(title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.addPage().drawText(title, { x: 50, y: 700, size: 18 });
  return doc.save();
}

export interface TeamsTestBot {
  url: string;
  bot: TeamsBot;
  settings: TeamsSettings;
  audit: Omit<AuditEntry, 'time'>[];
  errors: { message: string; fields?: Record<string, unknown> }[];
  calls: ReturnType<typeof recordingCore>['calls'];
  stateDir: string;
  clock: { now: number };
  close(): Promise<void>;
}

/** Starts the real Teams receiver (mountTeams on Express) on 127.0.0.1 with test settings. */
export async function startTeamsBot(
  options: { env?: Record<string, string | undefined>; core?: BotCore; renderBusinessCase?: TeamsDeps['renderBusinessCase'] } = {},
): Promise<TeamsTestBot> {
  const stateDir = await mkdtemp(join(tmpdir(), 'unsprawl-teams-'));
  const settings = loadTeamsSettings({
    TEAMS_ANONYMOUS_FOR_TESTS: 'true',
    TEAMS_PUBLIC_BASE_URL: 'http://127.0.0.1:1',
    TEAMS_LINK_SECRET: LINK_SECRET,
    TEAMS_CONVERSATION_STORE: join(stateDir, 'teams-conversations.json'),
    TEAMS_ALLOWED_TENANTS: TENANT,
    NODE_ENV: 'test',
    ...options.env,
  });
  if (!settings) throw new Error('test settings did not enable Teams');
  const recording = recordingCore();
  const audit: Omit<AuditEntry, 'time'>[] = [];
  const errors: TeamsTestBot['errors'] = [];
  const clock = { now: Date.UTC(2026, 10, 25, 9, 0, 0) };
  const app = express();
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bot = mountTeams(app, { ...settings, publicBaseUrl: url }, {
    core: options.core ?? recording.core,
    renderBusinessCase:
      options.renderBusinessCase ?? (async (scenario) => ({ pdf: await smallPdf(scenario?.name ?? 'Business case'), fileName: 'business-case-ward-systems.pdf' })),
    audit: { record: async (entry) => void audit.push(entry) },
    log: { info: () => undefined, error: (message, fields) => void errors.push({ message, ...(fields ? { fields } : {}) }) },
    conversations: createJsonFileConversationStore(settings.conversationStorePath),
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
    now: () => clock.now,
  });
  return {
    url,
    bot,
    settings: { ...settings, publicBaseUrl: url },
    audit,
    errors,
    calls: recording.calls,
    stateDir,
    clock,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}

let activityCounter = 0;

function baseActivity(serviceUrl: string, conversation: Record<string, unknown>, channelData: Record<string, unknown>) {
  activityCounter++;
  return {
    id: `activity-${activityCounter}`,
    timestamp: new Date(Date.UTC(2026, 10, 25, 9, 0, activityCounter)).toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:ada-lovelace', name: 'Ada Lovelace', aadObjectId: USER },
    recipient: { id: BOT_ID, name: 'unsprawl' },
    conversation,
    channelData,
    locale: 'en-GB',
  };
}

export function personalConversation(id = 'a:personal-ada') {
  return { conversation: { id, conversationType: 'personal', tenantId: TENANT }, channelData: { tenant: { id: TENANT } } };
}

export function channelConversation(threadId = '1764061200000', team = TEAM) {
  return {
    conversation: { id: `${CHANNEL};messageid=${threadId}`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: { id: team, name: 'Ward IT' }, channel: { id: CHANNEL, name: 'General' } },
  };
}

type Where = ReturnType<typeof personalConversation>;

export function messageActivity(serviceUrl: string, where: Where, text: string) {
  return { ...baseActivity(serviceUrl, where.conversation, where.channelData), type: 'message', text, textFormat: 'plain' };
}

export function mentionActivity(serviceUrl: string, where: Where, question: string) {
  const mention = '<at>unsprawl</at>';
  return {
    ...messageActivity(serviceUrl, where, `${mention} ${question}`),
    entities: [{ type: 'mention', text: mention, mentioned: { id: BOT_ID, name: 'unsprawl' } }],
  };
}

export function submitActivity(serviceUrl: string, where: Where, value: Record<string, unknown>) {
  return { ...baseActivity(serviceUrl, where.conversation, where.channelData), type: 'message', value, replyToId: 'card-activity-1' };
}

export function invokeActivity(serviceUrl: string, where: Where, name: string, value: Record<string, unknown>) {
  return { ...baseActivity(serviceUrl, where.conversation, where.channelData), type: 'invoke', name, value, replyToId: 'card-activity-1' };
}

export async function postActivity(botUrl: string, activity: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('json') ?? false;
  return { status: response.status, body: text && json ? (JSON.parse(text) as unknown) : text || undefined };
}

/** The Adaptive Card content of a recorded reply, or undefined when it carries none. */
export function cardOf(request: RecordedRequest | undefined): Record<string, unknown> | undefined {
  const attachments = request?.body['attachments'];
  if (!Array.isArray(attachments)) return undefined;
  const card = attachments.find((a: { contentType?: string }) => a.contentType === 'application/vnd.microsoft.card.adaptive') as
    | { content: Record<string, unknown> }
    | undefined;
  return card?.content;
}
