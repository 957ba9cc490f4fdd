import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../engine/errors.js';
import { loadEstate } from '../../../engine/io/load-estate.js';
import { loadEstateWithWarnings } from '../../../engine/io/load-estate-with-warnings.js';

const fixtures = join(import.meta.dirname, '../../fixtures/estate');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-estate-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** The problem lines an InputError carries, as the CLI prints them. */
async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message.split('\n');
}

describe('loadEstate on the canonical CSV', () => {
  it('reports every bad cell at once, naming file, spreadsheet row, column, expectation and value', async () => {
    expect(await problemsOf(loadEstate(join(fixtures, 'bad-values.csv')))).toEqual([
      'bad-values.csv row 3, cpu_util_p95: expected a number from 0 to 100, got "140"',
      'bad-values.csv row 4, kind: expected physical or virtual, got "container"',
      'bad-values.csv row 4, cpu_cores: expected a whole number of cores from 1 to 4096, got "two"',
      'bad-values.csv row 5, criticality: expected critical, high, medium or low, got "urgent"',
      'bad-values.csv row 5, mem_gb: expected memory in GB above 0 and at most 65536, got an empty cell',
      'bad-values.csv row 5, warranty_end: expected a date as YYYY-MM-DD, got "next year"',
      'bad-values.csv row 6, id: duplicate server id "SRV-001" (first used on row 2); expected every id to be unique',
    ]);
  });

  it('names every missing required column and lists the columns it found', async () => {
    expect(await problemsOf(loadEstate(join(fixtures, 'missing-columns.csv')))).toEqual([
      'missing-columns.csv row 1, id: missing required column; columns found: name, kind, cores',
      'missing-columns.csv row 1, cpu_cores: missing required column; columns found: name, kind, cores',
      'missing-columns.csv row 1, mem_gb: missing required column; columns found: name, kind, cores',
    ]);
  });

  it('warns about unknown columns instead of failing', async () => {
    const { estate, warnings } = await loadEstateWithWarnings(join(fixtures, 'unknown-column.csv'));
    expect(estate.servers.map((s) => s.id)).toEqual(['SRV-001']);
    expect(warnings).toEqual([
      { file: 'unknown-column.csv', row: 1, column: 'Owner notes', message: 'unknown column, ignored (see docs/data-formats.md for the columns unsprawl reads)' },
    ]);
  });

  it('fills every default for empty cells', async () => {
    const [server] = (await loadEstate(join(fixtures, 'minimal.csv'))).servers;
    expect(server).toEqual({
      id: 'SRV-001', kind: 'physical', service: 'Unassigned', apps: [], site: 'Main', environment: 'production',
      criticality: 'medium', os: '', cpuCores: 8, memGb: 32, storageGb: 0, rackUnits: 1, annualSupportPence: undefined, virtualisable: true,
      cpuUtilP95: undefined, corePerf: undefined, memUtilP95: undefined, powerWatts: undefined, purchaseYear: undefined,
      warrantyEnd: undefined, notVirtualisableReason: undefined, antiAffinity: undefined,
      currentHost: undefined, currentCluster: undefined, usageBasis: undefined,
    });
  });

  it('reads an Excel "CSV UTF-8" export: BOM, CRLF, quoted commas, quotes and line breaks, spaced headers', async () => {
    const text = '\uFEFFid,CPU Cores,mem_gb,service,apps,not_virtualisable_reason,virtualisable\r\n'
      + 'SRV-010,4,16,"Email, file and print","Print server; ""Follow-me"" printing",,Yes\r\n'
      + 'SRV-011,2,8,Pharmacy,Robot,"Vendor appliance,\r\nserial cards",no\r\n';
    const estate = await loadEstate(await write('excel.csv', text));
    expect(estate.servers.map((s) => [s.id, s.cpuCores, s.service, s.apps, s.virtualisable, s.notVirtualisableReason])).toEqual([
      ['SRV-010', 4, 'Email, file and print', ['Print server', '"Follow-me" printing'], true, undefined],
      ['SRV-011', 2, 'Pharmacy', ['Robot'], false, 'Vendor appliance,\r\nserial cards'],
    ]);
  });

  it('undoes Excel number and UK date formatting, and honours a "sep=" line', async () => {
    const text = 'sep=;\r\nid;cpu_cores;mem_gb;storage_gb;annual_support_gbp;cpu_util_p95;warranty_end\r\nSRV-1;8;64;1,200;£1,450.50;12%;31/3/2020\r\n';
    const [server] = (await loadEstate(await write('excel-formats.csv', text))).servers;
    expect(server).toMatchObject({ id: 'SRV-1', storageGb: 1200, annualSupportPence: 145050, cpuUtilP95: 12, warrantyEnd: '2020-03-31' });
  });

  it('keeps spreadsheet row numbers when blank rows sit between the data', async () => {
    const path = await write('gaps.csv', 'id,cpu_cores,mem_gb\nA,1,1\n\n,,\nB,1,-4\n');
    expect(await problemsOf(loadEstate(path))).toEqual(['gaps.csv row 5, mem_gb: expected memory in GB above 0 and at most 65536, got "-4"']);
  });

  it('reads semicolon-separated exports from Excel set to a European locale', async () => {
    const [server] = (await loadEstate(join(fixtures, 'semicolons.csv'))).servers;
    expect(server?.apps).toEqual(['e-Observations, bedside']);
    expect(server?.service).toBe('Ward systems');
  });

  it('refuses an empty file, and a header with no data', async () => {
    expect(await problemsOf(loadEstate(await write('empty.csv', '')))).toEqual([
      'empty.csv: file is empty: expected a header row and at least one row of data',
    ]);
    expect(await problemsOf(loadEstate(join(fixtures, 'header-only.csv')))).toEqual(['header-only.csv: file has a header but no rows of data']);
  });

  it('refuses text that is not UTF-8 and says where and how to fix it', async () => {
    const latin1 = Buffer.concat([Buffer.from('id,cpu_cores,mem_gb,annual_support_gbp\nA,1,1,'), Buffer.from([0xa3]), Buffer.from('100\n')]);
    expect(await problemsOf(loadEstate(await write('latin1.csv', latin1)))).toEqual([
      'latin1.csv row 2: expected UTF-8 text, got a byte that is not UTF-8 (0xA3); in Excel use "Save as: CSV UTF-8"',
    ]);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const path = await write('big.csv', `id,cpu_cores,mem_gb\n${'A,1,1\n'.repeat(2000)}`);
    expect(await problemsOf(loadEstate(path, { maxBytes: 1024 }))).toEqual([
      'big.csv: file is 12 KB, larger than the 1 KB limit; split it, or raise the limit with UNSPRAWL_MAX_INPUT_MB',
    ]);
  });

  it('refuses a 50 MB file by default', async () => {
    const path = await write('huge.csv', Buffer.alloc(50 * 1024 * 1024 + 1, 0x41));
    expect(await problemsOf(loadEstate(path))).toEqual([
      'huge.csv: file is 50.0 MB, larger than the 50.0 MB limit; split it, or raise the limit with UNSPRAWL_MAX_INPUT_MB',
    ]);
  });

  it('refuses file types it cannot read, and missing files', async () => {
    expect(await problemsOf(loadEstate(await write('servers.txt', 'id\n')))).toEqual(['servers.txt: expected a .csv, .xlsx or .json estate file, got ".txt"']);
    expect(await problemsOf(loadEstate(join(dir, 'nope.csv')))).toEqual([`nope.csv: cannot read ${join(dir, 'nope.csv')}: ENOENT`]);
  });

  it('reports a cell with no column name', async () => {
    const path = await write('extra.csv', 'id,cpu_cores,mem_gb\nA,1,1,surplus\n');
    expect(await problemsOf(loadEstate(path))).toEqual(['extra.csv row 2: cell 4 has a value ("surplus") but no column name in the header']);
  });
});

describe('loadEstate on JSON', () => {
  it('reads an object with servers and asOf; null means "use the default"', async () => {
    const estate = await loadEstate(join(fixtures, 'servers.json'));
    expect(estate.asOf).toBe('2026-10-31');
    expect(estate.source).toBe('servers.json');
    expect(estate.servers.map((s) => [s.id, s.kind, s.apps, s.antiAffinity])).toEqual([
      ['SRV-001', 'physical', ['LIMS', 'Blood bank'], undefined],
      ['SRV-002', 'virtual', [], undefined],
    ]);
  });

  it('locates problems by path', async () => {
    expect(await problemsOf(loadEstate(join(fixtures, 'bad-servers.json')))).toEqual([
      'bad-servers.json, servers[1].cpu_cores: expected a whole number of cores from 1 to 4096, got 0',
    ]);
  });

  it('reports broken JSON and the wrong shape', async () => {
    const [broken] = await problemsOf(loadEstate(await write('broken.json', '{"servers": [')));
    expect(broken).toMatch(/^broken\.json: expected valid JSON: /);
    expect(await problemsOf(loadEstate(await write('shape.json', '{"hosts": []}')))).toEqual([
      'shape.json: expected a JSON array of servers, or an object with a "servers" array (and optional "asOf", "hosts", "licences")',
    ]);
  });
});

describe('the bundled sample trust', () => {
  it('loads with no problems and no warnings', async () => {
    const { estate, warnings } = await loadEstateWithWarnings();
    expect(warnings).toEqual([]);
    expect(estate.source).toBe('estate.csv');
    expect(estate.servers.length).toBeGreaterThanOrEqual(150);
    expect(estate.servers.length).toBeLessThanOrEqual(250);
  });
});

describe('loadEstate: activity signals for switching servers off', () => {
  it('reads them from the canonical CSV, UK dates included, and from JSON; bad values name the column', async () => {
    const csv = await write('signals.csv', 'id,cpu_cores,mem_gb,net_kbps_p95,disk_iops_p95,last_logon,last_change,owner\nA,2,8,"1,200",3,31/01/2025,2024-12-01,Head of Pathology IT\nB,2,8,,,,,\n');
    const { estate } = await loadEstateWithWarnings(csv);
    expect(estate.servers.map((s) => [s.id, s.netKbpsP95, s.diskIopsP95, s.lastLogon, s.lastChange, s.owner])).toEqual([
      ['A', 1200, 3, '2025-01-31', '2024-12-01', 'Head of Pathology IT'],
      ['B', undefined, undefined, undefined, undefined, undefined],
    ]);
    const json = await write('signals.json', JSON.stringify([{ id: 'J', cpu_cores: 2, mem_gb: 8, net_kbps_p95: 4, last_change: '2023-05-06', owner: 'Estates' }]));
    expect((await loadEstateWithWarnings(json)).estate.servers[0]).toMatchObject({ netKbpsP95: 4, lastChange: '2023-05-06', owner: 'Estates' });
    const bad = await write('bad-signals.csv', 'id,cpu_cores,mem_gb,net_kbps_p95,last_logon\nA,2,8,-1,yesterday\n');
    expect(await problemsOf(loadEstate(bad))).toEqual([
      'bad-signals.csv row 2, net_kbps_p95: expected network throughput in kbit/s from 0 to 100000000, got "-1"',
      'bad-signals.csv row 2, last_logon: expected a date as YYYY-MM-DD, got "yesterday"',
    ]);
  });
});
