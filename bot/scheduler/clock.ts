import { Cron } from 'croner';

/**
 * Time as the scheduler sees it. Production uses {@link systemClock}; tests inject a fake that
 * jumps through months and runs timers in order, awaiting each one.
 */
export interface Clock {
  now(): Date;
  /** Runs `task` at `when` (at once if it is past); returns a cancel function. */
  at(when: Date, task: () => Promise<void>): () => void;
}

/** The real clock: croner one-shot jobs, which also handle waits longer than setTimeout's 24.8 days. */
export const systemClock: Clock = {
  now: () => new Date(),
  at(when, task) {
    if (when.getTime() <= Date.now()) {
      const timer = setTimeout(() => void task(), 0);
      return () => clearTimeout(timer);
    }
    const job = new Cron(when, { maxRuns: 1 }, () => void task());
    return () => job.stop();
  },
};
