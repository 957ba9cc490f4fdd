import ExcelJS from 'exceljs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../engine/errors.js';
import { loadAssumptions } from '../../../engine/io/load-assumptions.js';
import { loadEstateWithWarnings } from '../../../engine/io/load-estate-with-warnings.js';
import { classifyServers } from '../../../engine/retirement/classify-servers.js';

const fixtures = join(import.meta.dirname, '../../fixtures/estate');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-rvtools-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The vInfo columns of an RVTools 4.x export, in its order (a subset of the ~90 it writes). */
const vInfoHeader = [
  'VM', 'Powerstate', 'Template', 'SRM Placeholder', 'Config status', 'DNS Name', 'Connection state', 'Guest state',
  'Heartbeat', 'PowerOn', 'CPUs', 'Memory', 'NICs', 'Disks', 'Total disk capacity MiB', 'Primary IP Address',
  'Resource pool', 'Folder', 'Provisioned MiB', 'In Use MiB', 'Unshared MiB', 'HA Restart Priority', 'Cluster rule(s)',
  'Cluster rule name(s)', 'Firmware', 'HW version', 'Path', 'Annotation', 'Service', 'Datacenter', 'Cluster', 'Host',
  'OS according to the configuration file', 'OS according to the VMware Tools', 'VM ID', 'VM UUID', 'VI SDK Server',
];

type VmRow = Partial<Record<(typeof vInfoHeader)[number], string | number | boolean | Date>>;

const vms: VmRow[] = [
  {
    VM: 'MDC-DC-01', Powerstate: 'poweredOn', Template: false, CPUs: 2, Memory: 8192, 'Provisioned MiB': 102400, 'In Use MiB': 61440,
    Annotation: 'service: Domain controllers\ncriticality: critical\nanti_affinity: ad-dc', Datacenter: 'Main DC', Cluster: 'CL-PROD', Host: 'esx01.trust.nhs.uk',
    'OS according to the configuration file': 'Microsoft Windows Server 2019 (64-bit)', 'OS according to the VMware Tools': 'Microsoft Windows Server 2019 Standard',
    PowerOn: new Date('2026-01-04T03:00:00Z'),
  },
  {
    VM: 'BEDM-APP01', Powerstate: 'poweredOn', Template: false, CPUs: 4, Memory: 16384, 'Provisioned MiB': 204800, 'In Use MiB': 153600,
    Annotation: 'Bed management application server', Service: 'Ward systems', Datacenter: 'Main DC', Cluster: 'CL-PROD', Host: 'esx02.trust.nhs.uk',
    'OS according to the configuration file': 'Microsoft Windows Server 2016 (64-bit)',
  },
  {
    VM: 'OLD-FAX01', Powerstate: 'poweredOff', Template: false, CPUs: 1, Memory: 2048, 'Provisioned MiB': 40960, 'In Use MiB': 40960,
    Datacenter: 'Main DC', Cluster: 'CL-PROD', Host: 'esx02.trust.nhs.uk',
  },
  {
    VM: 'TPL-WS2022', Powerstate: 'poweredOff', Template: true, CPUs: 2, Memory: 4096, 'Provisioned MiB': 61440, 'In Use MiB': 20480,
    Datacenter: 'Main DC', Cluster: 'CL-PROD', Host: 'esx01.trust.nhs.uk',
  },
  {
    VM: 'PACS-GW-VM', Powerstate: 'poweredOn', Template: false, CPUs: 8, Memory: 32768, 'Provisioned MiB': 512000,
    Datacenter: 'Second site', Cluster: 'CL-DR', Host: 'esx10.trust.nhs.uk', 'OS according to the VMware Tools': 'Red Hat Enterprise Linux 8 (64-bit)',
  },
];

const vHostHeader = ['Host', 'Datacenter', 'Cluster', 'Config status', 'CPU Model', 'Speed', 'HT Available', '# CPU', 'Cores per CPU', '# Cores', 'CPU usage %', '# Memory', 'Memory usage %', 'ESX Version', 'Vendor', 'Model'];
const hosts = [
  ['esx01.trust.nhs.uk', 'Main DC', 'CL-PROD', 'green', 'Intel(R) Xeon(R) CPU E5-2660 v3 @ 2.60GHz', 2600, true, 2, 10, 20, 23, 262044, 61, 'VMware ESXi 7.0.3', 'HPE', 'ProLiant DL380 Gen9'],
  ['esx02.trust.nhs.uk', 'Main DC', 'CL-PROD', 'green', 'Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz', 2100, true, 2, 20, 40, 18, 524188, 55, 'VMware ESXi 7.0.3', 'Dell Inc.', 'PowerEdge R740'],
  ['esx10.trust.nhs.uk', 'Second site', 'CL-DR', 'green', 'AMD EPYC 7313 16-Core Processor', 3000, true, 2, 16, 32, 9, 524188, 30, 'VMware ESXi 8.0.2', 'Dell Inc.', 'PowerEdge R7515'],
];

async function rvtoolsWorkbook(name: string, rows: VmRow[], options: { vHost?: boolean; sheets?: string[] } = {}): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of options.sheets ?? ['vInfo', 'vCPU', 'vMemory', 'vDisk']) {
    const ws = workbook.addWorksheet(sheet);
    if (sheet === 'vInfo') {
      ws.addRow(vInfoHeader);
      for (const vm of rows) ws.addRow(vInfoHeader.map((h) => vm[h] ?? null));
    } else {
      ws.addRow(['VM', 'Powerstate', 'Template']);
    }
  }
  if (options.vHost ?? true) {
    const ws = workbook.addWorksheet('vHost');
    ws.addRow(vHostHeader);
    for (const h of hosts) ws.addRow(h);
  }
  const path = join(dir, name);
  await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message.split('\n');
}

describe('loadEstate on an RVTools .xlsx export', () => {
  it('maps vInfo VMs onto the estate model, with host CPU generation from vHost', async () => {
    const { estate, warnings } = await loadEstateWithWarnings(await rvtoolsWorkbook('RVTools_export_all.xlsx', vms));
    expect(estate.source).toBe('RVTools_export_all.xlsx');
    expect(estate.servers).toEqual([
      {
        id: 'MDC-DC-01', kind: 'virtual', service: 'Domain controllers', apps: [], site: 'Main DC', environment: 'production',
        criticality: 'critical', os: 'Microsoft Windows Server 2019 (64-bit)', cpuCores: 2, cpuUtilP95: undefined, corePerf: undefined,
        memGb: 8, memUtilP95: undefined, storageGb: 60, powerWatts: undefined, rackUnits: 0, purchaseYear: 2014, warrantyEnd: undefined,
        annualSupportPence: undefined, virtualisable: true, notVirtualisableReason: undefined, antiAffinity: 'ad-dc',
        currentHost: 'esx01.trust.nhs.uk', currentCluster: 'CL-PROD', usageBasis: undefined,
      },
      {
        id: 'BEDM-APP01', kind: 'virtual', service: 'Ward systems', apps: ['Bed management application server'], site: 'Main DC',
        environment: 'production', criticality: 'medium', os: 'Microsoft Windows Server 2016 (64-bit)', cpuCores: 4, cpuUtilP95: undefined,
        corePerf: undefined, memGb: 16, memUtilP95: undefined, storageGb: 150, powerWatts: undefined, rackUnits: 0, purchaseYear: 2019,
        warrantyEnd: undefined, annualSupportPence: undefined, virtualisable: true, notVirtualisableReason: undefined, antiAffinity: undefined,
        currentHost: 'esx02.trust.nhs.uk', currentCluster: 'CL-PROD', usageBasis: undefined,
      },
      {
        id: 'PACS-GW-VM', kind: 'virtual', service: 'Unassigned', apps: [], site: 'Second site', environment: 'production',
        criticality: 'medium', os: 'Red Hat Enterprise Linux 8 (64-bit)', cpuCores: 8, cpuUtilP95: undefined, corePerf: undefined,
        memGb: 32, memUtilP95: undefined, storageGb: 500, powerWatts: undefined, rackUnits: 0, purchaseYear: 2021, warrantyEnd: undefined,
        annualSupportPence: undefined, virtualisable: true, notVirtualisableReason: undefined, antiAffinity: undefined,
        currentHost: 'esx10.trust.nhs.uk', currentCluster: 'CL-DR', usageBasis: undefined,
      },
    ]);
    expect(warnings.filter((w) => w.file.endsWith('[vInfo]'))).toEqual([
      { file: 'RVTools_export_all.xlsx [vInfo]', row: 4, column: 'Powerstate', message: 'VM "OLD-FAX01" is poweredOff: left out of the estate' },
      { file: 'RVTools_export_all.xlsx [vInfo]', row: 5, column: 'Template', message: 'VM "TPL-WS2022" is a template: left out of the estate' },
    ]);
  });

  it('still loads without a vHost sheet, leaving purchase_year empty', async () => {
    const { estate } = await loadEstateWithWarnings(await rvtoolsWorkbook('no-vhost.xlsx', vms.slice(0, 1), { vHost: false }));
    expect(estate.servers[0]?.purchaseYear).toBeUndefined();
    expect(estate.servers[0]?.cpuCores).toBe(2);
  });

  it('names the RVTools column and the sheet row of every bad value', async () => {
    const bad: VmRow[] = [
      { ...vms[0], VM: 'GOOD-01' },
      { ...vms[1], VM: 'BAD-MEM', Memory: 'lots' },
      { ...vms[1], VM: 'BAD-CPU', CPUs: 0 },
      { ...vms[1], VM: 'GOOD-01' },
      { ...vms[1], VM: 'BAD-CRIT', Annotation: 'criticality: extreme' },
    ];
    expect(await problemsOf(loadEstateWithWarnings(await rvtoolsWorkbook('bad.xlsx', bad)))).toEqual([
      'bad.xlsx [vInfo] row 3, Memory: expected a size in MiB, 0 or more, got "lots"',
      'bad.xlsx [vInfo] row 4, CPUs: expected a whole number of cores from 1 to 4096, got "0"',
      'bad.xlsx [vInfo] row 6, Annotation: expected critical, high, medium or low, got "extreme"',
      'bad.xlsx [vInfo] row 5, VM: duplicate server id "GOOD-01" (first used on row 2); expected every id to be unique',
    ]);
  });

  it('lists the sheets it found when there is no vInfo sheet', async () => {
    const path = await rvtoolsWorkbook('wrong-sheets.xlsx', [], { sheets: ['Sheet1', 'Summary'], vHost: false });
    expect(await problemsOf(loadEstateWithWarnings(path))).toEqual([
      'wrong-sheets.xlsx: expected an RVTools export with a vInfo sheet (and vHost), or a sheet with the estate columns id, cpu_cores, mem_gb; found sheets: Sheet1, Summary',
    ]);
  });

  it('reads a workbook in the canonical estate columns', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Estate');
    ws.addRow(['id', 'cpu_cores', 'mem_gb', 'warranty_end', 'service']);
    ws.addRow(['SRV-001', 8, 64, new Date('2019-03-31T00:00:00Z'), { richText: [{ text: 'Path' }, { text: 'ology LIMS' }] }]);
    const path = join(dir, 'canonical.xlsx');
    await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    const { estate } = await loadEstateWithWarnings(path);
    expect(estate.servers.map((s) => [s.id, s.cpuCores, s.memGb, s.warrantyEnd, s.service])).toEqual([['SRV-001', 8, 64, '2019-03-31', 'Pathology LIMS']]);
  });

  it('refuses a file that is not a workbook', async () => {
    const path = join(dir, 'fake.xlsx');
    await writeFile(path, 'VM,CPUs\nA,1\n');
    const [problem] = await problemsOf(loadEstateWithWarnings(path));
    expect(problem).toMatch(/^fake\.xlsx: expected an Excel \.xlsx workbook, but it could not be opened \(/);
  });

  it('reports missing RVTools columns with the columns found', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('vInfo');
    ws.addRow(['VM', 'Powerstate', 'Memory']);
    ws.addRow(['A', 'poweredOn', 1024]);
    const path = join(dir, 'no-cpus.xlsx');
    await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(await problemsOf(loadEstateWithWarnings(path))).toEqual([
      'no-cpus.xlsx [vInfo] row 1, CPUs: missing RVTools column needed for cpus; columns found: VM, Powerstate, Memory',
    ]);
  });
});

describe('loadEstate on RVTools tabs saved as CSV', () => {
  it('reads vInfo and picks up the vHost tab saved beside it', async () => {
    const { estate, warnings } = await loadEstateWithWarnings(join(fixtures, 'rvtools_tabvInfo.csv'));
    expect(estate.servers.map((s) => [s.id, s.kind, s.service, s.cpuCores, s.memGb, s.storageGb, s.site, s.purchaseYear])).toEqual([
      ['PATH-LIMS-01', 'virtual', 'Pathology LIMS', 4, 16, 150, 'Main DC', 2013],
    ]);
    expect(warnings.filter((w) => w.row !== undefined).map((w) => `${w.file} row ${w.row}, ${w.column}: ${w.message}`)).toEqual([
      'rvtools_tabvInfo.csv row 3, Powerstate: VM "OLD-APP-07" is poweredOff: left out of the estate',
      'rvtools_tabvHost.csv row 2, # Memory: expected RAM in GB from 1 to 65536, got an empty cell; row left out of today\'s hosts',
      'rvtools_tabvHost.csv row 3, # Memory: expected RAM in GB from 1 to 65536, got an empty cell; row left out of today\'s hosts',
    ]);
  });
});

describe('loadEstate on RVTools: activity signals for switching servers off', () => {
  it('imports an export without the activity columns and the review says which signals are missing', async () => {
    const { estate } = await loadEstateWithWarnings(await rvtoolsWorkbook('RVTools_plain.xlsx', vms));
    const review = classifyServers(estate.servers, await loadAssumptions(), '2026-04-01');
    expect(review.counts).toMatchObject({ active: 0, idle: 0, zombie: 0, unknown: 3 });
    expect(review.missingSignals.map((m) => `${m.signal}: ${m.servers}`)).toEqual([
      'cpu_util_p95: 3', 'mem_util_p95: 3', 'net_kbps_p95: 3', 'disk_iops_p95: 3', 'last_logon: 3', 'last_change: 3', 'owner: 3',
    ]);
  });

  it('reads the signals from vCenter custom attributes, and zero network for a VM whose every adapter is disconnected', async () => {
    const workbook = new ExcelJS.Workbook();
    const info = workbook.addWorksheet('vInfo');
    info.addRow(['VM', 'Powerstate', 'CPUs', 'Memory', 'Owner', 'Last logon', 'disk_iops_p95']);
    info.addRow(['OLD-FAX02', 'poweredOn', 1, 2048, 'Medical records manager', '31/01/2024', 0.5]);
    info.addRow(['LIVE-APP', 'poweredOn', 2, 4096, null, null, 40]);
    const network = workbook.addWorksheet('vNetwork');
    network.addRow(['VM', 'Powerstate', 'Template', 'NIC label', 'Network', 'Connected']);
    network.addRow(['OLD-FAX02', 'poweredOn', false, 'Network adapter 1', 'VLAN-20', false]);
    network.addRow(['OLD-FAX02', 'poweredOn', false, 'Network adapter 2', 'VLAN-30', false]);
    network.addRow(['LIVE-APP', 'poweredOn', false, 'Network adapter 1', 'VLAN-20', false]);
    network.addRow(['LIVE-APP', 'poweredOn', false, 'Network adapter 2', 'VLAN-21', true]);
    const path = join(dir, 'signals.xlsx');
    await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    const { estate } = await loadEstateWithWarnings(path);
    expect(estate.servers.map((s) => [s.id, s.owner, s.lastLogon, s.diskIopsP95, s.netKbpsP95])).toEqual([
      ['OLD-FAX02', 'Medical records manager', '2024-01-31', 0.5, 0],
      ['LIVE-APP', undefined, undefined, 40, undefined],
    ]);
  });
});
