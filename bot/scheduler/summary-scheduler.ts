import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { addMonths } from '../../engine/summary/add-months.js';
import type { Answer } from '../answer/answer.js';
import { listSummaryPosts } from '../../store/ledger/list-summary-posts.js';
import type { HistoryStore } from '../../store/open-store.js';
import type { BankHolidays } from './bank-holidays.js';
import type { Clock } from './clock.js';
import type { PostPort } from './post-port.js';
import { postSummaryOnce } from './post-summary-once.js';
import { summaryDueTime } from './summary-due-time.js';
import type { SummarySchedule } from './summary-schedule.js';

export type SchedulerEvent =
  | { type: 'posted'; month: string; destination: string; attempt: number; messageRef?: string }
  /** `retryAt` absent: attempts used up, the ledger row is abandoned and someone must look. */
  | { type: 'post-failed'; month: string; destination: string; attempt: number; error: string; retryAt?: string }
  | { type: 'holidays-unknown'; year: number }
  | { type: 'next-run'; at: string }
  | { type: 'tick-failed'; error: string };

export interface SummarySchedulerDeps {
  store: HistoryStore;
  clock: Clock;
  schedule: SummarySchedule;
  holidays: BankHolidays;
  /** Builds the chat answer for a month's summary (throws when there is no snapshot yet: retried). */
  buildAnswer: (month: string) => Promise<Answer>;
  post: PostPort;
  report?: (event: SchedulerEvent) => void;
  /** Names this process in the ledger; default host:pid:random. */
  instance?: string;
}

export interface SummaryScheduler {
  /**
   * Checks the schedule can run in each of the next 12 months (throws if not), catches up a
   * missed month at once, then keeps itself armed for the next due time or retry.
   */
  start(): Promise<void>;
  stop(): void;
  /** When the scheduler will next wake up (undefined when stopped). */
  nextWakeUp(): Date | undefined;
}

/**
 * The monthly summary scheduler. Every wake-up works out which month's summary is due (the
 * latest due time not in the future), then for each destination claims the ledger row BEFORE
 * posting — so restarts, catch-ups and a second instance on the same store never post twice —
 * posts through the injected port, and records success or a retry time with backoff.
 *
 * @example
 * const scheduler = createSummaryScheduler({ store, clock: systemClock, schedule, holidays, buildAnswer, post });
 * await scheduler.start();
 */
export function createSummaryScheduler(deps: SummarySchedulerDeps): SummaryScheduler {
  const instance = deps.instance ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const report = deps.report ?? (() => undefined);
  const { schedule, clock } = deps;
  const warnedYears = new Set<number>();
  let cancel: (() => void) | undefined;
  let wakeUp: Date | undefined;
  let stopped = true;
  let running: Promise<void> | undefined;

  const localMonth = (d: Date) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: schedule.timezone, year: 'numeric', month: '2-digit' }).format(d).slice(0, 7);

  const dueAt = (postingMonth: string) => {
    const due = summaryDueTime(postingMonth, schedule, deps.holidays);
    const year = Number(postingMonth.slice(0, 4));
    if (!due.holidaysKnown && !warnedYears.has(year)) {
      warnedYears.add(year);
      report({ type: 'holidays-unknown', year });
    }
    return due.at;
  };

  /** The posting month whose due time is the latest one at or before `now`. */
  const latestDuePostingMonth = (now: Date) => {
    const thisMonth = localMonth(now);
    return dueAt(thisMonth) <= now ? thisMonth : addMonths(thisMonth, -1);
  };

  async function postTo(month: string, destination: SummarySchedule['destinations'][number], answer: () => Promise<Answer>) {
    const result = await postSummaryOnce({ store: deps.store, clock, month, destination, answer, post: deps.post, instance, schedule });
    if (result.outcome === 'posted') {
      report({ type: 'posted', month, destination: destination.key, attempt: result.attempt, ...(result.messageRef ? { messageRef: result.messageRef } : {}) });
    } else if (result.outcome === 'failed') {
      report({ type: 'post-failed', month, destination: destination.key, attempt: result.attempt, error: result.error, ...(result.retryAt ? { retryAt: result.retryAt.toISOString() } : {}) });
    }
  }

  /** Next moment worth waking for: the next due time, a retry coming up, or another instance's lease running out. */
  const nextWake = (postingMonth: string, month: string, now: Date) => {
    const candidates = [dueAt(addMonths(postingMonth, 1))];
    const mine = new Set(schedule.destinations.map((d) => d.key));
    for (const post of listSummaryPosts(deps.store, month)) {
      if (!mine.has(post.destination)) continue;
      if (post.status === 'failed' && post.nextAttemptAt) candidates.push(new Date(post.nextAttemptAt));
      if (post.status === 'claimed') candidates.push(new Date(post.leaseUntil));
    }
    const future = candidates.filter((c) => c > now);
    return new Date(Math.min(...(future.length > 0 ? future : [now.getTime() + 60_000]).map((d) => d.valueOf())));
  };

  async function tick(): Promise<void> {
    const now = clock.now();
    const postingMonth = latestDuePostingMonth(now);
    const month = addMonths(postingMonth, -1);
    let built: Promise<Answer> | undefined;
    const answer = () => (built ??= deps.buildAnswer(month));
    for (const destination of schedule.destinations) {
      if (stopped) return;
      await postTo(month, destination, answer);
    }
    if (!stopped) arm(nextWake(postingMonth, month, clock.now()));
  }

  function arm(at: Date): void {
    cancel?.();
    wakeUp = at;
    report({ type: 'next-run', at: at.toISOString() });
    cancel = clock.at(at, runTick);
  }

  function runTick(): Promise<void> {
    running ??= tick()
      .catch((error: unknown) => {
        report({ type: 'tick-failed', error: error instanceof Error ? error.message : String(error) });
        if (!stopped) arm(new Date(clock.now().getTime() + 5 * 60_000));
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  return {
    async start() {
      // A schedule that can never run (a cron with no working-day time) is a settings error: say so now, not every 5 minutes.
      const thisMonth = localMonth(clock.now());
      for (let i = 0; i <= 12; i += 1) dueAt(addMonths(thisMonth, i));
      stopped = false;
      await runTick();
    },
    stop() {
      stopped = true;
      cancel?.();
      cancel = undefined;
      wakeUp = undefined;
    },
    nextWakeUp: () => wakeUp,
  };
}
