/**
 * Month arithmetic on YYYY-MM strings, the unit the history and the summary work in.
 *
 * @example addMonths('2026-01', -1) // -> '2025-12'
 */
export function addMonths(month: string, delta: number): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new RangeError(`expected a month as YYYY-MM, got "${month}"`);
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) + delta;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}
