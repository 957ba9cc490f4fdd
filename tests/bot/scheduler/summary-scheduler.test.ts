import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listSummaryPosts } from '../../../store/ledger/list-summary-posts.js';
import { tempDir } from '../../store/temp-store.js';
import { startFakeSlackApi, startFakeTeamsConnector, type FakeServer } from './fake-chat-servers.js';
import { FakeClock } from './fake-clock.js';
import { postedMonths, startInstance, type Instance } from './scheduler-harness.js';

/** Waits (in real time, briefly) for something another component does asynchronously. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 10));
  if (!condition()) throw new Error('condition not reached within 2 s');
}

describe('summary scheduler', () => {
  let tmp: ReturnType<typeof tempDir>;
  let slack: FakeServer;
  let teams: FakeServer;
  const running: Instance[] = [];
  const start = async (name: string, clock: FakeClock, extra: Partial<Parameters<typeof startInstance>[0]> = {}) => {
    const instance = await startInstance({ name, dbPath: tmp.file(), clock, slack, teams, ...extra });
    running.push(instance);
    return instance;
  };

  beforeEach(async () => {
    tmp = tempDir();
    slack = await startFakeSlackApi();
    teams = await startFakeTeamsConnector();
  });
  afterEach(async () => {
    running.splice(0).forEach((i) => i.stop());
    await slack.close();
    await teams.close();
    tmp.cleanup();
  });

  it('posts each month once per destination at 09:00 London on the first working day, through month ends', async () => {
    const clock = new FakeClock('2026-07-15T12:00:00Z');
    const a = await start('a', clock);
    // Start-up caught up June's summary (due Wed 1 July); nothing more until August.
    expect(postedMonths(slack, teams)).toEqual({ slack: ['2026-06'], teams: ['2026-06'] });
    expect(a.scheduler.nextWakeUp()?.toISOString()).toBe('2026-08-03T08:00:00.000Z'); // Sat 1, Sun 2 Aug; 09:00 BST
    await clock.advanceTo('2026-08-03T07:59:59Z');
    expect(postedMonths(slack, teams).slack).toEqual(['2026-06']);
    await clock.advanceTo('2026-08-03T08:00:00Z');
    expect(postedMonths(slack, teams)).toEqual({ slack: ['2026-06', '2026-07'], teams: ['2026-06', '2026-07'] });
    // September: Tue 1st. November: Sun 1st -> Mon 2nd, 09:00 GMT after the clocks went back.
    await clock.advanceTo('2026-11-30T12:00:00Z');
    expect(postedMonths(slack, teams)).toEqual({ slack: ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10'], teams: ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10'] });
    const posted = a.events.filter((e) => e.type === 'posted');
    expect(posted).toHaveLength(10);
    expect(listSummaryPosts(a.store, '2026-10').map((p) => [p.destination, p.status, p.postedAt])).toEqual([
      ['slack:C0INFRA01', 'posted', '2026-11-02T09:00:00.000Z'],
      ['teams:19:imt-team@thread.tacv2', 'posted', '2026-11-02T09:00:00.000Z'],
    ]);
    // The Slack message carries the Block Kit answer; the Teams activity an Adaptive Card.
    expect(slack.calls[0]?.body).toMatchObject({ channel: 'C0INFRA01', text: expect.stringContaining('Estate summary for 2026-06') });
    expect(JSON.stringify(teams.calls[0]?.body)).toContain('application/vnd.microsoft.card.adaptive');
    // The first working day of January 2027 is Monday the 4th (New Year's Day, then a weekend).
    expect(a.scheduler.nextWakeUp()?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  it('does not post again after a restart, and a restart in the middle of a post hands it over once the lease runs out', async () => {
    const clock = new FakeClock('2026-10-01T08:00:00Z');
    const first = await start('first', clock);
    expect(postedMonths(slack, teams)).toEqual({ slack: ['2026-09'], teams: ['2026-09'] });
    first.stop();
    await clock.advanceTo('2026-10-20T10:00:00Z');
    await start('second', clock);
    expect(postedMonths(slack, teams)).toEqual({ slack: ['2026-09'], teams: ['2026-09'] });

    // November: the process dies while its Teams post is in flight (claimed, never settled).
    await clock.advanceTo('2026-11-02T08:59:00Z');
    running.splice(0).forEach((i) => i.stop());
    const third = await start('third', clock);
    teams.hold();
    void clock.advanceTo('2026-11-02T09:00:00Z');
    await until(() => teams.heldCount() === 1);
    third.stop();
    running.splice(running.indexOf(third), 1);
    await teams.close();
    teams = await startFakeTeamsConnector();

    // The replacement starts 5 minutes later: the dead claim is still leased, so it waits...
    await clock.advanceTo('2026-11-02T09:05:00Z');
    const fourth = await start('fourth', clock);
    expect(postedMonths(slack, teams)).toEqual({ slack: ['2026-09', '2026-10'], teams: [] });
    // ...and takes it over when the 15-minute lease has run out.
    await clock.advanceTo('2026-11-02T09:15:00Z');
    expect(postedMonths(slack, teams)).toEqual({ slack: ['2026-09', '2026-10'], teams: ['2026-10'] });
    expect(listSummaryPosts(fourth.store, '2026-10').find((p) => p.destination.startsWith('teams'))).toMatchObject({ status: 'posted', attempts: 2, claimedBy: 'fourth' });
  });

  it('catches up a month missed while it was down, at start-up', async () => {
    const clock = new FakeClock('2026-09-25T12:00:00Z');
    const a = await start('a', clock);
    expect(postedMonths(slack, teams).slack).toEqual(['2026-08']);
    a.stop();
    running.splice(0);
    // Down from 25 September to 6 October: September's summary (due Thu 1 Oct, 09:00 BST) was missed.
    await clock.advanceTo('2026-10-06T14:30:00Z');
    const b = await start('b', clock);
    expect(postedMonths(slack, teams)).toEqual({ slack: ['2026-08', '2026-09'], teams: ['2026-08', '2026-09'] });
    expect(b.events.filter((e) => e.type === 'posted').map((e) => 'month' in e && e.month)).toEqual(['2026-09', '2026-09']);
  });

  it('posts exactly once when two instances share the store and wake at the same moment', async () => {
    const clock = new FakeClock('2026-08-20T12:00:00Z');
    const [a, b] = await Promise.all([start('a', clock), start('b', clock)]);
    await clock.advanceTo('2026-12-01T12:00:00Z');
    expect(postedMonths(slack, teams)).toEqual({
      slack: ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11'],
      teams: ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11'],
    });
    const postsBy = (i: Instance) => i.events.filter((e) => e.type === 'posted').length;
    expect(postsBy(a!) + postsBy(b!)).toBe(10);
  });

  it('retries a failed post with backoff, reports each failure, and gives up after the last attempt', async () => {
    const clock = new FakeClock('2026-10-01T08:00:00Z');
    slack.failNext(2, 500);
    const a = await start('a', clock, { schedule: { destinations: ['slack:C0INFRA01'], retry: { maxAttempts: 3, firstDelayMinutes: 1, factor: 4, maxDelayMinutes: 60 } } });
    expect(postedMonths(slack, teams).slack).toEqual([]);
    await clock.advanceTo('2026-10-01T08:00:59Z');
    expect(postedMonths(slack, teams).slack).toEqual([]);
    await clock.advanceTo('2026-10-01T08:01:00Z');
    expect(postedMonths(slack, teams).slack).toEqual([]);
    await clock.advanceTo('2026-10-01T08:05:00Z');
    expect(postedMonths(slack, teams).slack).toEqual(['2026-09']);
    expect(a.events.filter((e) => e.type === 'post-failed' || e.type === 'posted').map((e) => [e.type, 'attempt' in e ? e.attempt : 0, 'retryAt' in e ? e.retryAt : undefined])).toEqual([
      ['post-failed', 1, '2026-10-01T08:01:00.000Z'],
      ['post-failed', 2, '2026-10-01T08:05:00.000Z'],
      ['posted', 3, undefined],
    ]);

    slack.failNext(10, 503);
    await clock.advanceTo('2026-11-02T12:00:00Z');
    const failures = a.events.filter((e) => e.type === 'post-failed' && e.month === '2026-10');
    expect(failures.map((e) => ('retryAt' in e ? e.retryAt : undefined))).toEqual(['2026-11-02T09:01:00.000Z', '2026-11-02T09:05:00.000Z', undefined]);
    expect(listSummaryPosts(a.store, '2026-10')).toMatchObject([{ status: 'abandoned', attempts: 3 }]);
    expect(postedMonths(slack, teams).slack).toEqual(['2026-09']);
  });

  it('treats a month whose summary cannot be built yet as a failed attempt, retried later', async () => {
    const clock = new FakeClock('2026-11-02T09:00:00Z');
    let imported = false;
    const a = await start('a', clock, {
      schedule: { destinations: ['slack:C0INFRA01'] },
      buildAnswer: (month) => (imported ? Promise.resolve({ kind: 'summary', headline: `Estate summary for ${month}`, figures: [], tables: [], notes: [], actions: [] }) : Promise.reject(new Error(`no estate snapshot for ${month} yet`))),
    });
    expect(a.events.find((e) => e.type === 'post-failed')).toMatchObject({ month: '2026-10', error: 'no estate snapshot for 2026-10 yet', retryAt: '2026-11-02T09:01:00.000Z' });
    imported = true;
    await clock.advanceTo('2026-11-02T09:01:00Z');
    expect(postedMonths(slack, teams).slack).toEqual(['2026-10']);
  });

  it('refuses at start-up a schedule that can never run on a working day', async () => {
    const clock = new FakeClock('2026-11-10T12:00:00Z');
    const a = await start('a', clock, { start: false, schedule: { cron: '0 9 * * 0' } });
    await expect(a.scheduler.start()).rejects.toThrow(/has no run in 2026-11 on a working day/);
    expect(slack.calls).toEqual([]);
  });
});
