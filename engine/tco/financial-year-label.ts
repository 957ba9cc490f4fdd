/**
 * The NHS financial year (1 April to 31 March) starting in April of `startYear`, written the
 * way trust boards write it.
 *
 * @example financialYearLabel(2026) // "2026/27"
 */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}
