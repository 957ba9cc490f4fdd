import type { BankHolidays } from './bank-holidays.js';

/** A weekday that is not a bank holiday (date as YYYY-MM-DD). */
export function isWorkingDay(date: string, holidays: BankHolidays): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.dates.has(date);
}
