import type { Clock } from '../../../bot/scheduler/clock.js';

/**
 * A clock the test moves by hand. Timers due at the same instant run together (as two
 * processes woken by the same cron would), and each batch is awaited before time moves on.
 */
export class FakeClock implements Clock {
  private current: number;
  private timers: { at: number; task: () => Promise<void>; id: number }[] = [];
  private nextId = 0;

  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  at(when: Date, task: () => Promise<void>): () => void {
    const id = this.nextId++;
    this.timers.push({ at: when.getTime(), task, id });
    return () => {
      this.timers = this.timers.filter((t) => t.id !== id);
    };
  }

  /** Moves time forward to `target`, running every timer that falls due on the way, in order. */
  async advanceTo(target: Date | string): Promise<void> {
    const end = new Date(target).getTime();
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end);
      if (due.length === 0) break;
      const first = Math.min(...due.map((t) => t.at));
      const batch = due.filter((t) => t.at === first);
      this.timers = this.timers.filter((t) => !batch.includes(t));
      this.current = Math.max(this.current, first);
      await Promise.all(batch.map((t) => t.task()));
    }
    this.current = Math.max(this.current, end);
  }

  pendingTimers(): Date[] {
    return this.timers.map((t) => new Date(t.at)).sort((a, b) => a.getTime() - b.getTime());
  }
}
