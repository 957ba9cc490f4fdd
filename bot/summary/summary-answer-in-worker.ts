import { Worker } from 'node:worker_threads';
import type { Answer } from '../answer/answer.js';
import type { SummaryWorkerData, SummaryWorkerResult } from './summary-worker-protocol.js';

/** Compiled (.js) runs directly; from TypeScript sources (tsx, vitest) through tsx's loader. */
function startWorker(data: SummaryWorkerData): Worker {
  const compiled = import.meta.url.endsWith('.js');
  const entry = new URL(compiled ? './summary-worker.js' : './summary-worker.ts', import.meta.url);
  if (compiled) return new Worker(entry, { workerData: data });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: data });
}

/**
 * Builds a month's summary answer on a one-off worker thread, so the bot keeps acknowledging
 * Slack and Teams within their time limits while the snapshots are evaluated.
 *
 * @example await summaryAnswerInWorker({ storePath, inputPaths: {}, scenario, plan, month: '2026-10' })
 */
export function summaryAnswerInWorker(data: SummaryWorkerData): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(data);
    let settled = false;
    worker.once('message', (result: SummaryWorkerResult) => {
      settled = true;
      if (result.ok) resolve(result.answer);
      else reject(new Error(result.error));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the summary worker stopped without an answer (exit code ${code})`));
    });
  });
}
