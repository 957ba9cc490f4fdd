import { basename, join } from 'node:path';
import { InputError, type InputProblem } from '../errors.js';
import { corePerformanceRowSchema, type CorePerformanceTable } from '../sizing/core-performance-table.js';
import { decodeUtf8 } from './decode-utf8.js';
import { parseCsvTable } from './parse-csv-table.js';
import { dataDir } from './project-paths.js';
import { readInputBytes } from './read-input-bytes.js';
import { validateRows, type RowToValidate } from './validate-rows.js';

export const defaultCorePerformancePath = (): string => join(dataDir, 'core-performance.csv');

/**
 * Loads the per-core performance by purchase year (data/core-performance.csv by default), which
 * sizing uses for servers without a core_perf. Years must be unique; rows come back in year order.
 */
export async function loadCorePerformance(path: string = defaultCorePerformancePath()): Promise<CorePerformanceTable> {
  const file = basename(path);
  const table = parseCsvTable(decodeUtf8(await readInputBytes(path), file), file);
  const rows = table.rows.map((r): RowToValidate => ({ file, row: r.row, values: { ...r.cells } }));
  const { records, problems } = validateRows(rows, corePerformanceRowSchema);
  const seen = new Map<number, number | undefined>();
  for (const { row, value } of records) {
    const earlier = seen.get(value.year);
    if (seen.has(value.year)) {
      problems.push({ file, row: row.row, column: 'purchase_year', message: `duplicate year ${value.year} (first on row ${earlier}); expected one row per year` });
    }
    seen.set(value.year, row.row);
  }
  if (records.length === 0) problems.push({ file, message: 'expected at least one row of purchase_year, core_perf, source' } satisfies InputProblem);
  if (problems.length > 0) throw new InputError(problems);
  return records.map((r) => r.value).sort((a, b) => a.year - b.year);
}
