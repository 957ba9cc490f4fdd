import type { Worker } from 'node:worker_threads';
import type { Estate } from '../../engine/estate/estate.js';
import type { InputPaths } from '../../engine/io/load-inputs.js';
import type { ScenarioInput } from '../../engine/scenario/scenario.js';
import type { BotCore, BotReply } from '../conversation/bot-core.js';
import { startModuleWorker } from '../worker/start-module-worker.js';
import type { BotCoreRequest, BotCoreResponse, BotCoreWorkerData, PaperHtml } from './bot-core-protocol.js';

export interface WorkerBotCore {
  /** The bot core's contract, answered by the worker thread. */
  core: BotCore;
  /** Answers from this estate from now on (an inventory uploaded in chat). */
  useEstate(estate: Estate): Promise<void>;
  /** The business case for a scenario as HTML, built in the worker from the current inputs. */
  businessCaseHtml(scenario: ScenarioInput): Promise<PaperHtml>;
  close(): Promise<void>;
}

type RequestBody = BotCoreRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * The bot core on a worker thread. The engine is CPU-bound (placement, NPV, Monte Carlo): run
 * on the main thread, 100 questions at once would hold Slack's acknowledgements for tens of
 * seconds. Here the main thread only receives, acknowledges and posts; the worker computes.
 * A worker that dies fails the requests in flight and is started again for the next one.
 */
export function createWorkerBotCore(paths: InputPaths, initialEstate?: Estate, storePath?: string): WorkerBotCore {
  let estate = initialEstate;
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: BotCoreResponse & { ok: true }) => void; reject: (e: Error) => void }>();

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = undefined;
  };

  const running = (): Worker => {
    if (worker) return worker;
    const started = startModuleWorker(import.meta.url, 'bot-core-worker', { paths, ...(estate ? { estate } : {}), ...(storePath ? { storePath } : {}) } satisfies BotCoreWorkerData);
    started.on('message', (response: BotCoreResponse) => {
      const waiter = pending.get(response.id);
      pending.delete(response.id);
      if (!waiter) return;
      if (response.ok) waiter.resolve(response);
      else waiter.reject(new Error(response.error));
    });
    started.on('error', (error) => failAll(error));
    started.on('exit', (code) => {
      if (worker === started) failAll(new Error(`the bot core's worker stopped (exit code ${code})`));
    });
    worker = started;
    return started;
  };

  const call = (body: RequestBody) =>
    new Promise<BotCoreResponse & { ok: true }>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      running().postMessage({ ...body, id });
    });

  const reply = async (body: RequestBody): Promise<BotReply> => {
    const response = await call(body);
    if (!response.reply) throw new Error(`the bot core's worker sent no answer for ${body.op}`);
    return response.reply;
  };

  // Start loading the inputs now, so the first question does not wait for it.
  running();
  return {
    core: {
      ask: (text, context) => reply({ op: 'ask', text, ...(context ? { context } : {}) }),
      act: (actionId, request) => reply({ op: 'act', actionId, ...(request ? { request } : {}) }),
    },
    async useEstate(next) {
      estate = next;
      await call({ op: 'use-estate', estate: next });
    },
    async businessCaseHtml(scenario) {
      const response = await call({ op: 'business-case-html', scenario });
      if (!response.paper) throw new Error("the bot core's worker sent no business case");
      return response.paper;
    },
    async close() {
      const current = worker;
      worker = undefined;
      failAll(new Error('the bot is stopping'));
      await current?.terminate();
    },
  };
}
