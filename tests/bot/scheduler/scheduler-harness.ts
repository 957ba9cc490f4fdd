import { webApi } from '@slack/bolt';
import type { Answer } from '../../../bot/answer/answer.js';
import type { BotCore } from '../../../bot/conversation/bot-core.js';
import { loadBankHolidays } from '../../../bot/scheduler/bank-holidays.js';
import { routePosts } from '../../../bot/scheduler/route-posts.js';
import { slackPostPort } from '../../../bot/scheduler/slack-post-port.js';
import { createSummaryScheduler, type SchedulerEvent, type SummaryScheduler } from '../../../bot/scheduler/summary-scheduler.js';
import { summaryScheduleSchema, type SummaryScheduleInput } from '../../../bot/scheduler/summary-schedule.js';
import { createHistoryConversationStore } from '../../../bot/teams/create-history-conversation-store.js';
import { createTeamsPostPort } from '../../../bot/teams/create-teams-post-port.js';
import type { PostPort } from '../../../bot/scheduler/post-port.js';
import { createTeamsBot } from '../../../bot/teams/create-teams-bot.js';
import { loadTeamsSettings } from '../../../bot/teams/teams-settings.js';
import { openStore, type HistoryStore } from '../../../store/open-store.js';
import type { FakeClock } from './fake-clock.js';
import type { FakeServer } from './fake-chat-servers.js';

export const TEAMS_CONVERSATION = '19:imt-team@thread.tacv2';
export const SLACK_CHANNEL = 'C0INFRA01';

/** The scheduler never converses: a core that is called would be a bug the test should see. */
const unusedCore: BotCore = {
  ask: () => Promise.reject(new Error('the scheduler must not ask the bot core')),
  act: () => Promise.reject(new Error('the scheduler must not ask the bot core')),
};

export function testAnswer(month: string): Answer {
  return { kind: 'summary', headline: `Estate summary for ${month}`, figures: [{ label: 'Servers', value: '228', raw: 228 }], tables: [], notes: [], actions: [] };
}

/**
 * The real posting functions: the Slack Web API client and the Teams adapter (Agents SDK), both
 * pointed at the fakes on loopback, with a Teams conversation reference to post into stored in
 * the history store, where the bot saves it.
 */
export async function chatPosters(options: { slack: FakeServer; teams: FakeServer; store: HistoryStore }): Promise<{ slack: PostPort; teams: PostPort }> {
  const conversations = createHistoryConversationStore(options.store);
  await conversations.save({
    conversationId: TEAMS_CONVERSATION,
    scope: 'channel',
    reference: { conversation: { id: TEAMS_CONVERSATION, conversationType: 'channel' }, channelId: 'msteams', serviceUrl: options.teams.url, agent: { id: 'bot' } },
    updatedAt: '2026-09-01T10:00:00.000Z',
  });
  const settings = loadTeamsSettings({
    TEAMS_ANONYMOUS_FOR_TESTS: 'true',
    NODE_ENV: 'test',
    TEAMS_PUBLIC_BASE_URL: 'http://127.0.0.1:1/',
    TEAMS_LINK_SECRET: 'x'.repeat(32),
  });
  if (!settings) throw new Error('Teams test settings did not load');
  const teamsBot = createTeamsBot(settings, {
    core: unusedCore,
    renderBusinessCase: () => Promise.reject(new Error('not used')),
    audit: { record: () => Promise.resolve() },
    log: { info: () => undefined, error: () => undefined },
    conversations,
    firstDelivery: () => true,
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
  });
  const slackClient = new webApi.WebClient('xoxb-test-token', { slackApiUrl: `${options.slack.url}api/`, retryConfig: { retries: 0 } });
  return { slack: slackPostPort(slackClient), teams: createTeamsPostPort(teamsBot, conversations) };
}

export interface Instance {
  scheduler: SummaryScheduler;
  store: HistoryStore;
  events: SchedulerEvent[];
  stop(): void;
}

/**
 * One running "process": its own store connection, the real Slack Web API client and the real
 * Teams adapter (Agents SDK) posting to the fakes on loopback, through the scheduler's ports.
 */
export async function startInstance(options: {
  name: string;
  dbPath: string;
  clock: FakeClock;
  slack: FakeServer;
  teams: FakeServer;
  schedule?: SummaryScheduleInput;
  buildAnswer?: (month: string) => Promise<Answer>;
  start?: boolean;
}): Promise<Instance> {
  const store = openStore({ path: options.dbPath });
  const events: SchedulerEvent[] = [];
  const posters = await chatPosters({ slack: options.slack, teams: options.teams, store });
  const scheduler = createSummaryScheduler({
    store,
    clock: options.clock,
    schedule: summaryScheduleSchema.parse({ destinations: [`slack:${SLACK_CHANNEL}`, `teams:${TEAMS_CONVERSATION}`], ...options.schedule }),
    holidays: await loadBankHolidays(),
    buildAnswer: options.buildAnswer ?? ((month) => Promise.resolve(testAnswer(month))),
    post: routePosts(posters),
    report: (e) => events.push(e),
    instance: options.name,
  });
  if (options.start !== false) await scheduler.start();
  return {
    scheduler,
    store,
    events,
    stop: () => {
      scheduler.stop();
      store.close();
    },
  };
}

/** The months posted, in order, as each fake platform received them. */
export function postedMonths(slack: FakeServer, teams: FakeServer): { slack: string[]; teams: string[] } {
  const month = (text: unknown) => /Estate summary for (\d{4}-\d{2})/.exec(String(text))?.[1] ?? `? ${String(text).slice(0, 80)}`;
  return {
    slack: slack.calls.filter((c) => c.path.endsWith('chat.postMessage')).map((c) => month(c.body.text)),
    teams: teams.calls.filter((c) => c.path.includes(`/v3/conversations/${encodeURIComponent(TEAMS_CONVERSATION)}/activities`) || c.path.includes('/v3/conversations/')).map((c) => month(JSON.stringify(c.body))),
  };
}
