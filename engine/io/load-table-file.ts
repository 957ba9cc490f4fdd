import { basename, extname } from 'node:path';
import type { z } from 'zod';
import { InputError } from '../errors.js';
import { decodeUtf8 } from './decode-utf8.js';
import type { InputWarning } from './input-table.js';
import { jsonRecords } from './json-records.js';
import { parseCsvTable } from './parse-csv-table.js';
import { parseJsonDocument } from './parse-json-document.js';
import { readInputBytes, type ReadLimits } from './read-input-bytes.js';
import { schemaTableRows } from './schema-table-rows.js';
import { validateRows } from './validate-rows.js';

export interface TableFileFormat<S extends z.ZodType> {
  schema: S;
  /** Columns in file order (CSV header names, JSON keys). */
  columns: readonly string[];
  required: readonly string[];
  /** What the file lists, for the JSON form (`{ "hosts": [...] }`) and messages. */
  jsonKey: string;
}

/**
 * Loads a small side file of records (hosts in use, licences, a service map) from CSV or JSON
 * (an array, or an object with a `jsonKey` array), validating every row with the format's schema
 * and reporting every problem at once as an InputError naming file, row and column.
 *
 * @example const { records } = await loadTableFile('hosts-in-use.csv', { schema: hostInUseSchema, columns: hostInUseColumns, required: ['id'], jsonKey: 'hosts' });
 */
export async function loadTableFile<S extends z.ZodType>(
  path: string,
  format: TableFileFormat<S>,
  limits: ReadLimits = {},
): Promise<{ records: z.output<S>[]; warnings: InputWarning[] }> {
  const file = basename(path);
  const extension = extname(path).toLowerCase();
  const bytes = await readInputBytes(path, limits);
  let mapped;
  if (extension === '.csv') {
    mapped = schemaTableRows(parseCsvTable(decodeUtf8(bytes, file), file), format.columns, format.required);
  } else if (extension === '.json') {
    const document = parseJsonDocument(decodeUtf8(bytes, file), file);
    const list = Array.isArray(document) ? document : (document as Record<string, unknown> | null)?.[format.jsonKey];
    if (!Array.isArray(list)) throw new InputError([{ file, message: `expected a JSON array of ${format.jsonKey}, or an object with a "${format.jsonKey}" array` }]);
    mapped = jsonRecords(list, format.jsonKey, format.columns, file);
  } else {
    throw new InputError([{ file, message: `expected a .csv or .json file of ${format.jsonKey}, got "${extension || 'no extension'}"` }]);
  }
  const { records, problems } = validateRows(mapped.rows, format.schema);
  const all = [...mapped.problems, ...problems];
  if (all.length > 0) throw new InputError(all);
  return { records: records.map((r) => r.value), warnings: mapped.warnings };
}
