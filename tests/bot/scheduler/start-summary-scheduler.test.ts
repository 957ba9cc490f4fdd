import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSummaryScheduleSettings } from '../../../bot/scheduler/load-summary-schedule-settings.js';
import { startSummaryScheduler } from '../../../bot/scheduler/start-summary-scheduler.js';
import type { SummaryScheduler } from '../../../bot/scheduler/summary-scheduler.js';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { listSummaryPosts } from '../../../store/ledger/list-summary-posts.js';
import { openStore, type HistoryStore } from '../../../store/open-store.js';
import { listSnapshots } from '../../../store/snapshots/list-snapshots.js';
import { tempDir } from '../../store/temp-store.js';
import { startFakeSlackApi, startFakeTeamsConnector, type FakeServer } from './fake-chat-servers.js';
import { FakeClock } from './fake-clock.js';
import { chatPosters, SLACK_CHANNEL, TEAMS_CONVERSATION } from './scheduler-harness.js';

const env = {
  UNSPRAWL_SUMMARY_DESTINATIONS: `slack:${SLACK_CHANNEL}, teams:${TEAMS_CONVERSATION}`,
};

describe('the monthly summary in a running bot', { timeout: 120_000 }, () => {
  let tmp: ReturnType<typeof tempDir>;
  let slack: FakeServer;
  let teams: FakeServer;
  const open: { store: HistoryStore; scheduler?: SummaryScheduler }[] = [];
  beforeEach(async () => {
    tmp = tempDir();
    slack = await startFakeSlackApi();
    teams = await startFakeTeamsConnector();
  });
  afterEach(async () => {
    open.splice(0).forEach((o) => {
      o.scheduler?.stop();
      o.store.close();
    });
    await slack.close();
    await teams.close();
    tmp.cleanup();
  });

  const boot = async (clock: FakeClock) => {
    const store = openStore({ path: tmp.file() });
    const posters = await chatPosters({ slack, teams, store });
    const scheduler = await startSummaryScheduler({ env, store, inputs: await loadInputs(), inputPaths: {}, posters, log: () => undefined, clock });
    open.push({ store, ...(scheduler ? { scheduler } : {}) });
    return { store, scheduler };
  };

  it('seeds a fresh install and posts October\'s real summary (built on a worker thread) once to Slack and Teams, also after a restart', async () => {
    const clock = new FakeClock('2026-11-02T09:00:00Z');
    const first = await boot(clock);
    expect(listSnapshots(first.store)).toHaveLength(7);
    expect(slack.calls.filter((c) => c.path.endsWith('chat.postMessage'))).toHaveLength(1);
    const message = slack.calls[0]!.body;
    expect(message.channel).toBe(SLACK_CHANNEL);
    expect(message.text).toContain('Estate summary for October 2026: 16 virtualised, 3 retired, 1 added; 79 of 90 planned servers switched off (behind by 11)');
    expect(String(message.blocks)).toContain('Servers switched off vs plan');
    expect(teams.calls).toHaveLength(1);
    expect(JSON.stringify(teams.calls[0]!.body)).toContain('Estate summary for October 2026');

    first.scheduler?.stop();
    await clock.advanceTo('2026-11-02T11:00:00Z');
    const second = await boot(clock);
    expect(slack.calls).toHaveLength(1);
    expect(teams.calls).toHaveLength(1);
    expect(listSummaryPosts(second.store, '2026-10').map((p) => p.status)).toEqual(['posted', 'posted']);
    // December: November has no snapshot yet, so the attempt fails, is reported, and is retried later.
    expect(second.scheduler?.nextWakeUp()?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
    await clock.advanceTo('2026-12-01T09:00:00Z');
    expect(listSummaryPosts(second.store, '2026-11')).toMatchObject([
      { status: 'failed', lastError: expect.stringMatching(/^No estate snapshot for 2026-11/) },
      { status: 'failed' },
    ]);
  });

  it('stays off without destinations and explains bad settings', () => {
    expect(loadSummaryScheduleSettings({})).toBeUndefined();
    expect(() => loadSummaryScheduleSettings({ UNSPRAWL_SUMMARY_DESTINATIONS: 'general' })).toThrow(/UNSPRAWL_SUMMARY_DESTINATIONS: expected slack:CHANNEL_ID or teams:CONVERSATION_ID/);
    expect(() => loadSummaryScheduleSettings({ UNSPRAWL_SUMMARY_DESTINATIONS: 'slack:C1', UNSPRAWL_SUMMARY_CRON: 'monthly' })).toThrow(/UNSPRAWL_SUMMARY_CRON: expected a cron expression/);
    expect(loadSummaryScheduleSettings({ ...env, UNSPRAWL_SUMMARY_TIMEZONE: 'Europe/Dublin', UNSPRAWL_SUMMARY_FIRST_WORKING_DAY: 'no' })?.schedule).toMatchObject({ timezone: 'Europe/Dublin', firstWorkingDayOnly: false });
  });
});
