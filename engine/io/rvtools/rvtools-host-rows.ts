import type { InputTable, InputWarning } from '../input-table.js';
import type { RowToValidate } from '../validate-rows.js';
import { estimateCpuLaunchYear } from './estimate-cpu-launch-year.js';
import { rvtoolsColumnFinder, rvtoolsNumber } from './rvtools-column-finder.js';

const vHostColumns = {
  host: ['Host'],
  cluster: ['Cluster'],
  datacenter: ['Datacenter'],
  vendor: ['Vendor'],
  model: ['Model'],
  cpuModel: ['CPU Model'],
  sockets: ['# CPU'],
  coresPerSocket: ['Cores per CPU'],
  cores: ['# Cores'],
  memory: ['# Memory'],
  cpuUsage: ['CPU usage %'],
  memUsage: ['Memory usage %'],
  esxVersion: ['ESX Version'],
} as const;

/**
 * Maps RVTools vHost rows (one per ESXi host) onto the hosts-in-use columns (hostInUseSchema).
 * RVTools records no purchase date: a host's purchase_year is the launch year of its CPU model
 * (estimateCpuLaunchYear), and a warning says how many hosts were dated that way. vCluster, when
 * given, names the clusters: a cluster it lists with no host in vHost is a warning, since
 * today's capacity would then be understated.
 */
export function rvtoolsHostRows(vHost: InputTable, vCluster?: InputTable): { rows: RowToValidate[]; warnings: InputWarning[] } {
  const col = rvtoolsColumnFinder(vHost.header);
  const warnings: InputWarning[] = [];
  const rows: RowToValidate[] = [];
  let estimatedYears = 0;
  for (const r of vHost.rows) {
    const cell = (names: readonly string[]) => {
      const name = col(names);
      return name === undefined ? undefined : r.cells[name];
    };
    const sockets = rvtoolsNumber(r, col(vHostColumns.sockets));
    const cores = rvtoolsNumber(r, col(vHostColumns.cores));
    const coresPerSocket = rvtoolsNumber(r, col(vHostColumns.coresPerSocket)) ?? (cores !== undefined && sockets ? cores / sockets : undefined);
    const memoryMib = rvtoolsNumber(r, col(vHostColumns.memory));
    const cpuModel = cell(vHostColumns.cpuModel);
    const year = cpuModel === undefined ? undefined : estimateCpuLaunchYear(cpuModel);
    if (year !== undefined) estimatedYears += 1;
    const values: Record<string, unknown> = {
      id: cell(vHostColumns.host),
      cluster: cell(vHostColumns.cluster),
      site: cell(vHostColumns.datacenter),
      vendor: cell(vHostColumns.vendor),
      model: cell(vHostColumns.model),
      cpu_model: cpuModel,
      sockets: sockets ?? cell(vHostColumns.sockets),
      cores_per_socket: coresPerSocket ?? cell(vHostColumns.coresPerSocket),
      ram_gb: memoryMib === undefined ? cell(vHostColumns.memory) : Math.round((memoryMib / 1024) * 100) / 100,
      cpu_util: clampPercent(rvtoolsNumber(r, col(vHostColumns.cpuUsage))),
      mem_util: clampPercent(rvtoolsNumber(r, col(vHostColumns.memUsage))),
      purchase_year: year,
      hypervisor: hypervisorOf(cell(vHostColumns.esxVersion)),
    };
    for (const key of Object.keys(values)) if (values[key] === undefined) delete values[key];
    const sourceColumns: Record<string, string> = {};
    for (const [key, names] of [
      ['id', vHostColumns.host], ['cluster', vHostColumns.cluster], ['site', vHostColumns.datacenter], ['cpu_model', vHostColumns.cpuModel],
      ['sockets', vHostColumns.sockets], ['cores_per_socket', vHostColumns.coresPerSocket], ['ram_gb', vHostColumns.memory],
    ] as const) sourceColumns[key] = col(names) ?? names[0];
    rows.push({ file: vHost.file, row: r.row, values, sourceColumns });
  }
  if (estimatedYears > 0) {
    warnings.push({
      file: vHost.file,
      column: 'CPU Model',
      message: `RVTools records no purchase date: the purchase year of ${estimatedYears} of ${vHost.rows.length} hosts is estimated as the launch year of its CPU model (give purchase_year in a hosts-in-use CSV to correct it)`,
    });
  }
  if (vCluster) warnings.push(...clustersWithoutHosts(vCluster, rows));
  return { rows, warnings };
}

/** RVTools reads only vCenter and ESXi: an "ESX Version" cell is always VMware's. */
function hypervisorOf(esxVersion: string | undefined): string {
  return esxVersion === undefined || /esx/i.test(esxVersion) ? 'vmware' : 'other';
}

function clampPercent(value: number | undefined): number | undefined {
  return value === undefined ? undefined : Math.min(100, Math.max(0, value));
}

function clustersWithoutHosts(vCluster: InputTable, hosts: readonly RowToValidate[]): InputWarning[] {
  const col = rvtoolsColumnFinder(vCluster.header);
  const nameColumn = col(['Name', 'Cluster']);
  if (nameColumn === undefined) return [];
  const known = new Set(hosts.map((h) => String(h.values.cluster ?? '').toLowerCase()));
  return vCluster.rows
    .filter((r) => r.cells[nameColumn] !== undefined && !known.has(r.cells[nameColumn]!.toLowerCase()))
    .filter((r) => (rvtoolsNumber(r, col(['NumHosts', '# Hosts'])) ?? 1) > 0)
    .map((r) => ({
      file: vCluster.file,
      row: r.row,
      column: nameColumn,
      message: `cluster "${r.cells[nameColumn]}" has no host in vHost: its hosts are not in today's estate`,
    }));
}
