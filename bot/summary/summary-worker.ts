import { parentPort, workerData } from 'node:worker_threads';
import { loadInputs } from '../../engine/io/load-inputs.js';
import { openStore } from '../../store/open-store.js';
import { summaryAnswerSource } from './summary-answer-source.js';
import type { SummaryWorkerData, SummaryWorkerResult } from './summary-worker-protocol.js';

/**
 * Worker-thread entry: builds one month's summary answer off the bot's main thread (every
 * snapshot is evaluated, seconds of CPU) and sends it back. Its own store connection (WAL lets
 * it read while the main thread writes).
 */
async function build(data: SummaryWorkerData): Promise<SummaryWorkerResult> {
  const store = openStore({ path: data.storePath });
  try {
    const inputs = await loadInputs(data.inputPaths);
    const source = summaryAnswerSource({ store, hosts: inputs.hosts, assumptions: inputs.assumptions, corePerformance: inputs.corePerformance, scenario: data.scenario, ...(data.plan ? { plan: data.plan } : {}) });
    return { ok: true, answer: await source(data.month) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    store.close();
  }
}

parentPort?.postMessage(await build(workerData as SummaryWorkerData));
