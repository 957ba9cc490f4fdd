import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Estate } from '../estate/estate.js';
import { isCalendarDate } from '../estate/is-calendar-date.js';
import { hostFromServer } from '../estate/host-from-server.js';
import { hostInUseColumns, hostInUseSchema, type HostInUse } from '../estate/host-in-use.js';
import { licenceInUseColumns, licenceInUseSchema, type LicenceInUse } from '../estate/licence-in-use.js';
import { serverColumns, serverSchema } from '../estate/server.js';
import { InputError, type InputProblem } from '../errors.js';
import { isVirtualisationHost } from '../summary/is-virtualisation-host.js';
import { canonicalColumnName } from './canonical-column-name.js';
import { canonicalEstateRows } from './canonical-estate-rows.js';
import { decodeUtf8 } from './decode-utf8.js';
import type { InputTable, InputWarning } from './input-table.js';
import { jsonRecords } from './json-records.js';
import { loadTableFile } from './load-table-file.js';
import { parseCsvTable } from './parse-csv-table.js';
import { parseJsonDocument } from './parse-json-document.js';
import { dataDir } from './project-paths.js';
import { readInputBytes, type ReadLimits } from './read-input-bytes.js';
import { readWorkbook } from './read-workbook.js';
import { rvtoolsAsOf } from './rvtools/rvtools-as-of.js';
import { isRvtoolsVinfo, rvtoolsEstateRows, type VmFacts } from './rvtools/rvtools-estate-rows.js';
import { rvtoolsHostRows } from './rvtools/rvtools-host-rows.js';
import { rvtoolsLicenceRows } from './rvtools/rvtools-licence-rows.js';
import { applyServiceMap } from './service-map/apply-service-map.js';
import { serviceRuleColumns, serviceRuleSchema } from './service-map/service-rule.js';
import { describeValue, validateRows, type RowToValidate } from './validate-rows.js';

export interface LoadEstateOptions extends ReadLimits {
  /** Date the inventory describes (YYYY-MM-DD), when the file does not say. */
  asOf?: string;
  /** A hosts-in-use CSV or JSON (docs/data-formats.md): today's hosts, replacing same-named ones from the estate file. */
  hostsInUse?: string;
  /** A licences CSV or JSON: today's hypervisor licences, replacing those of the estate file. */
  licences?: string;
  /** A service map CSV or JSON: rules setting service, criticality, environment from folder, annotation, attribute or name. */
  serviceMap?: string;
  /** Today's date (YYYY-MM-DD, Europe/London): the as-of date of last resort for an undated RVTools export. */
  today?: string;
}

export interface LoadedEstate {
  estate: Estate;
  /** Things worth telling the user that did not stop the load: unknown columns, skipped VMs, what was assumed. */
  warnings: InputWarning[];
}

export const defaultEstatePath = (): string => join(dataDir, 'estate.csv');

/**
 * The bundled sample trusts, selectable wherever an estate path is taken (`--estate sample:virtual`):
 * `acute`, today's default, a mostly physical acute trust; `virtual`, a mostly virtual trust
 * with its hosts in use and VMware licences (scripts/generate-virtual-trust.ts); `ics`, three
 * trusts of an integrated care system with an `organisation` column (scripts/generate-ics.ts).
 */
export const sampleEstates: Record<string, { estate: string; hostsInUse?: string; licences?: string }> = {
  acute: { estate: join(dataDir, 'estate.csv') },
  virtual: {
    estate: join(dataDir, 'virtual-trust', 'estate.csv'),
    hostsInUse: join(dataDir, 'virtual-trust', 'hosts-in-use.csv'),
    licences: join(dataDir, 'virtual-trust', 'licences.csv'),
  },
  ics: { estate: join(dataDir, 'ics', 'estate.csv') },
};

type VmRow = RowToValidate & { facts: VmFacts };

interface MappedRows {
  rows: VmRow[];
  problems: InputProblem[];
  warnings: InputWarning[];
  asOf?: string;
  /** Rows for hostInUseSchema, when the file lists hosts (RVTools vHost, JSON `hosts`). */
  hostRows?: RowToValidate[];
  licenceRows?: RowToValidate[];
  /** Sheets an RVTools export lacks, for the "what was assumed" warnings. */
  rvtools?: { missingHosts: string; missingLicences: string };
}

const hostsFormat = { schema: hostInUseSchema, columns: hostInUseColumns, required: ['id', 'sockets', 'cores_per_socket', 'ram_gb'], jsonKey: 'hosts' };
const licencesFormat = { schema: licenceInUseSchema, columns: licenceInUseColumns, required: ['product', 'unit', 'quantity'], jsonKey: 'licences' };
const serviceMapFormat = { schema: serviceRuleSchema, columns: serviceRuleColumns, required: ['match', 'pattern'], jsonKey: 'rules' };

/**
 * Loads an estate from the canonical CSV, an RVTools export (.xlsx, or its tabs saved as .csv
 * beside the vInfo one) or JSON, with today's hosts and licences when the file or the options
 * give them, reporting every problem at once as an InputError. With no path, loads the bundled
 * sample trust (data/estate.csv); `sample:virtual` names the mostly virtual one.
 */
export async function loadEstateWithWarnings(path: string = defaultEstatePath(), options: LoadEstateOptions = {}): Promise<LoadedEstate> {
  const sample = /^sample:/i.test(path) ? sampleEstate(path) : undefined;
  const estatePath = sample?.estate ?? path;
  const hostsInUse = options.hostsInUse ?? sample?.hostsInUse;
  const licences = options.licences ?? sample?.licences;
  const file = basename(estatePath);
  const extension = extname(estatePath).toLowerCase();
  const bytes = await readInputBytes(estatePath, options);
  const [mapped, hostFile, licenceFile, serviceMap] = await allOrEveryProblem([
    mapFile(estatePath, file, extension, bytes, options),
    hostsInUse === undefined ? undefined : loadTableFile(hostsInUse, hostsFormat, options),
    licences === undefined ? undefined : loadTableFile(licences, licencesFormat, options),
    options.serviceMap === undefined ? undefined : loadTableFile(options.serviceMap, serviceMapFormat, options),
  ] as const);
  const warnings = [...mapped.warnings, ...(hostFile?.warnings ?? []), ...(licenceFile?.warnings ?? []), ...(serviceMap?.warnings ?? [])];
  if (serviceMap) warnings.push(...applyServiceMap(mapped.rows, serviceMap.records, basename(options.serviceMap ?? '')));
  const { records, problems } = validateRows(mapped.rows, serverSchema);
  const hostRecords = validateRows(mapped.hostRows ?? [], hostInUseSchema);
  const licenceRecords = validateRows(mapped.licenceRows ?? [], licenceInUseSchema);
  // An RVTools export is read as it comes: a host or licence row it cannot describe is left out
  // with a warning rather than refusing the VMs; a hand-written JSON estate is held to its schema.
  if (mapped.rvtools) {
    const leftOut = (list: readonly InputProblem[], what: string) => list.map((p) => ({ ...p, message: `${p.message}; row left out of today's ${what}` }));
    warnings.push(...leftOut(hostRecords.problems, 'hosts'), ...leftOut(licenceRecords.problems, 'licences'));
  }
  const sideProblems = mapped.rvtools ? [] : [...hostRecords.problems, ...licenceRecords.problems];
  const allProblems = [...mapped.problems, ...problems, ...duplicateIds(mapped.rows), ...sideProblems];
  if (allProblems.length > 0) throw new InputError(allProblems);

  const servers = records.map((r) => r.value);
  const fromFile = mapped.hostRows ? hostRecords.records.map((r) => r.value) : servers.filter(isVirtualisationHost).map(hostFromServer);
  const hosts = mergeHosts(fromFile, hostFile?.records);
  const licenceList: LicenceInUse[] | undefined = licenceFile?.records ?? (mapped.licenceRows ? licenceRecords.records.map((r) => r.value) : undefined);
  if (mapped.rvtools && hosts.length === 0) warnings.push({ file, message: mapped.rvtools.missingHosts });
  if (mapped.rvtools && licenceList === undefined) warnings.push({ file, message: mapped.rvtools.missingLicences });
  const asOf = mapped.asOf ?? options.asOf;
  return {
    estate: {
      servers,
      ...(hosts.length > 0 ? { hosts } : {}),
      ...(licenceList ? { licences: licenceList } : {}),
      source: sample ? path.toLowerCase() : file,
      ...(asOf ? { asOf } : {}),
    },
    warnings,
  };
}

/** Like Promise.all, but the problems of every file that failed are reported together, so one run finds them all. */
async function allOrEveryProblem<T extends readonly unknown[]>(loads: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(loads);
  const problems: InputProblem[] = [];
  for (const r of settled) {
    if (r.status === 'rejected') {
      if (!(r.reason instanceof InputError)) throw r.reason;
      problems.push(...r.reason.problems);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}

function sampleEstate(name: string): { estate: string; hostsInUse?: string; licences?: string } {
  const found = sampleEstates[name.slice('sample:'.length).trim().toLowerCase()];
  if (!found) throw new InputError([{ file: name, message: `unknown sample trust; expected one of ${Object.keys(sampleEstates).map((s) => `sample:${s}`).join(', ')}` }]);
  return found;
}

/** A hosts-in-use file is the better record: its hosts replace same-named ones from the estate file. */
function mergeHosts(fromEstate: readonly HostInUse[], fromFile: readonly HostInUse[] | undefined): HostInUse[] {
  if (!fromFile) return [...fromEstate];
  const given = new Set(fromFile.map((h) => h.id.toLowerCase()));
  return [...fromEstate.filter((h) => !given.has(h.id.toLowerCase())), ...fromFile];
}

async function mapFile(path: string, file: string, extension: string, bytes: Buffer, options: LoadEstateOptions): Promise<MappedRows> {
  switch (extension) {
    case '.csv': {
      const table = parseCsvTable(decodeUtf8(bytes, file), file);
      if (!isRvtoolsVinfo(table)) return checked(withNames(canonicalEstateRows(table)));
      const tab = (name: string) => siblingTab(path, name, options);
      const [vHost, vCPU, vMemory, vCluster, vLicense, vMetaData, vNetwork] = await Promise.all(['vHost', 'vCPU', 'vMemory', 'vCluster', 'vLicense', 'vMetaData', 'vNetwork'].map(tab));
      return mapRvtools(file, { vInfo: table, vHost, vCPU, vMemory, vCluster, vLicense, vMetaData, vNetwork }, options, 'tab saved beside the vInfo one');
    }
    case '.xlsx':
      return mapWorkbook(bytes, file, options);
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

/** Canonical rows carry only their id for a service map to match (`name`). */
function withNames(mapped: { rows: RowToValidate[]; problems: InputProblem[]; warnings: InputWarning[] }): MappedRows {
  return { ...mapped, rows: mapped.rows.map((r) => ({ ...r, facts: { name: String(r.values.id ?? ''), cells: {} } })) };
}

/** RVTools saves each tab as its own CSV (…tabvInfo.csv, …tabvHost.csv); read the named one if it is there. */
async function siblingTab(path: string, tab: string, limits: ReadLimits): Promise<InputTable | undefined> {
  const name = basename(path);
  if (!/vinfo/i.test(name)) return undefined;
  const tabPath = join(dirname(path), name.replace(/vinfo/i, (m) => (m === 'vInfo' ? tab : m.replace(/info/i, tab.slice(1)))));
  if (!existsSync(tabPath)) return undefined;
  const tabFile = basename(tabPath);
  return parseCsvTable(decodeUtf8(await readInputBytes(tabPath, limits), tabFile), tabFile);
}

interface RvtoolsSheets {
  vInfo: InputTable;
  vHost?: InputTable;
  vCPU?: InputTable;
  vMemory?: InputTable;
  vCluster?: InputTable;
  vLicense?: InputTable;
  vMetaData?: InputTable;
  vNetwork?: InputTable;
}

function mapRvtools(file: string, sheets: RvtoolsSheets, options: LoadEstateOptions, where: string): MappedRows {
  const vms = rvtoolsEstateRows(sheets);
  const hosts = sheets.vHost ? rvtoolsHostRows(sheets.vHost, sheets.vCluster) : undefined;
  const licences = sheets.vLicense ? rvtoolsLicenceRows(sheets.vLicense) : undefined;
  const dated = rvtoolsAsOf(file, sheets.vMetaData, options.asOf, options.today ?? londonToday());
  const usageMissing = sheets.vCPU || sheets.vMemory ? [] : [{
    file,
    message: `no vCPU or vMemory ${where === 'sheet' ? 'sheet' : where}: no VM's use is known, so every VM is sized from its full allocation (export all sheets from RVTools to size from use)`,
  }];
  return {
    rows: vms.rows,
    problems: vms.problems,
    warnings: [...vms.warnings, ...(hosts?.warnings ?? []), ...(licences?.warnings ?? []), ...dated.warnings, ...usageMissing],
    asOf: dated.asOf,
    ...(hosts ? { hostRows: hosts.rows } : {}),
    ...(licences ? { licenceRows: licences.rows } : {}),
    rvtools: {
      missingHosts: `no vHost ${where === 'sheet' ? 'sheet' : where}: today's hosts are unknown, so the do-nothing case counts no host support, power or refresh and purchase years are not estimated; give them with --hosts-in-use PATH (docs/data-formats.md)`,
      missingLicences: `no vLicense ${where === 'sheet' ? 'sheet' : where}: today's hypervisor licences are assumed (the assumptions' per-core subscription on every host core); give them with --licences PATH (docs/data-formats.md)`,
    },
  };
}

/**
 * The RVTools sheets an import may read; the others in an "export all" (vDisk, vPartition,
 * vSnapshot ... often the largest) are never inflated.
 */
const rvtoolsSheets = ['vInfo', 'vHost', 'vCluster', 'vLicense', 'vMetaData', 'vCPU', 'vMemory', 'vNetwork'];

async function mapWorkbook(bytes: Buffer, file: string, options: LoadEstateOptions): Promise<MappedRows> {
  const rvtools = await readWorkbook(bytes, file, { sheets: rvtoolsSheets });
  const vInfo = rvtools.sheet('vInfo');
  if (vInfo) {
    const workbook = rvtools;
    const skipped: InputWarning[] = [];
    const sheet = (name: string): InputTable | undefined => {
      try {
        return workbook.sheet(name);
      } catch (error) {
        // An empty or malformed optional sheet leaves its facts unknown, as if it were absent.
        if (!(error instanceof InputError)) throw error;
        skipped.push(...error.problems.map((p) => ({ ...p, message: `${p.message}; sheet ignored` })));
        return undefined;
      }
    };
    const mapped = mapRvtools(file, {
      vInfo,
      vHost: sheet('vHost'),
      vCPU: sheet('vCPU'),
      vMemory: sheet('vMemory'),
      vCluster: sheet('vCluster'),
      vLicense: sheet('vLicense'),
      vMetaData: sheet('vMetaData'),
      vNetwork: sheet('vNetwork'),
    }, options, 'sheet');
    return { ...mapped, warnings: [...skipped, ...mapped.warnings] };
  }
  // Not an RVTools export: any sheet may hold the canonical columns, so all are read.
  const workbook = rvtools.sheetNames.length > 0 ? await readWorkbook(bytes, file) : rvtools;
  for (const name of workbook.sheetNames) {
    const columns = new Set(workbook.header(name).map(canonicalColumnName));
    const table = columns.has('id') && columns.has('cpu_cores') ? workbook.sheet(name) : undefined;
    if (table) return checked(withNames(canonicalEstateRows(table)));
  }
  throw new InputError([{
    file,
    message: `expected an RVTools export with a vInfo sheet (and vHost), or a sheet with the estate columns id, cpu_cores, mem_gb; found sheets: ${workbook.sheetNames.join(', ') || 'none'}`,
  }]);
}

function mapJson(document: unknown, file: string): MappedRows {
  const wrapper = Array.isArray(document) ? { servers: document } : document;
  if (wrapper === null || typeof wrapper !== 'object' || !Array.isArray((wrapper as { servers?: unknown }).servers)) {
    throw new InputError([{ file, message: 'expected a JSON array of servers, or an object with a "servers" array (and optional "asOf", "hosts", "licences")' }]);
  }
  const { servers, asOf, hosts, licences } = wrapper as { servers: unknown[]; asOf?: unknown; hosts?: unknown; licences?: unknown };
  if (servers.length === 0) throw new InputError([{ file, column: 'servers', message: 'expected at least one server, got an empty list' }]);
  const mapped = withNames(jsonRecords(servers, 'servers', serverColumns, file));
  const problems = [...mapped.problems];
  const warnings = [...mapped.warnings];
  const list = (value: unknown, key: string, columns: readonly string[]) => {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      problems.push({ file, column: key, message: `expected an array of ${key}, ${describeValue(value)}` });
      return undefined;
    }
    const records = jsonRecords(value, key, columns, file);
    problems.push(...records.problems);
    warnings.push(...records.warnings);
    return records.rows;
  };
  const hostRows = list(hosts, 'hosts', hostInUseColumns);
  const licenceRows = list(licences, 'licences', licenceInUseColumns);
  const date = typeof asOf === 'string' && isCalendarDate(asOf) ? asOf : undefined;
  if (asOf !== undefined && date === undefined) problems.push({ file, column: 'asOf', message: `expected a real date as YYYY-MM-DD, ${describeValue(asOf)}` });
  return {
    rows: mapped.rows,
    problems,
    warnings,
    ...(hostRows ? { hostRows } : {}),
    ...(licenceRows ? { licenceRows } : {}),
    ...(date ? { asOf: date } : {}),
  };
}

function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
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
