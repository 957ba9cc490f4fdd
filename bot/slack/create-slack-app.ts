import { App, ExpressReceiver, LogLevel, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Application } from 'express';
import { InputError } from '../../engine/errors.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { BotCore } from '../conversation/bot-core.js';
import type { InventoryImportResult, InventoryUpload } from '../inventory/import-inventory.js';
import type { SlackSettings } from '../settings/slack-settings.js';
import { createBackgroundTasks } from './background-tasks.js';
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

export interface CreateSlackAppOptions {
  settings: SlackSettings;
  core: BotCore;
  audit: AuditLog;
  renderBusinessCase: RenderBusinessCase;
  importInventory: (upload: InventoryUpload) => Promise<InventoryImportResult>;
  /** HTTP mode only: the Express app serving `/slack/events` (shared with Teams' /api/messages). */
  express?: Application;
  retryConfig?: webApi.RetryOptions;
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
  let receiver: ExpressReceiver | SocketModeReceiver;
  if (settings.connection.mode === 'http') {
    if (options.express === undefined) throw new Error('Slack HTTP mode needs the Express app that serves /slack/events');
    receiver = new ExpressReceiver({ signingSecret: settings.connection.signingSecret, app: options.express, endpoints: slackEventsPath, logLevel });
  } else {
    receiver = new SocketModeReceiver({ appToken: settings.connection.appToken, logLevel, installerOptions: { clientOptions: { ...clientOptions } } });
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
    },
    async stop() {
      if (settings.connection.mode === 'socket') await app.stop();
      await tasks.idle();
    },
    idle: () => tasks.idle(),
  };
}
