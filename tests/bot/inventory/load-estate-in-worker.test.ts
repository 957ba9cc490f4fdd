import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInventory } from '../../../bot/inventory/import-inventory.js';
import { loadEstateInWorker } from '../../../bot/inventory/load-estate-in-worker.js';
import { InputError } from '../../../engine/errors.js';
import { loadEstate } from '../../../engine/io/load-estate.js';
import { openStore, type HistoryStore } from '../../../store/open-store.js';
import { listSnapshots } from '../../../store/snapshots/list-snapshots.js';
import { zipBombs } from '../../fixtures/bad-inputs/zip-bombs.js';

let dir: string;
let store: HistoryStore;
let bombs: Record<string, Buffer>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-upload-worker-'));
  store = openStore({ path: join(dir, 'history.db') });
  bombs = await zipBombs();
}, 60_000);
afterAll(async () => {
  store.close();
  await rm(dir, { recursive: true, force: true });
});

const options = () => ({ store, baseline: () => loadEstate(), now: () => new Date('2026-11-25T10:00:00Z') });

describe('chat uploads read on a capped worker (issue 19)', () => {
  it('refuses a zip bomb shared in chat with the workbook limit, storing nothing', async () => {
    const result = await importInventory({ bytes: bombs['lying-sheet-1gb.xlsx']!, filename: 'rvtools.xlsx', uploadedBy: 'slack:U0MALLORY' }, options());
    expect(result).toMatchObject({ stored: false, problems: [{ file: 'rvtools.xlsx', message: expect.stringContaining('inflates to more than 128 MB') }] });
    expect(listSnapshots(store)).toEqual([]);
  }, 60_000);

  it('reads a good upload on the worker as the CLI would', async () => {
    const result = await importInventory({ bytes: bombs['lying-media-600mb.xlsx']!, filename: 'rvtools.xlsx', uploadedBy: 'slack:U0ALICE' }, options());
    expect(result).toMatchObject({ stored: true, servers: 2 });
  }, 60_000);

  it('turns running out of the heap cap into an input error, and the bot carries on', async () => {
    const path = join(dir, 'wide.csv');
    await writeFile(path, `id,cpu_cores,mem_gb,service\n${Array.from({ length: 60_000 }, (_, i) => `SRV-${i},2,4,Service ${i}`).join('\n')}\n`);
    const error = await loadEstateInWorker(path, 50 * 1024 * 1024, undefined, 16).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('wide.csv: reading this file needs more than the 16 MB an upload may use: expected an inventory export; split it or import it with unsprawl import');
    expect((await loadEstateInWorker(path, 50 * 1024 * 1024)).estate.servers).toHaveLength(60_000);
  }, 60_000);

  it('obeys UNSPRAWL_MAX_INPUT_MB for uploads', async () => {
    const previous = process.env.UNSPRAWL_MAX_INPUT_MB;
    process.env.UNSPRAWL_MAX_INPUT_MB = '0.5';
    try {
      const result = await importInventory({ bytes: bombs['three-1gb.xlsx']!, filename: 'big.xlsx', uploadedBy: 'slack:U0ALICE' }, options());
      expect(result).toMatchObject({ stored: false, problems: [{ file: 'big.xlsx', message: expect.stringContaining('larger than the 0.5 MB limit') }] });
    } finally {
      if (previous === undefined) delete process.env.UNSPRAWL_MAX_INPUT_MB;
      else process.env.UNSPRAWL_MAX_INPUT_MB = previous;
    }
  });
});
