import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LogLevel, type webApi } from '@slack/bolt';
import express from 'express';
import type { Scenario, ScenarioInput } from '../engine/scenario/scenario.js';
import { InputError, type InputProblem } from '../engine/errors.js';
import { loadInputs } from '../engine/io/load-inputs.js';
import { openStore, type HistoryStore } from '../store/open-store.js';
import { findSnapshot } from '../store/snapshots/find-snapshot.js';
import { readSnapshotEstate } from '../store/snapshots/read-snapshot-estate.js';
import { createAuditLog } from './audit/audit-log.js';
import { createDeliveryGate } from './delivery/create-delivery-gate.js';
import { importInventory } from './inventory/import-inventory.js';
import { slackPostPort } from './scheduler/slack-post-port.js';
import { startSummaryScheduler } from './scheduler/start-summary-scheduler.js';
import { loadSummaryScheduleSettings } from './scheduler/load-summary-schedule-settings.js';
import { loadBotSettings, type BotSettings } from './settings/bot-settings.js';
import { loadSlackSettings, type SlackSettings } from './settings/slack-settings.js';
import { createSlackApp, slackEventsPath, type SlackBot, type SocketModeBackoff } from './slack/create-slack-app.js';
import { createBusinessCaseRenderer } from './slack/create-business-case-renderer.js';
import { createWorkerBotCore } from './slack/create-worker-bot-core.js';
import { createHistoryConversationStore } from './teams/create-history-conversation-store.js';
import type { TeamsBot } from './teams/create-teams-bot.js';
import { createTeamsPostPort } from './teams/create-teams-post-port.js';
import { mountTeams } from './teams/mount-teams.js';
import { loadTeamsSettings, type TeamsSettings } from './teams/teams-settings.js';

export interface RunBotOptions {
  /** Progress and problems for the person running the bot (stderr in the CLI). */
  log?: (line: string) => void;
  logLevel?: LogLevel;
  /** Web API retry policy for Slack (tests shorten it). */
  slackRetryConfig?: webApi.RetryOptions;
  /** Socket Mode reconnection back-off (tests scale it down). */
  socketBackoff?: SocketModeBackoff;
  /** Where the one structured JSON line per request goes; default stdout (journald, docker logs). */
  requestLog?: (line: string) => void;
}

export interface RunningBot {
  platforms: ('slack' | 'teams')[];
  /** For proactive posts (the monthly summary scheduler): Slack's Web API client, Teams' bot, the store. */
  slackClient?: webApi.WebClient;
  teams?: TeamsBot;
  store: HistoryStore;
  /** The HTTP server's address: health checks, and Slack HTTP mode and/or Teams. */
  httpUrl: string;
  stop(): Promise<void>;
}

interface AllSettings {
  bot: BotSettings;
  slack: SlackSettings | undefined;
  teams: TeamsSettings | undefined;
}

/** Where a load balancer, Docker's HEALTHCHECK or systemd asks whether the bot is alive and ready. */
export const healthPaths = { live: '/healthz', ready: '/readyz' } as const;

/** Reads every part of the settings and reports all problems together, whichever part they are in. */
function loadAllSettings(env: Record<string, string | undefined>): AllSettings {
  const problems: InputProblem[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const bot = attempt(() => loadBotSettings(env));
  const slack = attempt(() => loadSlackSettings(env));
  const teams = attempt(() => loadTeamsSettings(env));
  // The schedule too, before connecting: a bad cron must not surface after the bot is serving.
  const schedule = attempt(() => loadSummaryScheduleSettings(env));
  const reported = (prefix: string) => problems.some((p) => p.column?.startsWith(prefix));
  for (const destination of schedule?.schedule.destinations ?? []) {
    if ((destination.platform === 'slack' && slack === undefined && !reported('SLACK_')) || (destination.platform === 'teams' && teams === undefined && !reported('TEAMS_'))) {
      problems.push({ file: 'environment', column: 'UNSPRAWL_SUMMARY_DESTINATIONS', message: `${destination.key} names ${destination.platform === 'slack' ? 'Slack' : 'Teams'}, which is not configured` });
    }
  }
  if (problems.length > 0 || bot === undefined) throw new InputError(problems);
  if (slack === undefined && teams === undefined) {
    throw new InputError([
      { file: 'environment', column: 'SLACK_BOT_TOKEN', message: 'neither Slack nor Teams is configured: set the Slack variables (docs/slack.md) or the Teams ones (docs/teams.md)' },
    ]);
  }
  return { bot, slack, teams };
}

function defaultScenario(scenarios: readonly Scenario[]): ScenarioInput {
  return scenarios[0] ?? { name: 'full-consolidation' };
}

async function listen(server: Server, host: string, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const where = `${host}:${port}`;
      if (error.code === 'EADDRINUSE') reject(new InputError([{ file: 'environment', column: 'UNSPRAWL_PORT', message: `${where} is already in use: stop the other process or choose another port` }]));
      else if (error.code === 'EACCES') reject(new InputError([{ file: 'environment', column: 'UNSPRAWL_PORT', message: `not allowed to listen on ${where}: use a port above 1023` }]));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') reject(new InputError([{ file: 'environment', column: 'UNSPRAWL_HOST', message: `${host} is not an address of this machine` }]));
      else reject(error);
    };
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return `http://${address.address}:${address.port}`;
}

/**
 * The `unsprawl bot` process: validates every setting (summary schedule included) before anything
 * starts, opens the history store, loads the inputs (the newest estate snapshot if there is one,
 * else UNSPRAWL_ESTATE or the sample trust), and starts Slack and/or Teams around one bot core and
 * one audit log, then the monthly summary scheduler when UNSPRAWL_SUMMARY_* destinations are set.
 * One Express server always listens: /healthz and /readyz, plus Slack HTTP mode and Teams. A
 * failure at any step stops what had started and is thrown (InputError names the setting).
 */
export async function runBot(env: Record<string, string | undefined>, options: RunBotOptions = {}): Promise<RunningBot> {
  const log = options.log ?? (() => undefined);
  const settings = loadAllSettings(env);
  // Whatever has started is stopped again, newest first, when a later step fails: a failed start
  // must end the process, not leave an engine worker or a browser keeping it alive.
  const started: (() => Promise<void> | void)[] = [];
  const stopAll = async () => {
    for (const stop of started.splice(0).reverse()) await Promise.resolve(stop()).catch(() => undefined);
  };
  try {
    return await startBot(env, settings, log, options, started, stopAll);
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function startBot(
  env: Record<string, string | undefined>,
  settings: AllSettings,
  log: (line: string) => void,
  options: RunBotOptions,
  started: (() => Promise<void> | void)[],
  stopAll: () => Promise<void>,
): Promise<RunningBot> {
  const store = openStore({ path: settings.bot.historyDbPath });
  started.push(() => store.close());
  const inputs = await loadInputs(settings.bot.inputs);
  const latest = findSnapshot(store, { latest: true });
  const estate = latest ? readSnapshotEstate(store, latest) : inputs.estate;
  log(`unsprawl bot: answering from ${estate.source} (${estate.servers.length} servers)`);
  // The engine runs on a worker thread so acknowledgements never wait behind a computation.
  const engine = createWorkerBotCore(settings.bot.inputs, latest ? estate : undefined, settings.bot.historyDbPath);
  started.push(() => engine.close());
  const audit = createAuditLog(settings.bot.auditLogPath, { mirror: options.requestLog ?? ((line) => process.stdout.write(line)) });
  const businessCase = createBusinessCaseRenderer((scenario) => engine.businessCaseHtml(scenario));
  started.push(() => businessCase.close());
  let currentEstate = estate;
  const importUpload: Parameters<typeof createSlackApp>[0]['importInventory'] = async (upload) => {
    const result = await importInventory(upload, { store, baseline: async () => currentEstate, now: () => new Date() });
    if (result.stored) {
      currentEstate = result.estate;
      await engine.useEstate(result.estate);
      log(`unsprawl bot: ${upload.uploadedBy} stored ${upload.filename} (${result.servers} servers) as the snapshot for ${result.asOf}`);
    }
    return result;
  };

  const firstDelivery = createDeliveryGate(store);
  const web = express();
  const server = createServer(web);
  const platforms: RunningBot['platforms'] = [];
  let slack: SlackBot | undefined;
  if (settings.slack) {
    slack = createSlackApp({
      settings: settings.slack,
      core: engine.core,
      audit,
      renderBusinessCase: (scenario) => businessCase.render(scenario),
      importInventory: importUpload,
      express: settings.slack.connection.mode === 'http' ? web : undefined,
      firstDelivery,
      log,
      retryConfig: options.slackRetryConfig,
      ...(options.socketBackoff ? { socketBackoff: options.socketBackoff } : {}),
      logLevel: options.logLevel,
    });
    platforms.push('slack');
  }
  let teams: TeamsBot | undefined;
  // Teams conversation references live in the history store, where every poster finds them:
  // this process's scheduler and `unsprawl summary --post` alike.
  const conversations = createHistoryConversationStore(store);
  if (settings.teams) {
    teams = mountTeams(web, settings.teams, {
      core: engine.core,
      renderBusinessCase: async (scenario) => {
        // A card without a scenario asks for the trust's headline case: the first named scenario.
        const document = await businessCase.render(scenario ?? defaultScenario(inputs.scenarios));
        return { pdf: document.bytes, fileName: document.filename };
      },
      audit,
      log: { info: (message) => log(message), error: (message, fields) => log(`${message} ${JSON.stringify(fields ?? {})}`) },
      conversations,
      firstDelivery,
      importInventory: importUpload,
    });
    platforms.push('teams');
  }
  web.get(healthPaths.live, (_req, res) => {
    res.status(200).json({ status: 'alive' });
  });
  web.get(healthPaths.ready, (_req, res) => {
    const problems = readinessProblems(slack, store);
    res.status(problems.length === 0 ? 200 : 503).json(problems.length === 0 ? { status: 'ready', platforms } : { status: 'not ready', problems });
  });
  // Always listening, Socket Mode included: /healthz and /readyz are how a supervisor sees the bot.
  const httpUrl = await listen(server, settings.bot.http.host, settings.bot.http.port);
  started.push(async () => {
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  log(`unsprawl bot: listening on ${httpUrl} (${healthPaths.live}, ${healthPaths.ready}${settings.slack?.connection.mode === 'http' ? `, Slack: ${slackEventsPath}` : ''}${settings.teams ? ', Teams: /api/messages' : ''})`);
  await slack?.start();
  if (slack) {
    started.push(() => slack.stop());
    log(`unsprawl bot: Slack connected (${settings.slack?.connection.mode === 'socket' ? 'Socket Mode' : 'HTTP mode'})`);
  }
  if (teams) started.push(() => teams.whenIdle());
  const scheduler = await startSummaryScheduler({
    env,
    store,
    inputs,
    inputPaths: settings.bot.inputs,
    posters: {
      ...(slack ? { slack: slackPostPort(slack.app.client) } : {}),
      ...(teams ? { teams: createTeamsPostPort(teams, conversations) } : {}),
    },
    log,
  });
  if (scheduler) {
    started.push(() => scheduler.stop());
    log(`unsprawl bot: monthly summary scheduled, next at ${scheduler.nextWakeUp()?.toISOString() ?? 'unknown'}`);
  }
  return {
    platforms,
    slackClient: slack?.app.client,
    teams,
    store,
    httpUrl,
    stop: stopAll,
  };
}

/** Why the bot is not ready: Slack not connected (Socket Mode reconnecting), or the history store not writable. */
function readinessProblems(slack: SlackBot | undefined, store: HistoryStore): string[] {
  const problems: string[] = [];
  if (slack !== undefined && !slack.connected()) problems.push('Slack is not connected');
  try {
    // Takes the write lock and gives it back: a read-only or locked-out file fails here.
    store.db.exec('BEGIN IMMEDIATE; ROLLBACK;');
  } catch (error) {
    problems.push(`the history store is not writable: ${error instanceof Error ? error.message : String(error)}`);
  }
  return problems;
}
