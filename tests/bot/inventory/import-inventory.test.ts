import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importInventory } from '../../../bot/inventory/import-inventory.js';
import { loadEstate } from '../../../engine/io/load-estate.js';
import { dataDir } from '../../../engine/io/project-paths.js';
import { openStore, type HistoryStore } from '../../../store/open-store.js';
import { seedHistory } from '../../../store/history/seed-history.js';
import { listSnapshots } from '../../../store/snapshots/list-snapshots.js';

let dir: string;
let store: HistoryStore;
let sampleCsv: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-inventory-'));
  store = openStore({ path: join(dir, 'history.db') });
  sampleCsv = await readFile(join(dataDir, 'estate.csv'), 'utf8');
});
afterEach(async () => {
  store.close();
  await rm(dir, { recursive: true, force: true });
});

const options = () => ({ store, baseline: () => loadEstate(), now: () => new Date('2026-11-25T10:00:00Z') });
const bytes = (text: string) => new TextEncoder().encode(text);

describe('importInventory', () => {
  it('stores an RVTools export without vHost or vLicense and says what it assumed instead', async () => {
    const book = new ExcelJS.Workbook();
    const vInfo = book.addWorksheet('vInfo');
    vInfo.addRow(['VM', 'Powerstate', 'Template', 'CPUs', 'Memory', 'Datacenter', 'Cluster', 'Host']);
    vInfo.addRow(['WARD-APP-01', 'poweredOn', false, 4, 16384, 'Main DC', 'CL-PROD', 'esx01']);
    const upload = { bytes: new Uint8Array(await book.xlsx.writeBuffer()), filename: 'RVTools_export_all.xlsx', uploadedBy: 'teams:alice' };
    const result = await importInventory(upload, options());
    expect(result.stored).toBe(true);
    if (!result.stored) return;
    expect(result.asOf).toBe('2026-11-25');
    expect(result.assumed.some((note) => note.startsWith('no vHost sheet: today\'s hosts are unknown'))).toBe(true);
    expect(result.assumed.some((note) => note.startsWith('no vLicense sheet: today\'s hypervisor licences are assumed'))).toBe(true);
    expect(result.assumed).toContain('no export date found (no vMetaData sheet, no date in the file name): dated today, 2026-11-25; give the export date with --as-of YYYY-MM-DD');
  });

  it('stores a valid inventory as the snapshot for today and says what changed against the estate in use', async () => {
    const lines = sampleCsv.trimEnd().split('\n');
    const header = lines[0] ?? '';
    const [first, second, ...rest] = lines.slice(1);
    const edited = (second ?? '').replace(/^([^,]+,[^,]+,[^,]+,[^,]+,[^,]+,[^,]+,[^,]+,[^,]+),(\d+),/, (_, head: string, cores: string) => `${head},${Number(cores) + 4},`);
    const csv = [header, edited, ...rest, 'NEW-SRV-001,virtual,Ward systems,New app,Main DC,production,medium,Windows Server 2022,4,20,1,16,50,100,,,2024,,0,yes,,'].join('\n');
    const result = await importInventory({ bytes: bytes(csv), filename: 'november.csv', uploadedBy: 'slack:U0ALICE' }, options());
    expect(result.stored).toBe(true);
    if (!result.stored) return;
    const removedId = (first ?? '').split(',')[0];
    const changedId = (second ?? '').split(',')[0];
    expect(result.asOf).toBe('2026-11-25');
    expect(result.changes.added).toEqual(['NEW-SRV-001']);
    expect(result.changes.removed).toEqual([removedId]);
    // Named by the inventory's column, with the old and new values.
    const cores = Number((second ?? '').split(',')[8]);
    expect(result.changes.changed).toEqual([{ id: changedId, changes: [{ column: 'cpu_cores', before: String(cores), after: String(cores + 4) }] }]);
    expect(listSnapshots(store).map((s) => [s.asOf, s.serverCount, s.importedBy])).toEqual([['2026-11-25', lines.length - 1, 'slack:U0ALICE']]);
  });

  it('replaces the bundled sample history with the first real upload, and compares with the estate in use', async () => {
    await seedHistory(store, { now: new Date('2026-11-01T09:00:00Z') });
    expect(listSnapshots(store).every((s) => s.importedBy === 'seed')).toBe(true);
    const withoutLast = sampleCsv.trimEnd().split('\n').slice(0, -1).join('\n');
    const result = await importInventory({ bytes: bytes(withoutLast), filename: 'ours.csv', uploadedBy: 'slack:U0ALICE' }, options());
    expect(result.stored).toBe(true);
    if (!result.stored) return;
    expect(listSnapshots(store).map((s) => s.importedBy)).toEqual(['slack:U0ALICE']);
    expect(result.changes.removed).toEqual([sampleCsv.trimEnd().split('\n').at(-1)!.split(',')[0]]);
    expect(result.changes.added).toEqual([]);
  });

  it('compares a second upload with the snapshot stored by the first', async () => {
    await importInventory({ bytes: bytes(sampleCsv), filename: 'a.csv', uploadedBy: 'slack:U1' }, options());
    const withoutLast = sampleCsv.trimEnd().split('\n').slice(0, -1).join('\n');
    const result = await importInventory({ bytes: bytes(withoutLast), filename: 'b.csv', uploadedBy: 'slack:U1' }, options());
    expect(result.stored && result.changes).toMatchObject({ added: [], changed: [], before: 232, after: 231 });
    expect(listSnapshots(store)).toHaveLength(1);
  });

  it('lists every row problem against the uploaded file name and stores nothing', async () => {
    const csv = ['id,cpu_cores,mem_gb', 'A,4,16', 'B,none,16', 'C,2,-1'].join('\n');
    const result = await importInventory({ bytes: bytes(csv), filename: 'bad export.csv', uploadedBy: 'slack:U1' }, options());
    expect(result.stored).toBe(false);
    if (result.stored) return;
    expect(result.problems.map((p) => [p.file, p.row, p.column])).toEqual([
      ['bad export.csv', 3, 'cpu_cores'],
      ['bad export.csv', 4, 'mem_gb'],
    ]);
    expect(listSnapshots(store)).toEqual([]);
  });

  it('refuses a file type the loaders cannot read, storing nothing', async () => {
    const result = await importInventory({ bytes: bytes('%PDF-1.7'), filename: 'estate.pdf', uploadedBy: 'slack:U1' }, options());
    expect(result).toMatchObject({ stored: false, problems: [{ file: 'estate.pdf' }] });
    expect(listSnapshots(store)).toEqual([]);
  });
});
