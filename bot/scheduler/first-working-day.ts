import type { BankHolidays } from './bank-holidays.js';
import { isWorkingDay } from './is-working-day.js';

export interface FirstWorkingDay {
  /** YYYY-MM-DD */
  date: string;
  /** False when the bank-holiday list does not cover the year: only weekends were skipped. */
  holidaysKnown: boolean;
}

/**
 * The first weekday of a month (YYYY-MM) that is not a bank holiday.
 *
 * @example firstWorkingDay('2027-01', holidays) // -> { date: '2027-01-04', holidaysKnown: true } (1 Jan bank holiday, then a weekend)
 */
export function firstWorkingDay(month: string, holidays: BankHolidays): FirstWorkingDay {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  for (let day = 1; day <= 31; day += 1) {
    const iso = new Date(Date.UTC(year, monthNumber - 1, day)).toISOString().slice(0, 10);
    if (iso.startsWith(month) && isWorkingDay(iso, holidays)) return { date: iso, holidaysKnown: holidays.years.has(year) };
  }
  throw new RangeError(`no working day found in ${month}`);
}
