import { serverColumns } from '../estate/server.js';
import type { InputProblem } from '../errors.js';
import type { InputTable, InputWarning } from './input-table.js';
import type { RowToValidate } from './validate-rows.js';

const requiredColumns = ['id', 'cpu_cores', 'mem_gb'] as const;

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
      values[name] = text;
      if (name !== header) sourceColumns[name] = header;
    }
    return { file: table.file, row: r.row, values, sourceColumns };
  });
  return { rows, problems, warnings };
}
