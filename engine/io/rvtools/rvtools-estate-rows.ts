import type { InputProblem } from '../../errors.js';
import { canonicalColumnName } from '../canonical-column-name.js';
import { normaliseExcelCell } from '../canonical-estate-rows.js';
import type { InputTable, InputTableRow, InputWarning } from '../input-table.js';
import type { RowToValidate } from '../validate-rows.js';
import { estimateCpuLaunchYear } from './estimate-cpu-launch-year.js';
import { rvtoolsColumnFinder, rvtoolsNumber, type ColumnFinder } from './rvtools-column-finder.js';

/** RVTools column names (4.x uses MiB; older exports MB), first match wins. */
const vInfoColumns = {
  vm: ['VM'],
  powerstate: ['Powerstate', 'Power state'],
  template: ['Template'],
  cpus: ['CPUs', 'Num CPUs'],
  memory: ['Memory'],
  inUse: ['In Use MiB', 'In Use MB'],
  provisioned: ['Provisioned MiB', 'Provisioned MB'],
  os: ['OS according to the configuration file', 'OS according to the VMware Tools', 'OS'],
  host: ['Host'],
  cluster: ['Cluster'],
  datacenter: ['Datacenter'],
  annotation: ['Annotation'],
  folder: ['Folder'],
} as const;

/**
 * Estate columns a trust may add to vCenter as custom attributes (RVTools exports them as
 * extra vInfo columns) or write in the VM's annotation as `key: value` lines.
 */
const attributeColumns = [
  'service', 'apps', 'site', 'environment', 'criticality', 'cpu_util_p95', 'mem_util_p95',
  'annual_support_gbp', 'virtualisable', 'not_virtualisable_reason', 'anti_affinity',
  'owner', 'net_kbps_p95', 'disk_iops_p95', 'last_logon', 'last_change',
] as const;

/** True when a table looks like an RVTools vInfo tab rather than the canonical estate columns. */
export function isRvtoolsVinfo(table: InputTable): boolean {
  const names = new Set(table.header.map((h) => h.toLowerCase()));
  return names.has('vm') && (names.has('powerstate') || names.has('cpus'));
}

/** The RVTools sheets that describe VMs: vInfo, and the usage sheets and hosts when present. */
export interface RvtoolsVmSheets {
  vInfo: InputTable;
  vHost?: InputTable;
  vCPU?: InputTable;
  vMemory?: InputTable;
  vNetwork?: InputTable;
}

/** What a service map can match a VM on: its name, folder, annotation and every vInfo cell (custom attributes included). */
export interface VmFacts {
  name: string;
  folder?: string;
  annotation?: string;
  cells: Readonly<Record<string, string>>;
}

export interface RvtoolsVmRow extends RowToValidate {
  facts: VmFacts;
}

/**
 * Maps RVTools vInfo rows (one per VM) onto the canonical estate columns:
 * - vHost, when given, supplies each host's CPU model, from which a VM's purchase_year (its
 *   host's) is estimated, and the host's clock speed for CPU use;
 * - vInfo Host and Cluster say where the VM runs today;
 * - vCPU "Overall" MHz / (CPUs x host Speed MHz) and vMemory "Consumed" (else "Active") / "Size MiB"
 *   become cpu_util_p95 / mem_util_p95 with usage_basis snapshot: one instant at export time,
 *   which sizing treats with a comfort margin. A utilisation given as a custom attribute or in
 *   the annotation is a measured percentile and wins over the snapshot.
 * - vNetwork, when given, shows VMs whose every network adapter is disconnected (no traffic).
 * Templates and VMs that are not powered on are left out, each with a warning.
 */
export function rvtoolsEstateRows(sheets: RvtoolsVmSheets): { rows: RvtoolsVmRow[]; problems: InputProblem[]; warnings: InputWarning[] } {
  const { vInfo, vHost, vNetwork } = sheets;
  const col = rvtoolsColumnFinder(vInfo.header);
  const problems: InputProblem[] = [];
  const warnings: InputWarning[] = [];
  for (const [key, names] of Object.entries({ vm: vInfoColumns.vm, cpus: vInfoColumns.cpus, memory: vInfoColumns.memory })) {
    if (!col(names)) problems.push({ file: vInfo.file, row: 1, column: names[0], message: `missing RVTools column needed for ${key === 'vm' ? 'the server id' : key}; columns found: ${vInfo.header.join(', ')}` });
  }
  if (problems.length > 0) return { rows: [], problems, warnings };

  const hostFacts = vHost ? hostCpuFacts(vHost) : new Map<string, HostCpuFacts>();
  const usage = vmUsage(sheets.vCPU, sheets.vMemory);
  const offline = vNetwork ? disconnectedVms(vNetwork) : new Set<string>();
  const attributes = vInfo.header.filter((h) => (attributeColumns as readonly string[]).includes(canonicalColumnName(h)));
  const rows: RvtoolsVmRow[] = [];
  for (const r of vInfo.rows) {
    const cell = (names: readonly string[]): string | undefined => {
      const name = filledColumn(r, names, col);
      return name === undefined ? undefined : r.cells[name];
    };
    const skip = skipReason(cell(vInfoColumns.template), cell(vInfoColumns.powerstate));
    if (skip) {
      warnings.push({ file: vInfo.file, row: r.row, column: skip.column, message: `VM "${cell(vInfoColumns.vm) ?? ''}" ${skip.why}: left out of the estate` });
      continue;
    }
    const mapped = mapVm(r, vInfo.file, cell, (names) => filledColumn(r, names, col) ?? col(names), problems);
    const host = cell(vInfoColumns.host);
    const facts = host === undefined ? undefined : hostFacts.get(host.toLowerCase());
    if (facts?.launchYear !== undefined) mapped.values.purchase_year = facts.launchYear;
    if (host !== undefined) mapped.values.host = host;
    const cluster = cell(vInfoColumns.cluster);
    if (cluster !== undefined) mapped.values.cluster = cluster;
    const annotation = cell(vInfoColumns.annotation);
    applyAnnotation(mapped, annotation);
    if (offline.has((cell(vInfoColumns.vm) ?? '').toLowerCase())) {
      mapped.values.net_kbps_p95 = 0;
      mapped.sourceColumns = { ...mapped.sourceColumns, net_kbps_p95: 'vNetwork Connected' };
    }
    for (const header of attributes) {
      const value = r.cells[header];
      const name = canonicalColumnName(header);
      if (value !== undefined) {
        mapped.values[name] = normaliseExcelCell(name, value);
        mapped.sourceColumns = { ...mapped.sourceColumns, [name]: header };
      }
    }
    applySnapshotUsage(mapped, usage.get(String(mapped.values.id ?? '').toLowerCase()), facts?.speedMhz);
    const folder = cell(vInfoColumns.folder);
    rows.push({
      ...mapped,
      facts: { name: String(mapped.values.id ?? ''), ...(folder ? { folder } : {}), ...(annotation ? { annotation } : {}), cells: r.cells },
    });
  }
  return { rows, problems, warnings };
}

interface VmUsage {
  cpus?: number;
  overallMhz?: number;
  maxMhz?: number;
  sizeMib?: number;
  consumedMib?: number;
  activeMib?: number;
}

/** vCPU and vMemory figures by VM name (lower case); a VM missing from a sheet has none of its figures. */
function vmUsage(vCPU: InputTable | undefined, vMemory: InputTable | undefined): Map<string, VmUsage> {
  const usage = new Map<string, VmUsage>();
  const read = (table: InputTable | undefined, figures: Partial<Record<keyof VmUsage, readonly string[]>>) => {
    if (!table) return;
    const col = rvtoolsColumnFinder(table.header);
    const vm = col(['VM']);
    if (vm === undefined) return;
    for (const r of table.rows) {
      const name = r.cells[vm]?.toLowerCase();
      if (name === undefined) continue;
      const entry = usage.get(name) ?? {};
      for (const [key, names] of Object.entries(figures) as [keyof VmUsage, readonly string[]][]) {
        const value = rvtoolsNumber(r, col(names));
        if (value !== undefined) entry[key] = value;
      }
      usage.set(name, entry);
    }
  };
  read(vCPU, { cpus: ['CPUs'], overallMhz: ['Overall'], maxMhz: ['Max'] });
  read(vMemory, { sizeMib: ['Size MiB', 'Size MB'], consumedMib: ['Consumed'], activeMib: ['Active'] });
  return usage;
}

/**
 * CPU use = Overall MHz / (CPUs x the host's clock MHz), else / vCPU "Max" MHz; memory use =
 * Consumed (else Active) / Size. Both capped at 100% (turbo clocks can push Overall past nominal).
 */
function applySnapshotUsage(row: RowToValidate, usage: VmUsage | undefined, hostSpeedMhz: number | undefined): void {
  if (!usage || row.values.cpu_util_p95 !== undefined || row.values.mem_util_p95 !== undefined) return;
  const cpus = usage.cpus ?? Number(row.values.cpu_cores);
  const capacityMhz = hostSpeedMhz !== undefined && cpus > 0 ? cpus * hostSpeedMhz : usage.maxMhz;
  const percent = (used: number | undefined, of: number | undefined) =>
    used === undefined || of === undefined || !(of > 0) ? undefined : Math.round(Math.min(100, (used / of) * 100) * 10) / 10;
  const cpu = percent(usage.overallMhz, capacityMhz);
  const mem = percent(usage.consumedMib ?? usage.activeMib, usage.sizeMib ?? (Number(row.values.mem_gb) * 1024 || undefined));
  if (cpu === undefined && mem === undefined) return;
  if (cpu !== undefined) row.values.cpu_util_p95 = cpu;
  if (mem !== undefined) row.values.mem_util_p95 = mem;
  row.values.usage_basis = 'snapshot';
}

/** The first candidate column that has a value in this row ("OS according to the configuration file", else the VMware Tools one). */
function filledColumn(r: InputTableRow, names: readonly string[], col: ColumnFinder): string | undefined {
  for (const n of names) {
    const name = col([n]);
    if (name !== undefined && r.cells[name] !== undefined) return name;
  }
  return undefined;
}

function skipReason(template: string | undefined, powerstate: string | undefined): { column: string; why: string } | undefined {
  if (template !== undefined && /^(true|yes|1)$/i.test(template)) return { column: 'Template', why: 'is a template' };
  if (powerstate !== undefined && powerstate.toLowerCase() !== 'poweredon') return { column: 'Powerstate', why: `is ${powerstate}` };
  return undefined;
}

function mapVm(
  r: InputTableRow,
  file: string,
  cell: (names: readonly string[]) => string | undefined,
  col: ColumnFinder,
  problems: InputProblem[],
): RowToValidate {
  const reported = new Set<string>();
  const mib = (names: readonly string[], key: string): number | undefined => {
    const text = cell(names);
    if (text === undefined) return undefined;
    const value = Number(text.replace(/,/g, ''));
    if (Number.isFinite(value) && value >= 0) return value;
    problems.push({ file, row: r.row, column: col(names), message: `expected a size in MiB, 0 or more, got "${text}"` });
    reported.add(key);
    return undefined;
  };
  const memory = mib(vInfoColumns.memory, 'mem_gb');
  const storage = mib(vInfoColumns.inUse, 'storage_gb') ?? mib(vInfoColumns.provisioned, 'storage_gb');
  const values: Record<string, unknown> = {
    id: cell(vInfoColumns.vm),
    kind: 'virtual',
    cpu_cores: cell(vInfoColumns.cpus),
    mem_gb: memory === undefined ? undefined : round(memory / 1024, 2),
    os: cell(vInfoColumns.os),
    site: cell(vInfoColumns.datacenter),
    rack_units: 0,
  };
  if (storage !== undefined) values.storage_gb = round(storage / 1024, 1);
  for (const key of Object.keys(values)) if (values[key] === undefined) delete values[key];
  const sourceColumns: Record<string, string> = {
    id: col(vInfoColumns.vm) ?? 'VM',
    cpu_cores: col(vInfoColumns.cpus) ?? 'CPUs',
    mem_gb: col(vInfoColumns.memory) ?? 'Memory',
    storage_gb: col(vInfoColumns.inUse) ?? col(vInfoColumns.provisioned) ?? 'In Use MiB',
    os: col(vInfoColumns.os) ?? 'OS',
    site: col(vInfoColumns.datacenter) ?? 'Datacenter',
  };
  return { file, row: r.row, values, sourceColumns, reported };
}

/**
 * An annotation's `key: value` lines set estate columns (e.g. `service: Pathology LIMS`);
 * any other text describes what the VM runs and becomes its application.
 */
function applyAnnotation(row: RowToValidate, annotation: string | undefined): void {
  if (annotation === undefined) return;
  const freeText: string[] = [];
  for (const line of annotation.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '')) {
    const m = /^([A-Za-z_ -]+?)\s*[:=]\s*(.+)$/.exec(line);
    const key = m ? canonicalColumnName(m[1] ?? '') : '';
    if (m && (attributeColumns as readonly string[]).includes(key)) {
      row.values[key] = m[2];
      row.sourceColumns = { ...row.sourceColumns, [key]: 'Annotation' };
    } else {
      freeText.push(line);
    }
  }
  if (row.values.apps === undefined && freeText.length > 0) {
    row.values.apps = [freeText.join(' ').slice(0, 120)];
    row.sourceColumns = { ...row.sourceColumns, apps: 'Annotation' };
  }
}

interface HostCpuFacts {
  launchYear?: number;
  speedMhz?: number;
}

function hostCpuFacts(vHost: InputTable): Map<string, HostCpuFacts> {
  const col = rvtoolsColumnFinder(vHost.header);
  const hostCol = col(['Host']);
  const modelCol = col(['CPU Model', 'CPU model']);
  const facts = new Map<string, HostCpuFacts>();
  if (!hostCol) return facts;
  for (const r of vHost.rows) {
    const host = r.cells[hostCol];
    if (host === undefined) continue;
    const model = modelCol === undefined ? undefined : r.cells[modelCol];
    const launchYear = model === undefined ? undefined : estimateCpuLaunchYear(model);
    const speedMhz = rvtoolsNumber(r, col(['Speed']));
    facts.set(host.toLowerCase(), { ...(launchYear !== undefined ? { launchYear } : {}), ...(speedMhz !== undefined && speedMhz > 0 ? { speedMhz } : {}) });
  }
  return facts;
}

/**
 * VMs listed in vNetwork whose every adapter has Connected = False: they can send and receive
 * nothing, so their network throughput is known to be 0. A VM with any connected adapter (or
 * none listed) says nothing about its traffic: RVTools records no throughput.
 */
function disconnectedVms(vNetwork: InputTable): Set<string> {
  const col = rvtoolsColumnFinder(vNetwork.header);
  const vmCol = col(['VM']);
  const connectedCol = col(['Connected']);
  const connected = new Map<string, boolean>();
  if (!vmCol || !connectedCol) return new Set();
  for (const r of vNetwork.rows) {
    const vm = r.cells[vmCol]?.toLowerCase();
    if (vm === undefined) continue;
    const up = !/^(false|no|0)$/i.test(r.cells[connectedCol] ?? '');
    connected.set(vm, (connected.get(vm) ?? false) || up);
  }
  return new Set([...connected].filter(([, up]) => !up).map(([vm]) => vm));
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
