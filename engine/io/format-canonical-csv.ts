import { serverColumns } from '../estate/server.js';
import { formatCsvTable } from './format-csv-table.js';

export type CanonicalRow = Partial<Record<(typeof serverColumns)[number], string | number | undefined>>;

/**
 * Writes estate rows as the canonical CSV (header of serverColumns, CRLF-free, RFC 4180 quoting),
 * the format `loadEstate` reads back. Missing values become empty cells, which mean "use the default".
 */
export function formatCanonicalCsv(rows: readonly CanonicalRow[]): string {
  // Columns added after the original set (organisation, ...) are written only when some row uses
  // them, so existing files, and the bundled ones checked byte for byte, keep their header.
  const added = serverColumns.slice(serverColumns.indexOf('anti_affinity') + 1);
  const columns = serverColumns.filter((c) => !added.includes(c) || rows.some((r) => r[c] !== undefined));
  return formatCsvTable(columns, rows);
}
