import { beforeAll, describe, expect, it } from 'vitest';
import { createBotCore } from '../../../bot/conversation/create-bot-core.js';
import type { BotCore } from '../../../bot/conversation/bot-core.js';
import { evaluate } from '../../../engine/evaluate.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { classifyServers } from '../../../engine/retirement/classify-servers.js';
import { reviewDate } from '../../../engine/retirement/review-date.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';

let inputs: Inputs;
let core: BotCore;
beforeAll(async () => {
  inputs = await loadInputs();
  core = createBotCore({ inputs, today: () => '2026-11-25' });
});

describe('switching servers off, in chat', () => {
  it.each(['which servers could we switch off?', 'Are there any zombie servers nobody uses?', 'what could we decommission instead of migrating'])(
    '"%s" lists the retirement candidates with their evidence',
    async (question) => {
      const { answer } = await core.ask(question);
      expect(answer.kind).toBe('estate');
      const review = classifyServers(inputs.estate.servers, inputs.assumptions, reviewDate(inputs.estate, inputs.assumptions));
      const zombies = review.servers.filter((s) => s.activity === 'zombie').length;
      expect(answer.figures.find((f) => f.label === 'Zombies')?.raw).toBe(zombies);
      expect(zombies).toBeGreaterThan(0);
      expect(answer.tables[0]!.rows.length).toBe(review.servers.filter((s) => s.activity === 'zombie' || s.activity === 'idle').length);
    },
  );

  it('"what if we retire the zombies first?" costs switching them off, with its saving apart from consolidation\'s', async () => {
    const { answer } = await core.ask('what if we retire the zombies first?');
    expect(answer.kind).toBe('what-if');
    const scenario = scenarioSchema.parse(answer.scenario);
    expect(scenario.retire).toBe('zombie');
    const engine = evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario, corePerformance: inputs.corePerformance });
    expect(answer.figures.find((f) => /^NPV at/.test(f.label))?.raw).toBe(engine.appraisal.npv);
    expect(engine.appraisal.savingSources.switchOff.servers).toBeGreaterThan(0);
    expect(answer.notes.join(' ')).toMatch(/Switching off \d+ unused servers first saves/);
  });
});
