import type { InputProblem } from '../errors.js';
import type { InputWarning } from './input-table.js';
import { describeValue, type RowToValidate } from './validate-rows.js';

/**
 * Rows for a schema from a JSON array of objects (`servers`, `hosts`, `licences`, `rules`),
 * each located as `key[i].field` in messages. Unknown fields are warnings; null and "" are blank.
 */
export function jsonRecords(
  records: readonly unknown[],
  key: string,
  columns: readonly string[],
  file: string,
): { rows: RowToValidate[]; problems: InputProblem[]; warnings: InputWarning[] } {
  const known = new Set(columns);
  const warnings: InputWarning[] = [];
  const problems: InputProblem[] = [];
  // A non-object entry is reported and skipped, so the other entries' problems still show.
  const rows = records.flatMap((record, i): RowToValidate[] => {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      problems.push({ file, column: `${key}[${i}]`, message: `expected an object with the ${key} columns, ${describeValue(record)}` });
      return [];
    }
    const values: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(record)) {
      if (!known.has(field)) warnings.push({ file, column: `${key}[${i}].${field}`, message: 'unknown field, ignored' });
      else if (value !== null && value !== '') values[field] = value;
    }
    return [{ file, columnPrefix: `${key}[${i}].`, values }];
  });
  return { rows, problems, warnings };
}
