import { Cron } from 'croner';
import type { BankHolidays } from './bank-holidays.js';
import { firstWorkingDay } from './first-working-day.js';
import { isWorkingDay } from './is-working-day.js';
import type { SummarySchedule } from './summary-schedule.js';

export interface DueTime {
  at: Date;
  /** False when the first working day was found without bank-holiday data for that year. */
  holidaysKnown: boolean;
}

/**
 * When the summary posted in `postingMonth` (YYYY-MM) is due: the first occurrence of the cron
 * expression in that month, in the schedule's time zone; with `firstWorkingDayOnly`, the first
 * one that falls on a working day, on or after the month's first working day.
 *
 * @example summaryDueTime('2026-11', defaults, holidays) // -> 2026-11-02T09:00:00Z (Sunday the 1st skipped; GMT)
 */
export function summaryDueTime(postingMonth: string, schedule: Pick<SummarySchedule, 'cron' | 'timezone' | 'firstWorkingDayOnly'>, holidays: BankHolidays): DueTime {
  const localDate = new Intl.DateTimeFormat('en-CA', { timeZone: schedule.timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const [year, month] = postingMonth.split('-').map(Number) as [number, number];
  // Local midnight starting the month: the next "1st at 00:00" after a moment safely inside the previous month.
  const monthStart = new Cron('0 0 0 1 * *', { timezone: schedule.timezone, paused: true }).nextRun(new Date(Date.UTC(year, month - 1, 1) - 36 * 3600_000));
  const fwd = schedule.firstWorkingDayOnly ? firstWorkingDay(postingMonth, holidays) : undefined;
  const job = new Cron(schedule.cron, { timezone: schedule.timezone, paused: true });
  let t = monthStart ? job.nextRun(new Date(monthStart.getTime() - 1)) : null;
  while (t) {
    const day = localDate.format(t);
    if (!day.startsWith(postingMonth)) break;
    if (!fwd || (day >= fwd.date && isWorkingDay(day, holidays))) return { at: t, holidaysKnown: fwd?.holidaysKnown ?? true };
    t = job.nextRun(t);
  }
  throw new RangeError(
    `the schedule "${schedule.cron}" (${schedule.timezone}) has no run in ${postingMonth}${fwd ? ` on a working day from its first working day ${fwd.date}` : ''}; choose a cron expression that runs on working days`,
  );
}
