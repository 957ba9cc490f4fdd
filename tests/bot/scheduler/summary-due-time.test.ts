import { describe, expect, it } from 'vitest';
import { loadBankHolidays } from '../../../bot/scheduler/bank-holidays.js';
import { firstWorkingDay } from '../../../bot/scheduler/first-working-day.js';
import { retryDelay } from '../../../bot/scheduler/retry-delay.js';
import { summaryDueTime } from '../../../bot/scheduler/summary-due-time.js';
import { summaryScheduleSchema } from '../../../bot/scheduler/summary-schedule.js';

const holidays = await loadBankHolidays();
const defaults = summaryScheduleSchema.parse({});

describe('when the monthly summary is due', () => {
  it.each([
    ['2026-04', '2026-04-01'], // Wednesday
    ['2026-08', '2026-08-03'], // Sat 1, Sun 2
    ['2026-11', '2026-11-02'], // Sunday 1st
    ['2027-01', '2027-01-04'], // Fri 1 New Year's Day, then the weekend
    ['2027-03', '2027-03-01'],
    ['2026-06', '2026-06-01'],
  ])('%s: first working day %s', (month, day) => {
    expect(firstWorkingDay(month, holidays)).toEqual({ date: day, holidaysKnown: true });
  });

  it('skips a bank holiday that falls on the 1st (Early May bank holiday 2028 is not bundled: weekends only, flagged)', () => {
    expect(firstWorkingDay('2028-05', holidays)).toEqual({ date: '2028-05-01', holidaysKnown: false });
    const withMay = { ...holidays, dates: new Set([...holidays.dates, '2028-05-01']), years: new Set([...holidays.years, 2028]) };
    expect(firstWorkingDay('2028-05', withMay)).toEqual({ date: '2028-05-02', holidaysKnown: true });
  });

  it('is 09:00 London time on that day, in summer time and in winter', () => {
    expect(summaryDueTime('2026-07', defaults, holidays).at.toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(summaryDueTime('2026-11', defaults, holidays).at.toISOString()).toBe('2026-11-02T09:00:00.000Z');
    expect(summaryDueTime('2027-01', defaults, holidays).at.toISOString()).toBe('2027-01-04T09:00:00.000Z');
  });

  it('follows a configured cron and time zone, with or without the working-day rule', () => {
    // New York leaves daylight saving time at 02:00 on Sunday 1 November 2026: 07:30 EST is 12:30 UTC.
    const first = summaryScheduleSchema.parse({ cron: '30 7 1 * *', timezone: 'America/New_York', firstWorkingDayOnly: false });
    expect(summaryDueTime('2026-11', first, holidays).at.toISOString()).toBe('2026-11-01T12:30:00.000Z');
    const mondays = summaryScheduleSchema.parse({ cron: '0 10 * * 1' });
    expect(summaryDueTime('2026-09', mondays, holidays).at.toISOString()).toBe('2026-09-07T09:00:00.000Z');
  });

  it('explains a schedule that can never run on a working day', () => {
    const saturdays = summaryScheduleSchema.parse({ cron: '0 9 * * 6' });
    expect(() => summaryDueTime('2026-11', saturdays, holidays)).toThrow(/has no run in 2026-11 on a working day from its first working day 2026-11-02/);
  });

  it('rejects a bad cron expression, time zone or destination with what was expected', () => {
    expect(() => summaryScheduleSchema.parse({ cron: 'every month' })).toThrow(/expected a cron expression/);
    expect(() => summaryScheduleSchema.parse({ timezone: 'London' })).toThrow(/expected an IANA time zone/);
    expect(() => summaryScheduleSchema.parse({ destinations: ['#general'] })).toThrow(/expected slack:CHANNEL_ID or teams:CONVERSATION_ID/);
    expect(summaryScheduleSchema.parse({ destinations: ['teams:19:abc@thread.tacv2'] }).destinations).toEqual([{ platform: 'teams', id: '19:abc@thread.tacv2', key: 'teams:19:abc@thread.tacv2' }]);
  });

  it('backs off 1, 4, 16 minutes ... up to the cap, then stops', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((a) => retryDelay(a, defaults.retry))).toEqual([60_000, 240_000, 960_000, 3_840_000, 15_360_000, 21_600_000, 21_600_000, undefined]);
  });
});
