import type { InputProblem } from '../errors.js';
import { canonicalColumnName } from './canonical-column-name.js';
import type { InputTable, InputWarning } from './input-table.js';
import type { RowToValidate } from './validate-rows.js';

/**
 * Maps a CSV or sheet table onto a schema's columns (hosts in use, licences, service map):
 * headers are matched like the estate's ("CPU Model" = cpu_model), unknown columns are warnings,
 * missing required columns are problems, and rows keep their spreadsheet numbers. `cell` may
 * tidy each value first (the estate undoes Excel's number and date formats).
 */
export function schemaTableRows(
  table: InputTable,
  columns: readonly string[],
  required: readonly string[],
  cell: (column: string, text: string) => string = (_column, text) => text,
): { rows: RowToValidate[]; problems: InputProblem[]; warnings: InputWarning[] } {
  const known = new Set(columns);
  const byHeader = new Map<string, string>();
  const warnings: InputWarning[] = [];
  for (const header of table.header) {
    const name = canonicalColumnName(header);
    if (known.has(name)) byHeader.set(header, name);
    else warnings.push({ file: table.file, row: 1, column: header, message: 'unknown column, ignored (see docs/data-formats.md for the columns unsprawl reads)' });
  }
  const present = new Set(byHeader.values());
  const problems: InputProblem[] = required
    .filter((c) => !present.has(c))
    .map((c) => ({ file: table.file, row: 1, column: c, message: `missing required column; columns found: ${table.header.join(', ')}` }));
  if (problems.length > 0) return { rows: [], problems, warnings };
  const rows = table.rows.map((r): RowToValidate => {
    const values: Record<string, unknown> = {};
    const sourceColumns: Record<string, string> = {};
    for (const [header, text] of Object.entries(r.cells)) {
      const name = byHeader.get(header);
      if (name === undefined) continue;
      values[name] = cell(name, text);
      if (name !== header) sourceColumns[name] = header;
    }
    return { file: table.file, row: r.row, values, sourceColumns };
  });
  return { rows, problems, warnings };
}
