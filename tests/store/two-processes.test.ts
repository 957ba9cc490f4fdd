import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../engine/io/project-paths.js';
import { listSummaryPosts } from '../../store/ledger/list-summary-posts.js';
import { openStore } from '../../store/open-store.js';
import { tempDir } from './temp-store.js';

/** Starts a racer; `ready` resolves once it has opened the store, `won` with the keys it claimed. */
function racer(args: string[]): { ready: Promise<void>; won: Promise<string[]> } {
  const child = spawn('npx', ['tsx', join(projectRoot, 'tests/store/claim-from-process.ts'), ...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.startsWith('ready\n')) markReady();
  });
  const won = new Promise<string[]>((resolve, reject) => {
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(output.slice('ready\n'.length)) as string[]) : reject(new Error(`racer exited with ${code}`))));
  });
  return { ready, won };
}

describe('two processes sharing one store file', { timeout: 120_000 }, () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('never both win the claim for the same month and destination', async () => {
    const path = tmp.file();
    const go = tmp.file('go');
    openStore({ path }).close();
    const count = 300;
    const racers = ['a', 'b'].map((name) => racer([path, name, String(count), go]));
    await Promise.all(racers.map((r) => r.ready));
    writeFileSync(go, '');
    const [a, b] = await Promise.all(racers.map((r) => r.won));
    expect(a!.filter((key) => b!.includes(key))).toEqual([]);
    expect(a!.length + b!.length).toBe(count);
    const store = openStore({ path });
    const posts = listSummaryPosts(store, '2026-10');
    store.close();
    expect(posts).toHaveLength(count);
    expect(posts.every((p) => p.status === 'posted' && p.attempts === 1)).toBe(true);
  });
});
