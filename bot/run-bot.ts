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
import { loadBotSettings, type BotSettings } from './settings/bot-settings.js';
import { loadSlackSettings, type SlackSettings } from './settings/slack-settings.js';
import { createSlackApp, slackEventsPath, type SlackBot } from './slack/create-slack-app.js';
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
}

export interface RunningBot {
  platforms: ('slack' | 'teams')[];
  /** For proactive posts (the monthly summary scheduler): Slack's Web API client, Teams' bot, the store. */
  slackClient?: webApi.WebClient;
  teams?: TeamsBot;
  store: HistoryStore;
  /** The shared HTTP server's address (Slack HTTP mode and/or Teams), when one is listening. */
  httpUrl?: string;
  stop(): Promise<void>;
}

interface AllSettings {
  bot: BotSettings;
  slack: SlackSettings | undefined;
  teams: TeamsSettings | undefined;
}

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
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return `http://${address.address}:${address.port}`;
}

/**
 * The `unsprawl bot` process: validates the settings, opens the history store, loads the inputs
 * (the newest estate snapshot if there is one, else UNSPRAWL_ESTATE or the sample trust), and
 * starts Slack and/or Teams around one bot core and one audit log, then the monthly summary
 * scheduler when UNSPRAWL_SUMMARY_* destinations are set. Slack in HTTP mode and Teams share one
 * Express server; Socket Mode needs no listening port at all.
 */
export async function runBot(env: Record<string, string | undefined>, options: RunBotOptions = {}): Promise<RunningBot> {
  const log = options.log ?? (() => undefined);
  const settings = loadAllSettings(env);
  const store = openStore({ path: settings.bot.historyDbPath });
  const inputs = await loadInputs(settings.bot.inputs);
  const latest = findSnapshot(store, { latest: true });
  const estate = latest ? readSnapshotEstate(store, latest) : inputs.estate;
  log(`unsprawl bot: answering from ${estate.source} (${estate.servers.length} servers)`);
  // The engine runs on a worker thread so acknowledgements never wait behind a computation.
  const engine = createWorkerBotCore(settings.bot.inputs, latest ? estate : undefined, settings.bot.historyDbPath);
  const audit = createAuditLog(settings.bot.auditLogPath);
  const businessCase = createBusinessCaseRenderer((scenario) => engine.businessCaseHtml(scenario));
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
  const needsHttp = settings.slack?.connection.mode === 'http' || settings.teams !== undefined;
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
  const httpUrl = needsHttp ? await listen(server, settings.bot.http.host, settings.bot.http.port) : undefined;
  if (httpUrl !== undefined) log(`unsprawl bot: listening on ${httpUrl}${settings.slack?.connection.mode === 'http' ? ` (Slack: ${slackEventsPath})` : ''}${settings.teams ? ' (Teams: /api/messages)' : ''}`);
  await slack?.start();
  if (slack) log(`unsprawl bot: Slack connected (${settings.slack?.connection.mode === 'socket' ? 'Socket Mode' : 'HTTP mode'})`);
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
  if (scheduler) log(`unsprawl bot: monthly summary scheduled, next at ${scheduler.nextWakeUp()?.toISOString() ?? 'unknown'}`);
  return {
    platforms,
    slackClient: slack?.app.client,
    teams,
    store,
    httpUrl,
    async stop() {
      scheduler?.stop();
      await slack?.stop();
      if (httpUrl !== undefined) {
        server.closeIdleConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      await teams?.whenIdle();
      await businessCase.close();
      await engine.close();
      store.close();
    },
  };
}
