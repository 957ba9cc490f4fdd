import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../engine/errors.js';
import { loadHostCatalogue, loadHostCatalogueWithWarnings } from '../../../engine/io/load-host-catalogue.js';

const fixtures = join(import.meta.dirname, '../../fixtures/hosts');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unsprawl-hosts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message.split('\n');
}

describe('loadHostCatalogue', () => {
  it('loads the bundled catalogue: 4+ current rack and blade models, each with a source', async () => {
    const { hosts, warnings } = await loadHostCatalogueWithWarnings();
    expect(warnings).toEqual([]);
    expect(hosts.length).toBeGreaterThanOrEqual(4);
    expect(new Set(hosts.map((h) => h.formFactor))).toEqual(new Set(['rack', 'blade']));
    for (const h of hosts) {
      expect(h.source.length).toBeGreaterThan(20);
      expect(h.cores).toBe(h.sockets * h.coresPerSocket);
      expect(h.wattsMax).toBeGreaterThan(h.wattsIdle);
      expect(h.pricePence).toBeGreaterThan(0);
    }
  });

  it('reports every bad cell and duplicate model names with row and column', async () => {
    expect(await problemsOf(loadHostCatalogue(join(fixtures, 'bad-hosts.csv')))).toEqual([
      'bad-hosts.csv row 2, watts_max: expected watts_max to be at least watts_idle, got "200"',
      'bad-hosts.csv row 3, sockets: expected a whole number of sockets, 1 or more, got "two"',
      'bad-hosts.csv row 3, model: duplicate host model "R1" (first on row 2); expected every model name to be unique',
    ]);
  });

  it('names missing required columns', async () => {
    const path = join(dir, 'short.csv');
    await writeFile(path, 'model,vendor\nR1,Dell\n');
    const problems = await problemsOf(loadHostCatalogue(path));
    expect(problems[0]).toBe('short.csv row 1, sockets: missing required column; columns found: model, vendor');
    expect(problems).toHaveLength(9);
  });

  it('reads a JSON array of rows', async () => {
    const path = join(dir, 'hosts.json');
    await writeFile(path, JSON.stringify([{ model: 'X1', vendor: 'Acme', sockets: 1, cores_per_socket: 32, core_perf: 1.5, ram_gb: 512, watts_idle: 150, watts_max: 500, rack_units: 1, price_gbp: 18000.5, annual_support_gbp: 1200 }]));
    const [host] = await loadHostCatalogue(path);
    expect(host).toMatchObject({ model: 'X1', cores: 32, pricePence: 1800050, formFactor: 'rack', storageGb: 0 });
  });
});
