import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Estate } from '../estate/estate.js';
import { serverColumns, serverSchema } from '../estate/server.js';
import { InputError, type InputProblem } from '../errors.js';
import { canonicalColumnName, canonicalEstateRows } from './canonical-estate-rows.js';
import { decodeUtf8 } from './decode-utf8.js';
import type { InputTable, InputWarning } from './input-table.js';
import { parseCsvTable } from './parse-csv-table.js';
import { parseJsonDocument } from './parse-json-document.js';
import { dataDir } from './project-paths.js';
import { readInputBytes, type ReadLimits } from './read-input-bytes.js';
import { readWorkbook } from './read-workbook.js';
import { isRvtoolsVinfo, rvtoolsEstateRows } from './rvtools/rvtools-estate-rows.js';
import { validateRows, type RowToValidate } from './validate-rows.js';

export interface LoadEstateOptions extends ReadLimits {
  /** Date the inventory describes (YYYY-MM-DD), when the file does not say. */
  asOf?: string;
}

export interface LoadedEstate {
  estate: Estate;
  /** Things worth telling the user that did not stop the load: unknown columns, skipped VMs. */
  warnings: InputWarning[];
}

export const defaultEstatePath = (): string => join(dataDir, 'estate.csv');

type MappedRows = { rows: RowToValidate[]; problems: InputProblem[]; warnings: InputWarning[]; asOf?: string };

/**
 * Loads an estate from the canonical CSV, an RVTools export (.xlsx with vInfo/vHost sheets, or
 * the vInfo tab saved as .csv) or JSON, reporting every problem at once as an InputError.
 * With no path, loads the bundled sample trust (data/estate.csv).
 */
export async function loadEstateWithWarnings(path: string = defaultEstatePath(), options: LoadEstateOptions = {}): Promise<LoadedEstate> {
  const file = basename(path);
  const extension = extname(path).toLowerCase();
  const bytes = await readInputBytes(path, options);
  const mapped = await mapFile(path, file, extension, bytes, options);
  const { records, problems } = validateRows(mapped.rows, serverSchema);
  const allProblems = [...mapped.problems, ...problems, ...duplicateIds(mapped.rows)];
  if (allProblems.length > 0) throw new InputError(allProblems);
  const asOf = mapped.asOf ?? options.asOf;
  return {
    estate: { servers: records.map((r) => r.value), source: file, ...(asOf ? { asOf } : {}) },
    warnings: mapped.warnings,
  };
}

async function mapFile(path: string, file: string, extension: string, bytes: Buffer, limits: ReadLimits): Promise<MappedRows> {
  switch (extension) {
    case '.csv': {
      const table = parseCsvTable(decodeUtf8(bytes, file), file);
      return isRvtoolsVinfo(table) ? rvtoolsEstateRows(table, await siblingVhost(path, limits)) : checked(canonicalEstateRows(table));
    }
    case '.xlsx':
      return mapWorkbook(bytes, file);
    case '.json':
      return mapJson(parseJsonDocument(decodeUtf8(bytes, file), file), file);
    default:
      throw new InputError([{ file, message: `expected a .csv, .xlsx or .json estate file, got "${extension || 'no extension'}"` }]);
  }
}

/** Missing required columns make every row wrong; report the columns alone. */
function checked(mapped: MappedRows): MappedRows {
  return mapped.problems.length > 0 ? { ...mapped, rows: [] } : mapped;
}

/** RVTools saves each tab as its own CSV (…tabvInfo.csv, …tabvHost.csv); use the vHost one if present. */
async function siblingVhost(path: string, limits: ReadLimits): Promise<InputTable | undefined> {
  const name = basename(path);
  if (!/vinfo/i.test(name)) return undefined;
  const hostPath = join(dirname(path), name.replace(/vinfo/i, (m) => (m === 'vInfo' ? 'vHost' : m.replace(/info/i, 'Host'))));
  if (!existsSync(hostPath)) return undefined;
  const hostFile = basename(hostPath);
  return parseCsvTable(decodeUtf8(await readInputBytes(hostPath, limits), hostFile), hostFile);
}

async function mapWorkbook(bytes: Buffer, file: string): Promise<MappedRows> {
  const workbook = await readWorkbook(bytes, file);
  const vInfo = workbook.sheet('vInfo');
  if (vInfo) return rvtoolsEstateRows(vInfo, workbook.sheet('vHost'), workbook.sheet('vNetwork'));
  for (const name of workbook.sheetNames) {
    const columns = new Set(workbook.header(name).map(canonicalColumnName));
    const table = columns.has('id') && columns.has('cpu_cores') ? workbook.sheet(name) : undefined;
    if (table) return checked(canonicalEstateRows(table));
  }
  throw new InputError([{
    file,
    message: `expected an RVTools export with a vInfo sheet (and vHost), or a sheet with the estate columns id, cpu_cores, mem_gb; found sheets: ${workbook.sheetNames.join(', ') || 'none'}`,
  }]);
}

function mapJson(document: unknown, file: string): MappedRows {
  const wrapper = Array.isArray(document) ? { servers: document } : document;
  if (wrapper === null || typeof wrapper !== 'object' || !Array.isArray((wrapper as { servers?: unknown }).servers)) {
    throw new InputError([{ file, message: 'expected a JSON array of servers, or an object with a "servers" array (and optional "asOf")' }]);
  }
  const { servers, asOf } = wrapper as { servers: unknown[]; asOf?: unknown };
  if (servers.length === 0) throw new InputError([{ file, column: 'servers', message: 'expected at least one server, got an empty list' }]);
  const known = new Set<string>(serverColumns);
  const warnings: InputWarning[] = [];
  const problems: InputProblem[] = [];
  const rows = servers.map((server, i): RowToValidate => {
    if (server === null || typeof server !== 'object' || Array.isArray(server)) {
      problems.push({ file, column: `servers[${i}]`, message: `expected an object with the estate columns, got ${JSON.stringify(server)}` });
      return { file, columnPrefix: `servers[${i}].`, values: {} };
    }
    const values: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(server)) {
      if (!known.has(key)) warnings.push({ file, column: `servers[${i}].${key}`, message: 'unknown field, ignored' });
      else if (value !== null && value !== '') values[key] = value;
    }
    return { file, columnPrefix: `servers[${i}].`, values };
  });
  const date = typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : undefined;
  if (asOf !== undefined && date === undefined) problems.push({ file, column: 'asOf', message: `expected a date as YYYY-MM-DD, got ${JSON.stringify(asOf)}` });
  return { rows: problems.length > 0 ? [] : rows, problems, warnings, ...(date ? { asOf: date } : {}) };
}

/** Checked on the raw cells, so a duplicate is reported even when either row has other problems. */
function duplicateIds(rows: readonly RowToValidate[]): InputProblem[] {
  const first = new Map<string, RowToValidate>();
  const problems: InputProblem[] = [];
  for (const row of rows) {
    if (row.values.id === undefined || row.values.id === null) continue;
    const id = String(row.values.id).trim();
    const earlier = first.get(id.toLowerCase());
    if (!earlier) {
      first.set(id.toLowerCase(), row);
      continue;
    }
    const where = earlier.row !== undefined ? `row ${earlier.row}` : `${earlier.columnPrefix ?? ''}id`.replace(/\.id$/, '');
    problems.push({
      file: row.file,
      row: row.row,
      column: `${row.columnPrefix ?? ''}${row.sourceColumns?.id ?? 'id'}`,
      message: `duplicate server id "${id}" (first used on ${where}); expected every id to be unique`,
    });
  }
  return problems;
}
