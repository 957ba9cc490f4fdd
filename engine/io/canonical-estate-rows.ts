import { serverColumns } from '../estate/server.js';
import type { InputProblem } from '../errors.js';
import type { InputTable, InputWarning } from './input-table.js';
import { schemaTableRows } from './schema-table-rows.js';
import type { RowToValidate } from './validate-rows.js';

const requiredColumns = ['id', 'cpu_cores', 'mem_gb'] as const;

const numericColumns = new Set([
  'cpu_cores', 'cpu_util_p95', 'core_perf', 'mem_gb', 'mem_util_p95', 'storage_gb',
  'power_watts', 'rack_units', 'purchase_year', 'annual_support_gbp', 'net_kbps_p95', 'disk_iops_p95',
]);

const dateColumns = new Set(['warranty_end', 'last_logon', 'last_change']);

/**
 * Undoes what Excel's number and date formats do to a cell on export: "1,200", "£1,450",
 * "12%" become plain numbers, and a UK date "31/03/2020" becomes 2020-03-31. Anything else is
 * left alone for the schema to judge (and quote back in its message).
 */
export function normaliseExcelCell(column: string, text: string): string {
  if (numericColumns.has(column)) {
    const m = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*%?$/.exec(text);
    return m ? `${(m[1] ?? '').replace(/,/g, '')}${m[2] ?? ''}` : text;
  }
  if (dateColumns.has(column)) {
    const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    return d ? `${d[3]}-${(d[2] ?? '').padStart(2, '0')}-${(d[1] ?? '').padStart(2, '0')}` : text;
  }
  return text;
}

/**
 * Maps a table in the canonical estate columns to rows for the server schema, undoing Excel's
 * number and date formats in each cell. Unknown columns are warnings (a spreadsheet often carries
 * notes columns); missing required columns are problems.
 */
export function canonicalEstateRows(table: InputTable): { rows: RowToValidate[]; problems: InputProblem[]; warnings: InputWarning[] } {
  return schemaTableRows(table, serverColumns, requiredColumns, normaliseExcelCell);
}
