/** Writes rows as CSV in the given column order (RFC 4180 quoting, LF line ends); blank = missing. */
export function formatCsvTable<Row extends Partial<Record<string, string | number | undefined>>>(columns: readonly string[], rows: readonly Row[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => quoteCell(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}

function quoteCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
