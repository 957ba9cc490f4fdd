/** The NHS financial year starting in April of `year`: 2026 -> "2026/27". */
export function financialYear(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}
