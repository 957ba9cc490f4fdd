import { App, ExpressReceiver, LogLevel, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Application } from 'express';
import { InputError } from '../../engine/errors.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { BotCore } from '../conversation/bot-core.js';
import type { DeliveryGate } from '../delivery/create-delivery-gate.js';
import type { InventoryImportResult, InventoryUpload } from '../inventory/import-inventory.js';
import type { SlackSettings } from '../settings/slack-settings.js';
import { createBackgroundTasks } from './background-tasks.js';
import { deliveryIdOf } from './delivery-id-of.js';
import { rejectSkewedTimestamps } from './reject-skewed-timestamps.js';
import { registerActionHandlers } from './register-action-handlers.js';
import { registerCommandHandler } from './register-command-handler.js';
import { registerDirectMessageHandler } from './register-direct-message-handler.js';
import { registerMentionHandler } from './register-mention-handler.js';
import type { RenderBusinessCase, SlackBotDeps } from './slack-bot-deps.js';
import { createThreadContexts, type ThreadContexts } from './thread-contexts.js';

/** Where Slack sends events, commands and button presses in HTTP mode (manifest request_url). */
export const slackEventsPath = '/slack/events';

/**
 * Retries for Web API calls: Slack's 429s are waited out (Retry-After) and 5xx/network
 * failures retried a few times within a minute, rather than the client's default of ten
 * retries over half an hour, which would leave a person waiting with no answer.
 */
export const defaultRetryConfig: webApi.RetryOptions = { retries: 4, factor: 2, minTimeout: 1000, maxTimeout: 15_000, randomize: true };

/**
 * Socket Mode's reconnection: capped exponential back-off with jitter, forever. An outage of
 * Slack (or of the trust's proxy) must not end the process; the bot answers again once Slack does.
 */
export interface SocketModeBackoff {
  /** First wait after a failed apps.connections.open; doubles each failure, randomised up to 2x. */
  minMs: number;
  /** The cap: the bot retries at least this often while Slack is down. */
  maxMs: number;
  /** Wait before reconnecting a dropped socket (and Slack's ping timeout). */
  pingTimeoutMs: number;
}

export const defaultSocketModeBackoff: SocketModeBackoff = { minMs: 1000, maxMs: 30_000, pingTimeoutMs: 5000 };

export interface CreateSlackAppOptions {
  settings: SlackSettings;
  core: BotCore;
  audit: AuditLog;
  renderBusinessCase: RenderBusinessCase;
  importInventory: (upload: InventoryUpload) => Promise<InventoryImportResult>;
  /** HTTP mode only: the Express app serving `/slack/events` (shared with Teams' /api/messages). */
  express?: Application;
  retryConfig?: webApi.RetryOptions;
  socketBackoff?: SocketModeBackoff;
  /** Answers a delivery only the first time its id is seen (shared with other instances through the store). */
  firstDelivery: DeliveryGate;
  /** Connection events for the person running the bot: each reconnection attempt, reconnected. */
  log?: (line: string) => void;
  /** Clock for the request timestamp check (tests). */
  now?: () => number;
  logLevel?: LogLevel;
  /** Where each thread's scenario context lives; default: in memory, the 2,000 most recent threads. */
  contexts?: ThreadContexts;
}

export interface SlackBot {
  app: App;
  /** Socket Mode: opens the connection. HTTP mode: nothing to do, the shared server listens. */
  start(): Promise<void>;
  /** Closes the connection and waits for answers and PDFs still being prepared. */
  stop(): Promise<void>;
  /** Resolves when no background work (answers after ack, PDFs) is running. */
  idle(): Promise<void>;
  /** For /readyz: Socket Mode connected (not reconnecting), or HTTP mode started. */
  connected(): boolean;
}

/** Runs Bolt's start-up token check (auth.test), turning its failure into a message a person can act on. */
async function checkToken(app: App): Promise<void> {
  try {
    await app.init();
  } catch (error) {
    const code = (error as { data?: { error?: unknown } }).data?.error;
    if (typeof code === 'string') {
      throw new InputError([{ file: 'environment', column: 'SLACK_BOT_TOKEN', message: `Slack refused the bot token (${code}): copy the Bot User OAuth Token (xoxb-…) again from the app's "OAuth & Permissions" page` }]);
    }
    throw new Error(`could not reach Slack to check the bot token: ${error instanceof Error ? error.message : String(error)}. Check the network or proxy (outbound HTTPS to slack.com)`, { cause: error });
  }
}

/**
 * The Slack front end: a Bolt app with its receiver (Socket Mode by default, HTTP when
 * configured) and the handlers for mentions, direct messages, the slash command and the answer
 * buttons. It holds no business logic: questions go to the bot core, PDFs to the report
 * renderer, inventories to the importer.
 */
export function createSlackApp(options: CreateSlackAppOptions): SlackBot {
  const { settings } = options;
  const logLevel = options.logLevel ?? LogLevel.INFO;
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: settings.apiUrl,
    retryConfig: options.retryConfig ?? defaultRetryConfig,
    timeout: 30_000,
  };
  const log = options.log ?? (() => undefined);
  let receiver: ExpressReceiver | SocketModeReceiver;
  let connected = false;
  if (settings.connection.mode === 'http') {
    if (options.express === undefined) throw new Error('Slack HTTP mode needs the Express app that serves /slack/events');
    // Before the receiver's own route: Bolt only refuses timestamps from the past.
    options.express.post(slackEventsPath, rejectSkewedTimestamps(options.now ?? Date.now));
    receiver = new ExpressReceiver({ signingSecret: settings.connection.signingSecret, app: options.express, endpoints: slackEventsPath, logLevel });
  } else {
    const backoff = options.socketBackoff ?? defaultSocketModeBackoff;
    // The socket client's own Web API client (apps.connections.open) retries forever: running out
    // of retries there is fatal to the Socket Mode client, and so to the process.
    const socketRetry: webApi.RetryOptions = {
      forever: true,
      factor: 2,
      minTimeout: backoff.minMs,
      maxTimeout: backoff.maxMs,
      randomize: true,
      onFailedAttempt: (error: Error & { attemptNumber?: number }) => {
        log(`unsprawl bot: Slack Socket Mode could not connect (attempt ${error.attemptNumber ?? '?'}: ${error.message}); retrying with back-off up to ${Math.round(backoff.maxMs / 1000)} s`);
      },
    } as webApi.RetryOptions;
    const socketReceiver = new SocketModeReceiver({
      appToken: settings.connection.appToken,
      logLevel,
      clientPingTimeout: backoff.pingTimeoutMs,
      installerOptions: { clientOptions: { slackApiUrl: settings.apiUrl, timeout: 30_000, retryConfig: socketRetry } },
    });
    socketReceiver.client.on('connected', () => {
      if (!connected) log('unsprawl bot: Slack Socket Mode connected');
      connected = true;
    });
    for (const state of ['reconnecting', 'disconnected']) {
      socketReceiver.client.on(state, () => {
        if (connected) log(`unsprawl bot: Slack Socket Mode ${state}`);
        connected = false;
      });
    }
    receiver = socketReceiver;
  }
  // Deferred, so start() can await the token check and fail with a message instead of an
  // unhandled rejection when Slack is unreachable or refuses the token.
  const app = new App({ token: settings.botToken, receiver, clientOptions, logLevel, deferInitialization: true });
  const reportError = (error: unknown) => app.logger.error('unsprawl slack:', error);
  const tasks = createBackgroundTasks(reportError);
  const deps: SlackBotDeps = {
    settings,
    core: options.core,
    contexts: options.contexts ?? createThreadContexts(),
    audit: options.audit,
    renderBusinessCase: options.renderBusinessCase,
    importInventory: options.importInventory,
    fileHosts: ['files.slack.com', ...(settings.apiUrl !== undefined ? [new URL(settings.apiUrl).host] : [])],
    tasks,
    reportError,
  };
  // Retries (X-Slack-Retry-Num, Socket Mode retry_attempt) and deliveries seen by another
  // instance are acknowledged and dropped here; a retry of something never seen is answered.
  app.use(async (args) => {
    const id = deliveryIdOf(args.body);
    if (id === undefined || options.firstDelivery('slack', id)) {
      await args.next();
      return;
    }
    const ack = (args as { ack?: () => Promise<void> }).ack;
    if (ack !== undefined) await ack();
  });
  registerMentionHandler(app, deps);
  registerDirectMessageHandler(app, deps);
  registerCommandHandler(app, deps);
  registerActionHandlers(app, deps);
  app.error(async (error) => reportError(error));
  return {
    app,
    async start() {
      await checkToken(app);
      if (settings.connection.mode === 'socket') await app.start();
      connected = true;
    },
    async stop() {
      connected = false;
      if (settings.connection.mode === 'socket') await app.stop();
      await tasks.idle();
    },
    idle: () => tasks.idle(),
    connected: () => connected,
  };
}
