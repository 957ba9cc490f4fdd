import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../../engine/errors.js';
import { loadEstateWithWarnings } from '../../engine/io/load-estate-with-warnings.js';
import type { EstateWorkerData, EstateWorkerResult } from './estate-worker-protocol.js';

/**
 * Worker-thread entry: reads one uploaded inventory with the estate loaders, inside the memory
 * cap its parent set, and sends back the estate or every problem found.
 */
async function load(data: EstateWorkerData): Promise<EstateWorkerResult> {
  try {
    const { estate, warnings } = await loadEstateWithWarnings(data.path, { maxBytes: data.maxBytes, ...(data.today ? { today: data.today } : {}) });
    return { ok: true, estate, warnings };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, problems: error.problems };
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.postMessage(await load(workerData as EstateWorkerData));
