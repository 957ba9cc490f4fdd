import ExcelJS from 'exceljs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlan } from '../../../cli/commands/plan.js';
import { InputError } from '../../../engine/errors.js';
import { loadEstateWithWarnings } from '../../../engine/io/load-estate-with-warnings.js';

/** A licence key in the RVTools format: it must never leave the workbook. */
const LICENCE_KEY = 'M5K2H-0AJ4P-48Z8T-0VA24-1L7N4';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-rvtools-usage-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Cell = string | number | boolean | Date | null;

const sheets: Record<string, Cell[][]> = {
  vInfo: [
    ['VM', 'Powerstate', 'Template', 'CPUs', 'Memory', 'In Use MiB', 'Folder', 'Annotation', 'Clinical Area', 'Datacenter', 'Cluster', 'Host', 'OS according to the configuration file'],
    ['PATH-LIMS-01', 'poweredOn', false, 4, 16384, 102400, '/Trust/Pathology/Prod', null, null, 'Main DC', 'CL-PROD', 'esx01.trust.nhs.uk', 'Microsoft Windows Server 2019 (64-bit)'],
    ['MAT-CTG-01', 'poweredOn', false, 2, 8192, 51200, '/Trust/Clinical', 'Fetal monitoring', 'Maternity', 'Main DC', 'CL-PROD', 'esx02.trust.nhs.uk', 'Microsoft Windows Server 2016 (64-bit)'],
    ['DEV-WEB-01', 'poweredOn', false, 2, 4096, 20480, '/Trust/Dev', null, null, 'Main DC', 'CL-PROD', 'esx02.trust.nhs.uk', 'Ubuntu Linux (64-bit)'],
    ['TPL-WS2022', 'poweredOff', true, 2, 4096, 20480, '/Templates', null, null, 'Main DC', 'CL-PROD', 'esx01.trust.nhs.uk', null],
  ],
  vCPU: [
    ['VM', 'Powerstate', 'Template', 'CPUs', 'Sockets', 'Cores p/s', 'Max', 'Overall', 'Host'],
    ['PATH-LIMS-01', 'poweredOn', false, 4, 2, 2, 8400, 2100, 'esx01.trust.nhs.uk'],
    ['MAT-CTG-01', 'poweredOn', false, 2, 1, 2, 4200, 3150, 'esx02.trust.nhs.uk'],
  ],
  vMemory: [
    ['VM', 'Powerstate', 'Template', 'Size MiB', 'Consumed', 'Active', 'Ballooned'],
    ['PATH-LIMS-01', 'poweredOn', false, 16384, 8192, 3277, 0],
    ['MAT-CTG-01', 'poweredOn', false, 8192, null, 2048, 0],
  ],
  vHost: [
    ['Host', 'Datacenter', 'Cluster', 'CPU Model', 'Speed', '# CPU', 'Cores per CPU', '# Cores', 'CPU usage %', '# Memory', 'Memory usage %', 'ESX Version', 'Vendor', 'Model', 'Serial number'],
    ['esx01.trust.nhs.uk', 'Main DC', 'CL-PROD', 'Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz', 2100, 2, 20, 40, 23, 524288, 61, 'VMware ESXi 7.0.3 build-21930508', 'Dell Inc.', 'PowerEdge R740', 'ABC1234'],
    ['esx02.trust.nhs.uk', 'Main DC', 'CL-PROD', 'Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz', 2100, 2, 20, 40, 31, 524288, 58, 'VMware ESXi 7.0.3 build-21930508', 'Dell Inc.', 'PowerEdge R740', 'ABC1235'],
  ],
  vCluster: [
    ['Name', 'Config status', 'OverallStatus', 'NumHosts', 'numEffectiveHosts', 'TotalCpu', 'NumCpuCores', 'TotalMemory', 'HA enabled', 'Failover Level', 'DRS enabled'],
    ['CL-PROD', 'green', 'green', 2, 2, 168000, 80, 1099511627776, true, 1, true],
    ['CL-OLD', 'green', 'green', 3, 3, 150000, 48, 412316860416, true, 1, true],
  ],
  vLicense: [
    ['Name', 'Key', 'Labels', 'Cost Unit', 'Total', 'Used', 'Expiration Date', 'Features'],
    ['VMware vSphere 8 Enterprise Plus', LICENCE_KEY, null, 'cpuPackage', 4, 4, 'Never', 'vMotion'],
    ['VMware vSphere Foundation', 'J1234-ABCDE-00000-11111-22222', null, 'core', 80, 80, new Date('2027-03-31T00:00:00Z'), 'DRS'],
  ],
  vMetaData: [
    ['RVTools major version', 'RVTools version', 'xlsx creation datetime', 'Server'],
    [4, '4.7.1.4', new Date('2025-09-26T10:12:33Z'), 'vcenter01.trust.nhs.uk'],
  ],
};

async function workbook(name: string, leaveOut: readonly string[] = []): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    if (leaveOut.includes(sheet)) continue;
    const ws = book.addWorksheet(sheet);
    for (const row of rows) ws.addRow(row);
  }
  const path = join(dir, name);
  await writeFile(path, Buffer.from(await book.xlsx.writeBuffer()));
  return path;
}

describe('an RVTools export with every sheet', () => {
  it('sizes VMs from vCPU and vMemory use at export time, with the host and cluster each runs on', async () => {
    const { estate } = await loadEstateWithWarnings(await workbook('RVTools_export_all.xlsx'));
    const byId = new Map(estate.servers.map((s) => [s.id, s]));
    // 2,100 MHz of 4 vCPUs x 2,100 MHz = 25%; 8,192 of 16,384 MiB consumed = 50%.
    expect(byId.get('PATH-LIMS-01')).toMatchObject({ cpuUtilP95: 25, memUtilP95: 50, usageBasis: 'snapshot', currentHost: 'esx01.trust.nhs.uk', currentCluster: 'CL-PROD' });
    // No Consumed figure: Active 2,048 of 8,192 MiB = 25%; 3,150 of 2 x 2,100 MHz = 75%.
    expect(byId.get('MAT-CTG-01')).toMatchObject({ cpuUtilP95: 75, memUtilP95: 25, usageBasis: 'snapshot' });
    // Not in vCPU or vMemory: sized from allocation.
    expect(byId.get('DEV-WEB-01')).toMatchObject({ cpuUtilP95: undefined, memUtilP95: undefined, usageBasis: undefined });
  });

  it('loads today\'s hosts from vHost and the licences from vLicense, dated by vMetaData', async () => {
    const { estate, warnings } = await loadEstateWithWarnings(await workbook('RVTools_export_all.xlsx'));
    expect(estate.asOf).toBe('2025-09-26');
    expect(estate.hosts).toEqual([
      {
        id: 'esx01.trust.nhs.uk', cluster: 'CL-PROD', site: 'Main DC', vendor: 'Dell Inc.', model: 'PowerEdge R740', cpuModel: 'Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz',
        sockets: 2, coresPerSocket: 20, cores: 40, ramGb: 512, cpuUtil: 23, memUtil: 61, powerWatts: undefined, rackUnits: 2, purchaseYear: 2019,
        warrantyEnd: undefined, annualSupportPence: undefined, hypervisor: 'vmware',
      },
      expect.objectContaining({ id: 'esx02.trust.nhs.uk', cpuUtil: 31, memUtil: 58 }),
    ]);
    expect(estate.licences).toEqual([
      { product: 'VMware vSphere 8 Enterprise Plus', hypervisor: 'vmware', unit: 'socket', quantity: 4, used: 4, renewalDate: undefined, annualPricePence: undefined },
      { product: 'VMware vSphere Foundation', hypervisor: 'vmware', unit: 'core', quantity: 80, used: 80, renewalDate: '2027-03-31', annualPricePence: undefined },
    ]);
    expect(warnings.map((w) => w.message).sort()).toEqual([
      'RVTools records no purchase date: the purchase year of 2 of 2 hosts is estimated as the launch year of its CPU model (give purchase_year in a hosts-in-use CSV to correct it)',
      'cluster "CL-OLD" has no host in vHost: its hosts are not in today\'s estate',
      'VM "TPL-WS2022" is a template: left out of the estate',
    ].sort());
  });

  it('never stores or prints a licence key: not in the estate, the warnings, plan --json or the plan text', async () => {
    const path = await workbook('RVTools_keys.xlsx');
    const loaded = await loadEstateWithWarnings(path);
    const everything = [
      JSON.stringify(loaded),
      await runPlan({ estate: path, set: [], json: true }),
      await runPlan({ estate: path, set: [] }),
    ].join('\n');
    expect(everything).toContain('VMware vSphere Foundation');
    expect(everything).not.toContain(LICENCE_KEY);
    expect(everything).not.toContain('J1234-ABCDE');
  });

  it('plan --json compares the plan with today and counts the signals that sized it', async () => {
    const plan = JSON.parse(await runPlan({ estate: await workbook('RVTools_plan.xlsx'), set: [], json: true })) as Record<string, unknown>;
    expect(plan.today).toEqual({ hosts: 2, clusters: 1, cores: 80, ramGb: 1024 });
    expect(plan.signals).toEqual({ p95: 0, snapshot: 2, allocation: 1 });
    expect((plan.demands as { workload: string; signal: string }[]).map((d) => [d.workload, d.signal])).toEqual([
      ['DEV-WEB-01', 'allocation'], ['MAT-CTG-01', 'snapshot'], ['PATH-LIMS-01', 'snapshot'],
    ]);
  });
});

describe('an RVTools export missing sheets', () => {
  it('still imports without vHost and vLicense, and says what it assumes instead', async () => {
    const { estate, warnings } = await loadEstateWithWarnings(await workbook('RVTools_no_hosts.xlsx', ['vHost', 'vLicense']));
    expect(estate.servers).toHaveLength(3);
    expect(estate.hosts).toBeUndefined();
    expect(estate.licences).toBeUndefined();
    // Without vHost's clock speed, CPU use comes from vCPU "Max": 2,100 of 8,400 MHz.
    expect(estate.servers.find((s) => s.id === 'PATH-LIMS-01')?.cpuUtilP95).toBe(25);
    const messages = warnings.map((w) => `${w.file}: ${w.message}`);
    expect(messages).toContain('RVTools_no_hosts.xlsx: no vHost sheet: today\'s hosts are unknown, so the do-nothing case counts no host support, power or refresh and purchase years are not estimated; give them with --hosts-in-use PATH (docs/data-formats.md)');
    expect(messages).toContain('RVTools_no_hosts.xlsx: no vLicense sheet: today\'s hypervisor licences are assumed (the assumptions\' per-core subscription on every host core); give them with --licences PATH (docs/data-formats.md)');
  });

  it('dates an export without vMetaData from its file name, else --as-of, else today with a warning', async () => {
    const named = await loadEstateWithWarnings(await workbook('RVTools_export_all_2025-09-24_08.30.00.xlsx', ['vMetaData']));
    expect(named.estate.asOf).toBe('2025-09-24');
    const given = await loadEstateWithWarnings(await workbook('export.xlsx', ['vMetaData']), { asOf: '2025-08-01' });
    expect(given.estate.asOf).toBe('2025-08-01');
    const undated = await loadEstateWithWarnings(join(dir, 'export.xlsx'), { today: '2026-12-04' });
    expect(undated.estate.asOf).toBe('2026-12-04');
    expect(undated.warnings.map((w) => w.message)).toContain('no export date found (no vMetaData sheet, no date in the file name): dated today, 2026-12-04; give the export date with --as-of YYYY-MM-DD');
  });

  it('says every VM is sized from allocation when the usage sheets are missing', async () => {
    const { estate, warnings } = await loadEstateWithWarnings(await workbook('RVTools_no_usage.xlsx', ['vCPU', 'vMemory']));
    expect(estate.servers.every((s) => s.usageBasis === undefined)).toBe(true);
    expect(warnings.map((w) => w.message)).toContain('no vCPU or vMemory sheet: no VM\'s use is known, so every VM is sized from its full allocation (export all sheets from RVTools to size from use)');
  });
});

describe('the RVTools tabs saved as CSV files', () => {
  it('reads vHost, vCPU, vMemory, vLicense and vMetaData saved beside the vInfo tab', async () => {
    const csvDir = await mkdtemp(join(dir, 'tabs-'));
    for (const [sheet, rows] of Object.entries(sheets)) {
      const text = rows.map((r) => r.map((c) => (c instanceof Date ? c.toISOString().replace('T', ' ').slice(0, 19) : c === null ? '' : String(c))).join(',')).join('\n');
      await writeFile(join(csvDir, `RVTools_tab${sheet}.csv`), `${text}\n`);
    }
    const { estate } = await loadEstateWithWarnings(join(csvDir, 'RVTools_tabvInfo.csv'));
    expect(estate.asOf).toBe('2025-09-26');
    expect(estate.hosts?.map((h) => h.id)).toEqual(['esx01.trust.nhs.uk', 'esx02.trust.nhs.uk']);
    expect(estate.licences?.map((l) => [l.unit, l.renewalDate])).toEqual([['socket', undefined], ['core', '2027-03-31']]);
    expect(estate.servers.find((s) => s.id === 'PATH-LIMS-01')).toMatchObject({ cpuUtilP95: 25, memUtilP95: 50, usageBasis: 'snapshot' });
  });
});

describe('a service map', () => {
  it('sets service, criticality and environment by folder, custom attribute and name, and lists the VMs it did not match', async () => {
    const map = join(dir, 'service-map.csv');
    await writeFile(map, [
      'match,pattern,service,criticality,environment',
      'folder,/Trust/Pathology/*,Pathology LIMS,critical,',
      'attribute:Clinical Area,Maternity,Maternity,high,',
      'name,NOT-THERE-*,Nothing,,',
    ].join('\n'));
    const { estate, warnings } = await loadEstateWithWarnings(await workbook('RVTools_services.xlsx'), { serviceMap: map });
    const byId = new Map(estate.servers.map((s) => [s.id, s]));
    expect(byId.get('PATH-LIMS-01')).toMatchObject({ service: 'Pathology LIMS', criticality: 'critical' });
    expect(byId.get('MAT-CTG-01')).toMatchObject({ service: 'Maternity', criticality: 'high' });
    expect(byId.get('DEV-WEB-01')).toMatchObject({ service: 'Unassigned', criticality: 'medium' });
    expect(warnings).toContainEqual({ file: 'service-map.csv', message: '1 of 3 servers matched no rule, so keep their own service (or "Unassigned"): DEV-WEB-01' });
  });

  it('reads a JSON service map and maps a canonical estate by name, keeping a service the row already has', async () => {
    const map = join(dir, 'service-map.json');
    await writeFile(map, JSON.stringify({ rules: [{ match: 'name', pattern: 'lims-*', service: 'Pathology LIMS', environment: 'Production' }, { match: 'name', pattern: '*', criticality: 'low' }] }));
    const estate = join(dir, 'canonical.csv');
    await writeFile(estate, 'id,cpu_cores,mem_gb,service\nLIMS-01,4,16,\nLIMS-02,4,16,Blood bank\nHR-01,2,8,\n');
    const loaded = await loadEstateWithWarnings(estate, { serviceMap: map });
    expect(loaded.estate.servers.map((s) => [s.id, s.service, s.environment, s.criticality])).toEqual([
      ['LIMS-01', 'Pathology LIMS', 'production', 'low'],
      ['LIMS-02', 'Blood bank', 'production', 'low'],
      ['HR-01', 'Unassigned', 'production', 'low'],
    ]);
    expect(loaded.warnings).toEqual([]);
  });

  it('names the file, row and column of a bad rule', async () => {
    const map = join(dir, 'bad-map.csv');
    await writeFile(map, 'match,pattern,service,criticality\nfolders,/Trust/*,X,\nname,A-*,,extreme\n');
    const error = await loadEstateWithWarnings(await workbook('RVTools_bad_map.xlsx'), { serviceMap: map }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message.split('\n')).toEqual([
      'bad-map.csv row 2, match: expected folder, annotation, name or attribute:COLUMN (a vInfo column such as a custom attribute), got "folders"',
      'bad-map.csv row 3, criticality: expected critical, high, medium or low, got "extreme"',
    ]);
  });
});
