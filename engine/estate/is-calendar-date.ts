/**
 * True for a real YYYY-MM-DD date. `Date.parse` alone accepts 2026-02-30 (it rolls over to
 * March), so the parsed date must print back as the same text.
 *
 * @example isCalendarDate('2026-02-28') // true; '2026-02-30' and '2026-13-45' are false
 */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}
