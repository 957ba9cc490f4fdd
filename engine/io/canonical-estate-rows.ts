import { serverColumns } from '../estate/server.js';
import type { InputProblem } from '../errors.js';
import type { InputTable, InputWarning } from './input-table.js';
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

/** "CPU Cores", "cpu-cores" and "cpu_cores" all name the same canonical column. */
export function canonicalColumnName(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * Maps a table in the canonical estate columns to rows for the server schema. Unknown columns
 * are warnings (a spreadsheet often carries notes columns); missing required columns are problems.
 */
export function canonicalEstateRows(table: InputTable): { rows: RowToValidate[]; problems: InputProblem[]; warnings: InputWarning[] } {
  const known = new Set<string>(serverColumns);
  const byHeader = new Map<string, string>();
  const warnings: InputWarning[] = [];
  for (const header of table.header) {
    const name = canonicalColumnName(header);
    if (known.has(name)) byHeader.set(header, name);
    else warnings.push({ file: table.file, row: 1, column: header, message: 'unknown column, ignored (see docs/data-formats.md for the columns unsprawl reads)' });
  }
  const present = new Set(byHeader.values());
  const problems: InputProblem[] = requiredColumns
    .filter((c) => !present.has(c))
    .map((c) => ({ file: table.file, row: 1, column: c, message: `missing required column; columns found: ${table.header.join(', ')}` }));

  const rows = table.rows.map((r): RowToValidate => {
    const values: Record<string, unknown> = {};
    const sourceColumns: Record<string, string> = {};
    for (const [header, text] of Object.entries(r.cells)) {
      const name = byHeader.get(header);
      if (name === undefined) continue;
      values[name] = normaliseExcelCell(name, text);
      if (name !== header) sourceColumns[name] = header;
    }
    return { file: table.file, row: r.row, values, sourceColumns };
  });
  return { rows, problems, warnings };
}
