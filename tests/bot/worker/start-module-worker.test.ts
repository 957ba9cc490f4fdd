import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { startModuleWorker } from '../../../bot/worker/start-module-worker.js';

const dir = mkdtempSync(join(tmpdir(), 'unsprawl-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// ES modules, like the project's own package.
writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
const echo = (layout: string) => `import { parentPort, workerData } from 'node:worker_threads';\nparentPort.postMessage({ layout: '${layout}', workerData });\n`;
writeFileSync(join(dir, 'echo-worker.js'), echo('compiled'));
// Type syntax proves the source runs through tsx's loader, not plain Node.
writeFileSync(join(dir, 'echo-worker.ts'), echo('source').replace('parentPort.postMessage', 'const layout: string = "";\nvoid layout;\nparentPort!.postMessage'));

function firstMessage(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    worker.once('message', (message) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('startModuleWorker', () => {
  it('runs the compiled sibling module when the caller is compiled', async () => {
    const worker = startModuleWorker(pathToFileURL(join(dir, 'caller.js')).href, 'echo-worker', { month: '2026-10' });
    expect(await firstMessage(worker)).toEqual({ layout: 'compiled', workerData: { month: '2026-10' } });
  });

  it('runs the TypeScript sibling through tsx when the caller is a source file', async () => {
    const worker = startModuleWorker(pathToFileURL(join(dir, 'caller.ts')).href, 'echo-worker', { month: '2026-11' });
    expect(await firstMessage(worker)).toEqual({ layout: 'source', workerData: { month: '2026-11' } });
  });
});
