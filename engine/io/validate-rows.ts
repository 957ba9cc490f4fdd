import type { z } from 'zod';
import type { InputProblem } from '../errors.js';

/** One row ready for a schema: values by schema key, and where each came from in the file. */
export interface RowToValidate {
  file: string;
  /** Spreadsheet row; absent for JSON, where `columnPrefix` locates the record instead. */
  row?: number;
  /** Prefix for the column in messages, e.g. `servers[3].` for a JSON record. */
  columnPrefix?: string;
  values: Record<string, unknown>;
  /** The file's column name for a schema key, when it differs (RVTools "CPUs" for cpu_cores). */
  sourceColumns?: Record<string, string>;
  /** Keys whose cell a mapper already reported (e.g. RVTools Memory not a number): not reported twice. */
  reported?: ReadonlySet<string>;
}

/**
 * Runs every row through a zod schema and collects every problem, each naming file, row,
 * column, what was expected and what the cell held, e.g.
 * `estate.csv row 17, cpu_util_p95: expected a number from 0 to 100, got "140"`.
 */
export function validateRows<S extends z.ZodType>(
  rows: readonly RowToValidate[],
  schema: S,
): { records: { row: RowToValidate; value: z.output<S> }[]; problems: InputProblem[] } {
  const records: { row: RowToValidate; value: z.output<S> }[] = [];
  const problems: InputProblem[] = [];
  for (const row of rows) {
    const result = schema.safeParse(row.values);
    if (result.success) {
      records.push({ row, value: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (row.reported?.has(key)) continue;
      const column = `${row.columnPrefix ?? ''}${row.sourceColumns?.[key] ?? key}`;
      problems.push({ file: row.file, row: row.row, column: column || undefined, message: `${issue.message}, ${describeValue(row.values[key])}` });
    }
  }
  return { records, problems };
}

/** What a cell or JSON field held, quoted and cut short so one huge value cannot flood the message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'got an empty cell';
  if (typeof value === 'string') return `got "${shorten(value)}"`;
  if (typeof value === 'number') return `got ${String(value)}`;
  return `got ${shorten(JSON.stringify(value) ?? String(value))}`;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
