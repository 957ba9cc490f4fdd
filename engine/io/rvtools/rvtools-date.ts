/**
 * A date as RVTools and Excel write it, as YYYY-MM-DD: an ISO date or datetime
 * ("2025-09-26 10:12:33"), or a UK day-first one ("26/09/2025 10:12"); undefined otherwise.
 * Day-first because these exports come from UK vCenters; an impossible day-first date is refused.
 */
export function rvtoolsDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(text.trim());
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s|$)/.exec(text.trim());
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : undefined;
}
