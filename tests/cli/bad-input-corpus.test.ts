import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir, projectRoot } from '../../engine/io/project-paths.js';
import { openStore } from '../../store/open-store.js';
import { zipBombs } from '../fixtures/bad-inputs/zip-bombs.js';
import { tempDir } from '../store/temp-store.js';

const run = promisify(execFile);
const corpus = join(import.meta.dirname, '../fixtures/bad-inputs');
const tmp = tempDir();
const at = (name: string) => join(tmp.dir, name);
const bad = (name: string) => join(corpus, name);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI from the sources in a child process. `asNobody`: as uid 65534 when the tests run
 * as root, for whom file permissions do not apply; any other user already cannot write a 0444 file.
 */
async function unsprawl(args: string[], options: { env?: NodeJS.ProcessEnv; asNobody?: boolean } = {}): Promise<Outcome> {
  const spawnOptions = { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1', HOME: tmp.dir, ...options.env }, maxBuffer: 16 * 1024 * 1024, ...(options.asNobody && process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}) };
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], spawnOptions);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A stack frame line, as Node prints them: what no user error may show. */
const stackFrame = /^\s+at .+(\(|:\d+:\d+)/m;

beforeAll(async () => {
  for (const [name, bytes] of Object.entries(await zipBombs())) writeFileSync(at(name), bytes);
  // A million nested arrays: JSON.parse copes, validation must not recurse into it.
  writeFileSync(at('nested.json'), `{"servers":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`);
  // A formula written by a script, with no saved value.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Estate');
  sheet.addRow(['id', 'cpu_cores', 'mem_gb']);
  sheet.addRow(['WARD-APP-01', 4, { formula: 'B2*4' }]);
  writeFileSync(at('formula.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
  // 1.5 MB of valid rows, for the size limit.
  writeFileSync(at('big.csv'), `id,cpu_cores,mem_gb\n${Array.from({ length: 110_000 }, (_, i) => `SRV-${i},2,4`).join('\n')}\n`);
  // The sample trust with ids holding quotes, commas, = and non-ASCII (quoted as CSV needs).
  const sample = readFileSync(join(dataDir, 'estate.csv'), 'utf8').split('\n');
  writeFileSync(at('quoted-ids.csv'), [sample[0], ...sample.slice(1).filter((l) => l.trim() !== '').map((l, i) => l.replace(/^([^,]+),/, `"$1 ""${i}"", é=${i}",`))].join('\n'));
  writeFileSync(at('not-a-folder'), 'a file where --out expects a folder');
  writeFileSync(at('not-sqlite.db'), 'this is a text file, not an SQLite database\n'.repeat(40));
  const newer = openStore({ path: at('newer.db') });
  newer.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, ?, ?)').run('from the future', '2030-01-01T00:00:00Z');
  newer.close();
}, 120_000);
afterAll(() => tmp.cleanup());

describe('the bad-input corpus (issue 19): every case exits 2 with one clear line, never a stack trace', { timeout: 120_000 }, () => {
  const cases: [string, () => string[], string, NodeJS.ProcessEnv?][] = [
    ['1e308 in a JSON field', () => ['import', bad('huge-number.json')], 'servers[0].annual_support_gbp: expected an amount in pounds from 0 to 10000000, got 1e+308'],
    ['NaN in a CSV cell', () => ['estate', '--estate', bad('nan.csv')], 'nan.csv row 2, mem_gb: expected memory in GB above 0 and at most 65536, got "NaN"'],
    ['Infinity in a CSV cell', () => ['estate', '--estate', bad('infinity.csv')], 'infinity.csv row 2, power_watts: expected power in watts from 0 to 50000, got "Infinity"'],
    ['a boolean where cores belong', () => ['import', bad('booleans.json'), '--as-of', '2026-11-30'], 'servers[0].cpu_cores: expected a whole number of cores from 1 to 4096, got true'],
    ['an array where GB belong', () => ['import', bad('booleans.json'), '--as-of', '2026-11-30'], 'servers[0].mem_gb: expected memory in GB above 0 and at most 65536, got [16]'],
    ['a non-object entry, without hiding the others', () => ['estate', '--estate', bad('non-object-entry.json')], 'servers[1].cpu_cores: expected a whole number of cores from 1 to 4096, got "two"'],
    ['a number where text belongs', () => ['estate', '--estate', bad('wrong-types.json')], 'servers[0].service: expected a service name as text, got 5'],
    ['an impossible asOf in the file', () => ['import', bad('impossible-as-of.json')], 'asOf: expected a real date as YYYY-MM-DD, got "2026-13-45"'],
    ['an impossible --as-of', () => ['import', bad('huge-number.json'), '--as-of', '2026-13-45'], '--as-of: expected a real date as YYYY-MM-DD, got "2026-13-45"'],
    ['deeply nested JSON', () => ['estate', '--estate', at('nested.json')], 'nested.json: expected JSON nested at most 32 levels deep'],
    ['a zip bomb in a media entry', () => ['estate', '--estate', at('media-600mb.xlsx')], 'declares 600 MB inflated, more than the 128 MB limit for one part'],
    ['a zip bomb in the sheet itself', () => ['import', at('lying-sheet-1gb.xlsx'), '--as-of', '2026-11-30'], 'inflates to more than 128 MB, the limit for one part'],
    ['a formula with no saved value', () => ['estate', '--estate', at('formula.xlsx')], 'mem_gb: expected memory in GB above 0 and at most 65536, got "formula =B2*4 with no saved value'],
    ['a file over UNSPRAWL_MAX_INPUT_MB (estate)', () => ['estate', '--estate', at('big.csv')], 'big.csv: file is 1.5 MB, larger than the 1.0 MB limit; split it, or raise the limit with UNSPRAWL_MAX_INPUT_MB', { UNSPRAWL_MAX_INPUT_MB: '1' }],
    ['a file over UNSPRAWL_MAX_INPUT_MB (import)', () => ['import', at('big.csv'), '--as-of', '2026-11-30', '--store', at('limit.db')], 'larger than the 1.0 MB limit', { UNSPRAWL_MAX_INPUT_MB: '1' }],
    ['a nonsense UNSPRAWL_MAX_INPUT_MB', () => ['estate', '--estate', at('big.csv')], 'UNSPRAWL_MAX_INPUT_MB: expected a size in MB above 0 and at most 400, got "1e9"', { UNSPRAWL_MAX_INPUT_MB: '1e9' }],
    ['--out pointing at a file', () => ['report', '--format', 'html', '--out', at('not-a-folder')], `${at('not-a-folder')}: a file is in the way where a folder is expected`],
    ['a store that is not SQLite', () => ['history', '--store', at('not-sqlite.db')], `the history store ${at('not-sqlite.db')} is not an SQLite database`],
    ['a store with a newer schema', () => ['summary', '--store', at('newer.db')], `the history store ${at('newer.db')} is at schema version 99, newer than this unsprawl understands`],
    ['--draws 1e9', () => ['tco', '--draws', '1e9'], '--draws: expected a whole number from 100 to 100000, got "1e9"'],
    ['an unknown flag', () => ['plan', '--hots', 'x'], "error: unknown option '--hots'"],
  ];

  it.each(cases)('%s', async (_name, args, fragment, env) => {
    const { code, stderr } = await unsprawl(args(), env ? { env } : {});
    expect(stderr).toContain(fragment);
    expect(stderr).not.toMatch(stackFrame);
    expect(code).toBe(2);
  });

  it('lets the same file through when UNSPRAWL_MAX_INPUT_MB is raised', async () => {
    const { code, stdout } = await unsprawl(['estate', '--estate', at('big.csv'), '--json'], { env: { UNSPRAWL_MAX_INPUT_MB: '3' } });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ servers: { total: 110_000 } });
  });

  it('reads a workbook whose media entry lies about its size without inflating it', async () => {
    const { code, stdout } = await unsprawl(['estate', '--estate', at('lying-media-600mb.xlsx'), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ servers: { total: 2 } });
  });

  it('prints server names with their terminal control characters removed', async () => {
    const { code, stdout } = await unsprawl(['estate', '--estate', bad('control-characters.csv')]);
    expect(code).toBe(0);
    expect(stdout).toContain('Ward[31m systems');
    expect(stdout).not.toMatch(/[\u001b\u0007]/);
  });

  it('builds a business case (with its do-minimum option) when ids hold quotes, commas, = and non-ASCII', async () => {
    const out = at('quoted-report');
    const { code, stderr } = await unsprawl(['report', '--estate', at('quoted-ids.csv'), '--format', 'html', '--out', out]);
    expect(stderr).not.toMatch(stackFrame);
    expect(code).toBe(0);
    expect(readFileSync(join(out, 'business-case.html'), 'utf8')).toContain('do minimum');
  });

  it('refuses a history poisoned before this version, naming the snapshot, instead of crashing', async () => {
    const path = at('poisoned.db');
    const imported = await unsprawl(['import', join(dataDir, 'estate.csv'), '--as-of', '2026-11-30', '--store', path]);
    expect(imported.code).toBe(0);
    const db = new Database(path);
    db.prepare("UPDATE snapshot_servers SET row_json = json_set(row_json, '$.annual_support_gbp', 1e308) WHERE position = 0").run();
    db.close();
    const { code, stderr } = await unsprawl(['summary', '--store', path]);
    expect(stderr).toContain('history snapshot 2026-11-30 row 2, annual_support_gbp: expected an amount in pounds from 0 to 10000000');
    expect(stderr).not.toMatch(stackFrame);
    expect(code).toBe(2);
  });

  it('lists a read-only store (reads still work) but refuses to write to it, with its own message', async () => {
    const folder = at('read-only');
    mkdirSync(folder);
    const path = join(folder, 'history.db');
    expect((await unsprawl(['import', join(dataDir, 'estate.csv'), '--as-of', '2026-11-30', '--store', path])).code).toBe(0);
    chmodSync(path, 0o444);
    chmodSync(folder, 0o555);
    chmodSync(tmp.dir, 0o755);
    const listed = await unsprawl(['history', '--store', path, '--json'], { asNobody: true });
    expect(listed.stderr).toContain('is read-only: listed as it is, nothing seeded');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject({ snapshots: [{ asOf: '2026-11-30' }] });
    const write = await unsprawl(['import', bad('../estate/minimal.csv'), '--as-of', '2026-12-01', '--store', path], { asNobody: true });
    expect(write.stderr).toContain(`the history store ${path} is read-only`);
    expect(write.stderr).not.toMatch(stackFrame);
    expect(write.code).toBe(2);
    chmodSync(folder, 0o755);
  });
});
