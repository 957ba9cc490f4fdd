import type { Answer } from '../answer/answer.js';
import { startModuleWorker } from '../worker/start-module-worker.js';
import type { SummaryWorkerData, SummaryWorkerResult } from './summary-worker-protocol.js';

/**
 * Builds a month's summary answer on a one-off worker thread, so the bot keeps acknowledging
 * Slack and Teams within their time limits while the snapshots are evaluated.
 *
 * @example await summaryAnswerInWorker({ storePath, inputPaths: {}, scenario, plan, month: '2026-10' })
 */
export function summaryAnswerInWorker(data: SummaryWorkerData): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const worker = startModuleWorker(import.meta.url, 'summary-worker', data);
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
