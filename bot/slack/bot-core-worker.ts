import { parentPort, workerData } from 'node:worker_threads';
import { loadInputs, type Inputs } from '../../engine/io/load-inputs.js';
import { scenarioSchema } from '../../engine/scenario/scenario.js';
import { renderBusinessCase } from '../../reports/business-case/render-business-case.js';
import { createBotCore } from '../conversation/create-bot-core.js';
import { historySummary } from '../summary/history-summary.js';
import type { BotCore } from '../conversation/bot-core.js';
import type { BotCoreRequest, BotCoreResponse, BotCoreWorkerData } from './bot-core-protocol.js';

/**
 * The bot core in its own thread (see create-worker-bot-core.ts): loads the inputs once, then
 * answers ask/act requests, swaps the estate after an upload, and builds business-case HTML —
 * all the CPU-heavy engine work, away from the thread that acknowledges Slack and Teams.
 */
const port = parentPort;
if (port === null) throw new Error('bot-core-worker.ts must run in a worker thread');
const data = workerData as BotCoreWorkerData;

const coreFor = (inputs: Inputs): BotCore => createBotCore({ inputs, summary: historySummary(inputs, data.storePath) });

const loaded = loadInputs(data.paths).then((inputs): { inputs: Inputs; core: BotCore } => {
  const withEstate = data.estate ? { ...inputs, estate: data.estate } : inputs;
  return { inputs: withEstate, core: coreFor(withEstate) };
});
let state = loaded;

async function handle(request: BotCoreRequest): Promise<BotCoreResponse> {
  const { inputs, core } = await state;
  switch (request.op) {
    case 'ask':
      return { id: request.id, ok: true, reply: await core.ask(request.text, request.context) };
    case 'act':
      return { id: request.id, ok: true, reply: await core.act(request.actionId, request.request) };
    case 'use-estate': {
      const next = { ...inputs, estate: request.estate };
      state = Promise.resolve({ inputs: next, core: coreFor(next) });
      return { id: request.id, ok: true };
    }
    case 'business-case-html': {
      const scenario = scenarioSchema.parse(request.scenario);
      const assumptions = inputs.assumptions.with(scenario.overrides, 'scenario');
      const paper = await renderBusinessCase({ inputs, scenario, assumptions, format: ['html'] });
      if (paper.html === undefined) throw new Error(`the report generator made no HTML for ${scenario.name}`);
      return { id: request.id, ok: true, paper: { html: paper.html, title: paper.title, classification: paper.view.classification, footerNote: paper.view.footerNote } };
    }
  }
}

port.on('message', (request: BotCoreRequest) => {
  handle(request).then(
    (response) => port.postMessage(response),
    (error: unknown) => port.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies BotCoreResponse),
  );
});
