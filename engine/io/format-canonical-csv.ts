import { serverColumns } from '../estate/server.js';

export type CanonicalRow = Partial<Record<(typeof serverColumns)[number], string | number | undefined>>;

/**
 * Writes estate rows as the canonical CSV (header of serverColumns, CRLF-free, RFC 4180 quoting),
 * the format `loadEstate` reads back. Missing values become empty cells, which mean "use the default".
 */
export function formatCanonicalCsv(rows: readonly CanonicalRow[]): string {
  const lines = [serverColumns.join(',')];
  for (const row of rows) lines.push(serverColumns.map((c) => quoteCell(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}

function quoteCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
