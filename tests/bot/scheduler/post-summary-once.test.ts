import { afterEach, describe, expect, it } from 'vitest';
import { postSummaryOnce, type PostOnceResult } from '../../../bot/scheduler/post-summary-once.js';
import type { PostPort } from '../../../bot/scheduler/post-port.js';
import { destinationSchema, summaryScheduleSchema } from '../../../bot/scheduler/summary-schedule.js';
import { listSummaryPosts } from '../../../store/ledger/list-summary-posts.js';
import { tempStores } from '../../store/temp-store.js';
import { FakeClock } from './fake-clock.js';
import { testAnswer } from './scheduler-harness.js';

const start = new Date('2026-11-02T09:00:00Z');
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
const schedule = summaryScheduleSchema.parse({});
const destination = destinationSchema.parse('slack:C0INFRA01');

/** Lets promise chains started by timers run to their next wait on the fake clock. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((r) => setImmediate(r));
}

/**
 * A Slack Web API client that answers 500 until `recoversAt` and retries on its own every
 * minute, as a client with long retry settings does: one call can last half an hour. It checks
 * the abort signal before each request, as slackPostPort does; every accepted post is recorded.
 */
function flakySlack(clock: FakeClock, recoversAt: Date | undefined): { port: PostPort; posts: string[]; requests: number } {
  const state = { posts: [] as string[], requests: 0 };
  const port: PostPort = (_destination, answer, signal) =>
    new Promise((resolve, reject) => {
      const attempt = (): void => {
        if (signal?.aborted) return reject(new Error('stopped'));
        state.requests += 1;
        if (recoversAt && clock.now() >= recoversAt) {
          state.posts.push(answer.headline);
          return resolve({ messageRef: `ts-${state.posts.length}` });
        }
        clock.at(new Date(clock.now().getTime() + 60_000), () => Promise.resolve(attempt()));
      };
      attempt();
    });
  return { port, get posts() { return state.posts; }, get requests() { return state.requests; } };
}

describe('postSummaryOnce while Slack keeps failing (issue 19)', () => {
  const stores = tempStores();
  afterEach(() => stores.cleanup());

  /** Two pollers on one store, each trying every minute (as two bot instances after a restart storm would). */
  async function runPollers(clock: FakeClock, port: PostPort, until: number): Promise<PostOnceResult[]> {
    const results: PostOnceResult[] = [];
    const pollers = ['a', 'b'].map((name) => ({ name, store: stores.open(), busy: false }));
    for (let minute = 0; minute <= until; minute += 1) {
      await clock.advanceTo(minutes(minute));
      for (const poller of pollers) {
        if (poller.busy) continue;
        poller.busy = true;
        void postSummaryOnce({ store: poller.store, clock, month: '2026-10', destination, answer: () => Promise.resolve(testAnswer('2026-10')), post: port, instance: poller.name, schedule })
          .then((r) => results.push(r))
          .finally(() => {
            poller.busy = false;
          });
      }
      await settle();
    }
    return results;
  }

  it('posts exactly once when Slack fails for longer than the claim lasts', async () => {
    const clock = new FakeClock(start);
    const slack = flakySlack(clock, minutes(40));
    const results = await runPollers(clock, slack.port, 180);
    expect(slack.posts).toHaveLength(1);
    expect(results.filter((r) => r.outcome === 'posted')).toHaveLength(1);
    // Every failed attempt stopped at the 5-minute budget, well inside the 15-minute claim.
    const failures = results.filter((r) => r.outcome === 'failed');
    expect(failures.length).toBeGreaterThan(0);
    for (const f of failures) expect(f.outcome === 'failed' && f.error).toContain('within the 300 s posting budget');
    const [row] = listSummaryPosts(stores.open(), '2026-10');
    expect(row).toMatchObject({ status: 'posted', attempts: failures.length + 1, messageRef: 'ts-1' });
  });

  it('stops after the retry budget when Slack never recovers, and records why in the ledger', async () => {
    const clock = new FakeClock(start);
    const slack = flakySlack(clock, undefined);
    const tight = summaryScheduleSchema.parse({ retry: { maxAttempts: 3, firstDelayMinutes: 1, factor: 2, maxDelayMinutes: 10 } });
    const results: PostOnceResult[] = [];
    const store = stores.open();
    for (let minute = 0; minute <= 60; minute += 1) {
      await clock.advanceTo(minutes(minute));
      const pending = postSummaryOnce({ store, clock, month: '2026-10', destination, answer: () => Promise.resolve(testAnswer('2026-10')), post: slack.port, instance: 'cli', schedule: tight });
      await settle();
      await clock.advanceTo(minutes(minute + 5));
      results.push(await pending);
      minute += 5;
    }
    expect(slack.posts).toEqual([]);
    expect(results.filter((r) => r.outcome === 'failed')).toHaveLength(3);
    expect(results.at(-1)).toEqual({ outcome: 'skipped', reason: 'abandoned' });
    const [row] = listSummaryPosts(store, '2026-10');
    expect(row).toMatchObject({ status: 'abandoned', attempts: 3 });
    expect(row?.lastError).toContain('no confirmation from slack:C0INFRA01 within the 300 s posting budget');
    // Each attempt made its requests at minutes 0-4 and none from minute 5, when it was stopped.
    expect(slack.requests).toBe(3 * 5);
  });

  it('refuses settings whose claim would not outlast the posting budget', () => {
    expect(summaryScheduleSchema.safeParse({ leaseMinutes: 5, postBudgetSeconds: 300 }).success).toBe(false);
    expect(summaryScheduleSchema.safeParse({ leaseMinutes: 6, postBudgetSeconds: 300 }).success).toBe(true);
  });
});
