import { beforeAll, describe, expect, it } from 'vitest';
import type { BotCore } from '../../../bot/conversation/bot-core.js';
import { createBotCore } from '../../../bot/conversation/create-bot-core.js';
import { renderAnswerBlocks } from '../../../bot/slack/render-answer-blocks.js';
import { renderAnswerCard } from '../../../bot/teams/render-answer-card.js';
import { renderAnswerText } from '../../../bot/terminal/render-answer-text.js';
import { evaluationDrOptions } from '../../../engine/dr/evaluation-dr-options.js';
import { evaluate } from '../../../engine/evaluate.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';
import { adaptiveCardErrors } from '../../fixtures/teams/validate-adaptive-card.js';

let inputs: Inputs;
let core: BotCore;
beforeAll(async () => {
  inputs = await loadInputs();
  core = createBotCore({ inputs, today: () => '2026-11-25' });
});

const optionRows = ['Mirrored room, SAN-to-SAN replication', 'Mirrored room, host-based replication', 'Backup to disk at a second site', 'Backup to tape, off site'];

describe('DR questions get the DR options table, costed over the option without DR', () => {
  it('"what would DR for critical systems cost?" shows each option\'s NPV as the engine gives it for the critical tier', async () => {
    const { answer } = await core.ask('what would DR for critical systems cost?');
    expect(answer.kind).toBe('compare');
    const evaluation = evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario: scenarioSchema.parse(answer.scenario), corePerformance: inputs.corePerformance });
    expect(evaluation.scenario.dr.enabled).toBe(false);
    const d = evaluationDrOptions(evaluation, inputs, 'critical');
    expect(answer.figures.map((f) => [f.label, f.raw])).toEqual(d.options.map((o) => [o.label, o.cost!.npv]));
    expect(answer.tables[0]!.title).toMatch(/^DR options for critical systems \(\d+ workloads/);
    expect(answer.tables[0]!.rows.map((r) => r[0])).toEqual(optionRows);
    // The same table outside chat: plan --dr-options costs over the option without DR, as chat does.
    expect(answer.command).toBe('unsprawl plan --dr-options --dr-for critical');
    expect(answer.headline).toMatch(/^For the whole estate, DR for critical systems \(\d+ workloads\): host-based replication to a mirrored room is the cheapest option that meets their recovery targets/);
  });

  it('"how much is tape backup vs replication for high and above?" costs the high tier, for the whole estate, not the Backup service', async () => {
    const { answer } = await core.ask('how much is tape backup vs replication for high and above?');
    expect(answer.tables[0]!.title).toMatch(/^DR options for high-criticality systems and above/);
    expect(answer.scenario).toMatchObject({ scope: 'all' });
    expect(answer.notes.some((n) => n.startsWith('High ('))).toBe(true);
  });

  it('"could we reuse servers as DR hosts?" answers the reuse question first, with the reason none qualifies on the sample trust', async () => {
    const { answer } = await core.ask('could we reuse servers as DR hosts?');
    expect(answer.headline).toMatch(/^Reusing servers as DR hosts for the whole estate: not on this plan: none of the \d+ moved physical servers still under warranty/);
  });

  it('"what if we did DR with tape?" answers that what-if: the consolidation with DR by tape, appraised as `tco --dr-method tape` does', async () => {
    const { answer } = await core.ask('what if we did DR with tape?');
    expect(answer.kind).toBe('what-if');
    const scenario = scenarioSchema.parse(answer.scenario);
    expect(scenario.dr).toMatchObject({ enabled: true, method: 'tape' });
    const withTape = evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario, corePerformance: inputs.corePerformance });
    expect(answer.figures.find((f) => f.label.startsWith('NPV at'))!.raw).toBe(withTape.appraisal.npv);
    expect(withTape.plan.hostDetails.some((h) => h.role === 'dr' || h.role === 'dr-spare')).toBe(false);
    expect(answer.notes.some((n) => /backup to tape kept off site.*RPO 24 hours of data lost, RTO 5 days/.test(n))).toBe(true);
    // What tape adds to the same option is what the DR options table shows for it.
    const { host, hypervisor } = withTape.scenario;
    const withoutDr = evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, corePerformance: inputs.corePerformance, scenario: { ...scenario, host, hypervisor, dr: { ...scenario.dr, enabled: false } } });
    const tape = evaluationDrOptions(withoutDr, inputs, scenario.dr.minCriticality).options.find((o) => o.id === 'tape')!;
    expect(withTape.appraisal.npv - withoutDr.appraisal.npv).toBe(tape.cost!.npv);
  });

  it('still answers "what\'s the RPO and RTO if we just use tape?" with the options table', async () => {
    const { answer } = await core.ask("what's the RPO and RTO if we just use tape?");
    expect(answer.kind).toBe('compare');
    expect(answer.tables[0]!.rows.map((r) => r[0])).toEqual(optionRows);
  });

  it('renders in Slack, Teams and the terminal like the other answers', async () => {
    for (const question of ['what are our DR options?', 'could we reuse servers as DR hosts?']) {
      const { answer } = await core.ask(question);
      const card = renderAnswerCard(answer);
      expect(adaptiveCardErrors(card), question).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
      expect(renderAnswerBlocks(answer).text).toContain('DR');
      expect(renderAnswerText(answer)).toContain('Backup to tape, off site');
    }
  });
});
