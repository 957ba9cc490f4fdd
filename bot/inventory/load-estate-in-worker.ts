import { basename } from 'node:path';
import type { Estate } from '../../engine/estate/estate.js';
import type { InputWarning } from '../../engine/io/input-table.js';
import { InputError } from '../../engine/errors.js';
import { startModuleWorker } from '../worker/start-module-worker.js';
import type { EstateWorkerData, EstateWorkerResult } from './estate-worker-protocol.js';

/**
 * Heap for reading one upload: room for the largest workbook the limits let through (its
 * inflated parts are Buffers, outside this heap), and a hard stop for anything else.
 */
export const UPLOAD_HEAP_MB = 384;

/**
 * Reads an uploaded inventory on a one-off worker thread with a capped heap, so a hostile or
 * simply enormous file can fail the upload but never exhaust the bot's own memory. Problems in
 * the file come back as an InputError; running out of the cap is one too.
 *
 * @example const { estate, warnings } = await loadEstateInWorker('/tmp/upload/inventory.xlsx', maxInputBytes(), '2026-12-04');
 */
export function loadEstateInWorker(path: string, maxBytes: number, today?: string, heapMb: number = UPLOAD_HEAP_MB): Promise<{ estate: Estate; warnings: InputWarning[] }> {
  return new Promise((resolve, reject) => {
    const data: EstateWorkerData = { path, maxBytes, ...(today ? { today } : {}) };
    const worker = startModuleWorker(import.meta.url, 'estate-worker', data, { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 } });
    let settled = false;
    worker.once('message', (result: EstateWorkerResult) => {
      settled = true;
      if (result.ok) resolve({ estate: result.estate, warnings: result.warnings });
      else if ('problems' in result) reject(new InputError(result.problems));
      else reject(new Error(result.error));
    });
    worker.once('error', (error: NodeJS.ErrnoException) => {
      settled = true;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        reject(new InputError([{ file: basename(path), message: `reading this file needs more than the ${heapMb} MB an upload may use: expected an inventory export; split it or import it with unsprawl import` }]));
      } else reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the estate worker stopped without an answer (exit code ${code})`));
    });
  });
}
