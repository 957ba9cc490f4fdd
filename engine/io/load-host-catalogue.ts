import { basename, extname, join } from 'node:path';
import { hostModelSchema, type HostModel } from '../hosts/host-model.js';
import { InputError, type InputProblem } from '../errors.js';
import { canonicalColumnName } from './canonical-column-name.js';
import { decodeUtf8 } from './decode-utf8.js';
import type { InputWarning } from './input-table.js';
import { parseCsvTable } from './parse-csv-table.js';
import { parseJsonDocument } from './parse-json-document.js';
import { dataDir } from './project-paths.js';
import { readInputBytes, type ReadLimits } from './read-input-bytes.js';
import { validateRows, type RowToValidate } from './validate-rows.js';

export const defaultHostsPath = (): string => join(dataDir, 'hosts.csv');

const hostColumns = Object.keys(hostModelSchema.in.shape);
const requiredHostColumns = hostColumns.filter((c) => !hostModelSchema.in.shape[c as keyof typeof hostModelSchema.in.shape].safeParse(undefined).success);

/**
 * Loads the host catalogue (data/hosts.csv by default; CSV or a JSON array of rows), with every
 * problem at once. Model names must be unique: scenarios and chat questions pick hosts by name.
 */
export async function loadHostCatalogue(path: string = defaultHostsPath(), limits: ReadLimits = {}): Promise<HostModel[]> {
  return (await loadHostCatalogueWithWarnings(path, limits)).hosts;
}

export async function loadHostCatalogueWithWarnings(
  path: string = defaultHostsPath(),
  limits: ReadLimits = {},
): Promise<{ hosts: HostModel[]; warnings: InputWarning[] }> {
  const file = basename(path);
  const text = decodeUtf8(await readInputBytes(path, limits), file);
  const extension = extname(path).toLowerCase();
  const { rows, problems, warnings } = extension === '.json' ? jsonRows(parseJsonDocument(text, file), file) : csvRows(text, file, extension);
  const { records, problems: invalid } = validateRows(rows, hostModelSchema);
  const all = [...problems, ...invalid, ...duplicateModels(rows)];
  if (all.length > 0) throw new InputError(all);
  return { hosts: records.map((r) => r.value), warnings };
}

type Mapped = { rows: RowToValidate[]; problems: InputProblem[]; warnings: InputWarning[] };

function csvRows(text: string, file: string, extension: string): Mapped {
  if (extension !== '.csv') throw new InputError([{ file, message: `expected a .csv or .json host catalogue, got "${extension || 'no extension'}"` }]);
  const table = parseCsvTable(text, file);
  const warnings: InputWarning[] = [];
  const byHeader = new Map<string, string>();
  for (const header of table.header) {
    const name = canonicalColumnName(header);
    if (hostColumns.includes(name)) byHeader.set(header, name);
    else warnings.push({ file, row: 1, column: header, message: 'unknown column, ignored' });
  }
  const present = new Set(byHeader.values());
  const problems = requiredHostColumns
    .filter((c) => !present.has(c))
    .map((c): InputProblem => ({ file, row: 1, column: c, message: `missing required column; columns found: ${table.header.join(', ')}` }));
  if (problems.length > 0) return { rows: [], problems, warnings };
  const rows = table.rows.map((r): RowToValidate => {
    const values: Record<string, unknown> = {};
    for (const [header, value] of Object.entries(r.cells)) {
      const name = byHeader.get(header);
      if (name) values[name] = value;
    }
    return { file, row: r.row, values };
  });
  return { rows, problems, warnings };
}

function jsonRows(document: unknown, file: string): Mapped {
  const list = Array.isArray(document) ? document : (document as { hosts?: unknown } | null)?.hosts;
  if (!Array.isArray(list) || list.length === 0) {
    throw new InputError([{ file, message: 'expected a JSON array of host models (or an object with a non-empty "hosts" array)' }]);
  }
  const warnings: InputWarning[] = [];
  const rows = list.map((item, i): RowToValidate => {
    const values: Record<string, unknown> = {};
    for (const [key, value] of Object.entries((item ?? {}) as Record<string, unknown>)) {
      if (hostColumns.includes(key)) values[key] = value;
      else warnings.push({ file, column: `hosts[${i}].${key}`, message: 'unknown field, ignored' });
    }
    return { file, columnPrefix: `hosts[${i}].`, values };
  });
  return { rows, problems: [], warnings };
}

function duplicateModels(rows: readonly RowToValidate[]): InputProblem[] {
  const first = new Map<string, RowToValidate>();
  const problems: InputProblem[] = [];
  for (const row of rows) {
    if (row.values.model === undefined || row.values.model === null) continue;
    const model = String(row.values.model).trim();
    const earlier = first.get(model.toLowerCase());
    if (!earlier) first.set(model.toLowerCase(), row);
    else problems.push({ file: row.file, row: row.row, column: `${row.columnPrefix ?? ''}model`, message: `duplicate host model "${model}"${earlier.row !== undefined ? ` (first on row ${earlier.row})` : ''}; expected every model name to be unique` });
  }
  return problems;
}
