import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../engine/errors.js';
import { projectRoot } from '../../../engine/io/project-paths.js';
import { readWorkbook } from '../../../engine/io/read-workbook.js';
import { buildZip, workbookEntries, zipBombs } from '../../fixtures/bad-inputs/zip-bombs.js';

const run = promisify(execFile);
let dir: string;
let bombs: Record<string, Buffer>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-bombs-'));
  bombs = await zipBombs();
  for (const [name, bytes] of Object.entries(bombs)) await writeFile(join(dir, name), bytes);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Loads the file in a child process and returns its outcome and peak resident memory. */
async function loadInChild(name: string): Promise<{ outcome: string; peakMb: number }> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tests/engine/io/load-estate-in-child.ts', join(dir, name)], { cwd: projectRoot });
  return JSON.parse(stdout) as { outcome: string; peakMb: number };
}

describe('readWorkbook on zip bombs (issue 19)', () => {
  it('keeps the bombs small on disk, as an attacker would send them', () => {
    expect(bombs['media-600mb.xlsx']!.length).toBeLessThan(1024 * 1024);
    expect(bombs['three-1gb.xlsx']!.length).toBeLessThan(4 * 1024 * 1024);
  });

  it.each([
    ['media-600mb.xlsx', 'workbook part xl/media/image1.png declares 600 MB inflated, more than the 128 MB limit for one part'],
    ['three-1gb.xlsx', 'workbook part xl/media/image1.png declares 1024 MB inflated'],
    ['lying-sheet-1gb.xlsx', 'workbook part xl/worksheets/sheet1.xml inflates to more than'],
    ['many-entries.xlsx', 'zip entries, more than the 2000 allowed'],
  ])('refuses %s with a clear error and a peak memory under 300 MB', async (name, fragment) => {
    const { outcome, peakMb } = await loadInChild(name);
    expect(outcome).toContain('InputError');
    expect(outcome).toContain(fragment);
    expect(peakMb).toBeLessThan(300);
  }, 60_000);

  it('never inflates a part no sheet needs, even one that lies about its size', async () => {
    const { outcome, peakMb } = await loadInChild('lying-media-600mb.xlsx');
    expect(outcome).toBe('loaded 2 servers');
    expect(peakMb).toBeLessThan(300);
  }, 60_000);

  it('applies smaller limits when given, to the total of the parts it inflates', async () => {
    const bytes = buildZip(await workbookEntries());
    const error = await readWorkbook(bytes, 'small.xlsx', { limits: { maxTotalBytes: 1024, maxPartBytes: 1024 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^small\.xlsx: workbook (part .* declares|declares) /);
  });

  it('reads only the sheets asked for, but lists them all', async () => {
    const workbook = await readWorkbook(buildZip(await workbookEntries()), 'ok.xlsx', { sheets: ['vHost'] });
    expect(workbook.sheetNames).toEqual(['vInfo']);
    expect(workbook.sheet('vInfo')).toBeUndefined();
    expect((await readWorkbook(buildZip(await workbookEntries()), 'ok.xlsx')).sheet('vInfo')?.rows).toHaveLength(2);
  });
});
