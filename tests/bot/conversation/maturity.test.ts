import { beforeAll, describe, expect, it } from 'vitest';
import type { BotCore } from '../../../bot/conversation/bot-core.js';
import { createBotCore } from '../../../bot/conversation/create-bot-core.js';
import { renderAnswerBlocks } from '../../../bot/slack/render-answer-blocks.js';
import { renderAnswerCard } from '../../../bot/teams/render-answer-card.js';
import { renderAnswerText } from '../../../bot/terminal/render-answer-text.js';
import { runPlan } from '../../../cli/commands/plan.js';
import { evaluate } from '../../../engine/evaluate.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { assessMaturity } from '../../../engine/maturity/assess-maturity.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';

let inputs: Inputs;
let core: BotCore;
beforeAll(async () => {
  inputs = await loadInputs();
  core = createBotCore({ inputs, today: () => '2026-11-25' });
});

interface PlanJson {
  maturity: { label: string; before: { level: number }; after: { level: number } }[];
}

describe('NIMM maturity, in chat', () => {
  it.each(['where are we on the NIMM?', "what's our infrastructure maturity?", 'how mature is our server virtualisation?', 'how would consolidation change our maturity?'])(
    '"%s" gives the five scores today and with the whole-estate plan, as `unsprawl plan --json` does',
    async (question) => {
      const { answer } = await core.ask(question);
      expect(answer.kind).toBe('estate');
      const plan = JSON.parse(await runPlan({ set: [], json: true })) as PlanJson;
      expect(answer.tables[0]!.rows.map((r) => r.slice(0, 3))).toEqual(plan.maturity.map((m) => [m.label, String(m.before.level), String(m.after.level)]));
      expect(answer.figures.map((f) => [f.label, f.value])).toEqual(plan.maturity.map((m) => [m.label, `${m.before.level} → ${m.after.level}`]));
    },
  );

  it('scores the plan for the scope and DR asked about', async () => {
    const { answer } = await core.ask('how would our maturity change if we consolidated ward systems with DR?');
    const scenario = scenarioSchema.parse(answer.scenario);
    expect(scenario.scope).toBe('service="Ward systems"');
    expect(scenario.dr.enabled).toBe(true);
    const { plan } = evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario, corePerformance: inputs.corePerformance });
    const scores = assessMaturity(inputs.estate, plan);
    expect(answer.figures.map((f) => f.raw)).toEqual(scores.map((s) => s.after!.level));
    expect(answer.headline).toContain('Ward systems');
  });

  it('shows the scores in Slack, Teams and the terminal', async () => {
    const { answer } = await core.ask('where are we on the NIMM?');
    const row = answer.tables[0]!.rows[0]!;
    const slack = JSON.stringify(renderAnswerBlocks(answer).blocks);
    const teams = JSON.stringify(renderAnswerCard(answer));
    const terminal = renderAnswerText(answer);
    for (const shown of [slack, teams, terminal]) {
      expect(shown).toContain('Server virtualisation');
      expect(shown).toContain(`${row[1]} → ${row[2]}`);
      expect(shown).toContain('NIMM');
    }
  });
});
