import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../bot/answer/answer.js';
import type { BotCore } from '../../../bot/conversation/bot-core.js';
import { createBotCore } from '../../../bot/conversation/create-bot-core.js';
import { renderAnswerBlocks } from '../../../bot/slack/render-answer-blocks.js';
import { renderAnswerCard } from '../../../bot/teams/render-answer-card.js';
import { renderAnswerText } from '../../../bot/terminal/render-answer-text.js';
import { nonCashBenefits } from '../../../engine/benefits/non-cash-benefits.js';
import { evaluationDrOptions } from '../../../engine/dr/evaluation-dr-options.js';
import { evaluate, type Evaluation } from '../../../engine/evaluate.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { reproducePublishedCases } from '../../../engine/io/reproduce-published-cases.js';
import { assessMaturity } from '../../../engine/maturity/assess-maturity.js';
import { defaultScenario } from '../../../engine/scenario/default-scenario.js';
import { scenarioSchema, type Scenario } from '../../../engine/scenario/scenario.js';
import { recycledHosts } from '../../../engine/tco/recycled-hosts.js';
import { formatHours } from '../../../reports/format/format-hours.js';
import { formatMoneyShort, formatPercent } from '../../../reports/format/numbers.js';
import { adaptiveCardErrors } from '../../fixtures/teams/validate-adaptive-card.js';

/**
 * The programme questions of issue 21, asked fresh by the lead on the sample trust: DR options and
 * one DR method, recycled kit, the published cases, the refresh baseline, non-cash benefits and a
 * NIMM capability. Each is answered as asked, with the engine's own figures.
 */
describe('answers to the programme questions: DR methods, recycled kit, published cases, refresh baseline, non-cash benefits, maturity', { timeout: 180_000 }, () => {
  let inputs: Inputs;
  let core: BotCore;
  const ask = async (question: string): Promise<Answer> => (await core.ask(question)).answer;
  const raw = (answer: Answer, label: RegExp) => answer.figures.find((f) => label.test(f.label))?.raw;
  const scenarioOf = (answer: Answer) => scenarioSchema.parse(answer.scenario);
  const run = (scenario: Scenario): Evaluation => evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario, corePerformance: inputs.corePerformance });
  const wholeEstate = (): Scenario => ({ ...defaultScenario(inputs.scenarios), scope: 'all' });

  beforeAll(async () => {
    inputs = await loadInputs({ estate: 'sample:acute' });
    core = createBotCore({ inputs, today: () => '2026-11-25' });
  });

  describe('DR', () => {
    it('"what\'s the cheapest way to get DR?" is the DR options answer naming the cheapest option and the cheapest that meets the targets', async () => {
      const answer = await ask("what's the cheapest way to get DR?");
      expect(answer.kind).toBe('compare');
      expect(answer.tables[0]!.title).toMatch(/^DR options for high-criticality systems and above/);
      const d = evaluationDrOptions(run(scenarioOf(answer)), inputs, 'high');
      const costed = d.options.filter((o) => o.cost).sort((a, b) => b.cost!.npv - a.cost!.npv);
      const needed = d.tiers.filter((t) => t.workloads > 0).map((t) => t.tier);
      const adequate = costed.find((o) => needed.every((t) => o.meets.includes(t)))!;
      expect(answer.headline).toContain(`is the cheapest option that meets their recovery targets (${formatMoneyShort(adequate.cost!.capital)} capital`);
      expect(answer.headline).toContain(`costs least (${formatMoneyShort(costed[0]!.cost!.capital)} capital`);
    });

    it.each([
      ["what RPO would tape give us?", 'tape', /^Backup to tape kept off site, for high-criticality systems and above in the whole estate/],
      ["what's the recovery time if we use backup to disk?", 'disk', /^Backup to disk at a second site, for high-criticality systems and above in the whole estate/],
      ["what's the RTO for SAN to SAN replication?", 'san', /^SAN-to-SAN replication to a mirrored room/],
    ] as const)('"%s" leads with that method\'s RPO, RTO and cost, the table below as for any DR question', async (question, id, lead) => {
      const answer = await ask(question);
      const d = evaluationDrOptions(run(scenarioOf(answer)), inputs, 'high');
      const option = d.options.find((o) => o.id === id)!;
      expect(answer.headline).toMatch(lead);
      expect(answer.headline).toContain(`RPO ${formatHours(option.rpoHours)} (data lost at most), RTO ${formatHours(option.rtoHours)} (time to restore)`);
      expect(answer.headline).toContain(`NPV ${formatMoneyShort(option.cost!.npv)}`);
      expect(answer.tables[0]!.rows).toHaveLength(d.options.length);
    });

    it('says which tiers\' targets tape misses and the cheapest option that meets them', async () => {
      const answer = await ask('what RPO would tape give us?');
      expect(answer.headline).toMatch(/It misses the target of critical systems \(RPO 1 hour, RTO 4 hours\) and high systems .*; the cheapest option that meets them is .* replication to a mirrored room/);
    });
  });

  describe('recycled kit', () => {
    it.each(['which servers could we recycle as hosts?', 'how many of our servers are still under warranty and big enough to be hosts?'])(
      '"%s" counts the servers that qualify by the rule (under warranty and at least as large as the host model), not those out of warranty',
      async (question) => {
        const answer = await ask(question);
        expect(answer.kind).toBe('estate');
        const evaluation = run(scenarioOf(answer));
        const moved = new Set(evaluation.plan.placements.map((p) => p.workload));
        const qualifying = recycledHosts(evaluation.plan, inputs.estate.servers.filter((s) => moved.has(s.id)), evaluation.appraisal.appraisalYear, inputs.assumptions.get('support.warrantyYears'));
        expect(raw(answer, /^Large enough to be hosts$/)).toBe(qualifying.length);
        expect(answer.headline).toMatch(/^None of the \d+ physical servers the plan for the whole estate moves can be recycled as a host \(a server qualifies when it is still under warranty in 2026 and at least as large as the plan's host model, PowerEdge MX760c/);
        expect(answer.tables[0]!.columns.at(-1)).toBe('Can be a host');
      },
    );

    it('names the servers that qualify when some do', async () => {
      // Two moved servers made larger than any catalogue host and under warranty to 2029.
      const big = new Set(inputs.estate.servers.filter((s) => s.kind === 'physical' && s.virtualisable).slice(0, 2).map((s) => s.id));
      const estate = { ...inputs.estate, servers: inputs.estate.servers.map((s) => (big.has(s.id) ? { ...s, cpuCores: 64, corePerf: 2, memGb: 2048, warrantyEnd: '2029-12-31' } : s)) };
      const bigCore = createBotCore({ inputs: { ...inputs, estate }, today: () => '2026-11-25' });
      const { answer } = await bigCore.ask('which servers could we recycle as hosts?');
      const { plan, appraisal } = evaluate({ estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario: scenarioOf(answer), corePerformance: inputs.corePerformance });
      const placed = new Set(plan.placements.map((p) => p.workload));
      const qualifying = recycledHosts(plan, estate.servers.filter((s) => placed.has(s.id)), appraisal.appraisalYear, inputs.assumptions.get('support.warrantyYears'));
      expect(qualifying.length).toBeGreaterThan(0);
      expect(qualifying.every((r) => big.has(r.server))).toBe(true);
      expect(raw(answer, /^Large enough to be hosts$/)).toBe(qualifying.length);
      for (const r of qualifying) expect(answer.headline).toContain(r.server);
      const reuse = (await bigCore.ask(answer.actions[0]!.question!)).answer;
      expect(scenarioOf(reuse).recycle).toBe(true);
      expect(reuse.headline).toMatch(/^Recycling .* as host .* instead of buying (?:it|them)/);
    });

    it('"what if we kept our newer servers and used them as hosts?" is the whole-estate what-if with recycling on, saying why no server qualifies', async () => {
      const answer = await ask('what if we kept our newer servers and used them as hosts?');
      expect(answer.kind).toBe('what-if');
      const scenario = scenarioOf(answer);
      expect(scenario).toMatchObject({ scope: 'all', recycle: true });
      expect(raw(answer, /^NPV at/)).toBe(run(scenario).appraisal.npv);
      expect(answer.headline).toMatch(/^No server can be recycled as a host, so every host is bought: none of the \d+ moved physical servers still under warranty/);
      expect(answer.interpretation).toContain('recycling servers still under warranty as hosts');
      expect((await core.ask('what if we kept our newer servers and used them as hosts?')).answer.scenario).toEqual(answer.scenario);
    });
  });

  describe('NIMM maturity', () => {
    it.each([
      ['how mature is our capacity management?', 'capacityManagement', 'Capacity management'],
      ["what's our NIMM score for IT service continuity?", 'itServiceContinuity', 'IT service continuity'],
    ] as const)('"%s" is the whole estate, led by that capability', async (question, capability, label) => {
      const answer = await ask(question);
      expect(scenarioOf(answer).scope).toBe('all');
      const score = assessMaturity(inputs.estate, run(scenarioOf(answer)).plan).find((s) => s.capability === capability)!;
      expect(answer.headline.startsWith(`${label} is at NIMM level ${score.before.level} of 5 today (${score.before.evidence})`)).toBe(true);
      expect(answer.interpretation).not.toContain('Infrastructure management');
    });
  });

  describe('the published cases', () => {
    it('"did other trusts manage to cut energy by 75%?" answers from the same results as `unsprawl cases`, energy first, labelled with the report and its date', async () => {
      const answer = await ask('did other trusts manage to cut energy by 75%?');
      const result = await reproducePublishedCases();
      const energy = result.cases.flatMap((c) => c.figures.filter((f) => f.figure === 'energy').map((f) => ({ c, f })));
      expect(energy.length).toBeGreaterThan(0);
      expect(answer.kind).toBe('estate');
      expect(answer.headline.startsWith('On energy: ')).toBe(true);
      for (const { c, f } of energy) expect(answer.headline).toContain(`"${c.title}" reported ${formatPercent(f.reported)} lower; this model gives ${formatPercent(f.modelled!)} lower`);
      expect(answer.headline).toContain('E-Health Insider, February 2008');
      expect(answer.command).toBe('unsprawl cases');
      expect(raw(answer, /^Reproduced on every figure$/)).toBe(result.cases.filter((c) => c.reproduced).length);
      expect(answer.tables[0]!.rows).toHaveLength(result.cases.reduce((n, c) => n + c.figures.length, 0));
      // Honest about the ones not reproduced, and about the cases with nothing to rebuild.
      for (const c of result.cases.filter((x) => !x.reproduced)) expect(answer.notes.some((n) => n.startsWith(`${c.title}: included`) && n.includes('Not reproduced'))).toBe(true);
      for (const n of result.notRebuilt) expect(answer.notes.some((note) => note.startsWith(`${n.title}: not rebuilt`))).toBe(true);
    });

    it('"what did other NHS trusts save by virtualising?" is the cases answer, not a question about a trust of this estate', async () => {
      const answer = await ask('what did other NHS trusts save by virtualising?');
      expect(answer.kind).toBe('estate');
      expect(answer.tables[0]!.title).toBe('Published NHS cases (E-Health Insider, February 2008): reported and modelled');
      expect(answer.scenario).toBeUndefined();
    });

    it('"how does our plan compare with the published cases?" sets our whole-estate plan\'s hosts and cuts beside them', async () => {
      const answer = await ask('how does our plan compare with the published cases?');
      const { plan, appraisal } = run(scenarioOf(answer));
      expect(scenarioOf(answer).scope).toBe('all');
      expect(answer.headline).toContain(`Our plan for the whole estate: ${appraisal.inventory.before.physicalServers} physical servers onto ${plan.hosts} ${plan.hostModel.model} hosts`);
      expect(answer.headline).toContain(`energy ${formatPercent(appraisal.energyChange.percent!)} lower`);
      expect(answer.tables[1]!.rows).toContainEqual(['Hosts', String(plan.hosts)]);
    });
  });

  describe('the like-for-like refresh baseline', () => {
    it.each([
      'compare like-for-like refresh with consolidation',
      'what if we just replaced everything like for like?',
      "what's the saving against a full refresh?",
      'what if we refreshed all the servers instead?',
    ])('"%s" appraises the whole estate against the refresh, says so and states what the refresh itself costs', async (question) => {
      const answer = await ask(question);
      expect(answer.kind).toBe('what-if');
      const scenario = scenarioOf(answer);
      expect(scenario).toMatchObject({ scope: 'all', baseline: 'refresh' });
      const { appraisal } = run(scenario);
      expect(raw(answer, /^NPV at/)).toBe(appraisal.npv);
      const refresh = appraisal.lines.filter((l) => l.side !== 'option' && (l.item === 'refresh' || l.item === 'hostRefresh')).reduce((sum, l) => sum + l.total, 0);
      expect(answer.headline).toMatch(/^Against a like-for-like refresh of every server as it falls due instead of sweating the assets: /);
      expect(answer.headline).toContain(`the refresh itself buys ${formatMoneyShort(refresh)} of new kit over 5 years`);
      expect(answer.headline).toContain(`doing nothing that way costs ${formatMoneyShort(appraisal.doNothing.sum)}`);
      expect(answer.interpretation).toContain('against a like-for-like refresh');
      expect(answer.interpretation).not.toContain('not used');
    });

    it('"what\'s the saving against replacing every server in one go?" is the full refresh: every server and host in year 0, and says so', async () => {
      const answer = await ask("what's the saving against replacing every server in one go?");
      const scenario = scenarioOf(answer);
      expect(scenario).toMatchObject({ scope: 'all', baseline: 'full-refresh' });
      expect(raw(answer, /^NPV at/)).toBe(run(scenario).appraisal.npv);
      expect(answer.headline).toMatch(/^Against a like-for-like refresh of every server and host in one go \(year 0\) instead of sweating the assets: /);
      expect(answer.interpretation).toContain('against refreshing every server and host at once');
    });

    it('carries the refresh into follow-ups, and "against sweating the assets" switches back', async () => {
      const first = await core.ask("what's the saving against a full refresh?");
      const pathology = await core.ask('and for pathology?', first.context);
      expect(scenarioOf(pathology.answer)).toMatchObject({ scope: 'service="Pathology LIMS"', baseline: 'refresh' });
      const sweat = await core.ask('what about against sweating the assets?', pathology.context);
      expect(scenarioOf(sweat.answer)).toMatchObject({ scope: 'service="Pathology LIMS"', baseline: 'sweat' });
      expect(sweat.answer.headline).not.toMatch(/like-for-like refresh/);
    });

    it('differs from the same what-if against sweating the assets', async () => {
      const refresh = await ask("what's the saving against a full refresh?");
      const sweat = await ask('what if we consolidate the whole estate?');
      expect(raw(refresh, /^NPV at/)).not.toBe(raw(sweat, /^NPV at/));
    });
  });

  describe('non-cash benefits', () => {
    it.each([
      ['how much downtime would live migration save us?', 'plannedDowntime', /^Live migration would avoid \d[\d,]* service hours a year of planned downtime by consolidating the whole estate/],
      ['how long does it take to provision a new server now versus after?', 'provisioningTime', /^A new server would take \d+ working days? from an approved request to service after consolidating the whole estate/],
    ] as const)('"%s" is the benefits plan\'s measures, baseline and target, led by the one asked about', async (question, benefit, lead) => {
      const answer = await ask(question);
      expect(answer.kind).toBe('estate');
      expect(scenarioOf(answer).scope).toBe('all');
      const evaluation = run(scenarioOf(answer));
      const benefits = nonCashBenefits(inputs.estate, evaluation.plan, evaluation.assumptions);
      expect(answer.headline).toMatch(lead);
      expect(answer.figures.map((f) => [f.label, f.raw])).toEqual(benefits.map((b) => [b.label, b.target]));
      expect(answer.tables[0]!.rows.map((r) => r[0])).toEqual(benefits.map((b) => b.label));
      expect(answer.interpretation).not.toMatch(/production|Infrastructure/);
      expect(answer.headline).toContain(`${benefits.find((b) => b.benefit === benefit)!.baseline}`);
    });
  });

  it('renders every new answer in Slack, Teams and the terminal like the other answers: valid card, no raw keys or flags', async () => {
    const keys = inputs.assumptions.all().map((a) => a.key);
    for (const question of [
      'what RPO would tape give us?',
      'which servers could we recycle as hosts?',
      'did other trusts manage to cut energy by 75%?',
      'how does our plan compare with the published cases?',
      "what's the saving against a full refresh?",
      'how much downtime would live migration save us?',
      'how mature is our capacity management?',
    ]) {
      const answer = await ask(question);
      const card = renderAnswerCard(answer);
      expect(adaptiveCardErrors(card), question).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(card)), question).toBeLessThan(28 * 1024);
      const blocks = renderAnswerBlocks(answer);
      expect(blocks.text, question).toContain(answer.headline.slice(0, 40));
      for (const text of [JSON.stringify(blocks.blocks), JSON.stringify(card), renderAnswerText(answer)]) {
        expect(keys.find((k) => text.includes(k)), question).toBeUndefined();
        expect(text, question).not.toMatch(/(?:^|\s)--[a-z][a-z-]+|\bunsprawl (?:tco|report|ask|plan|chat|cases)\b/);
      }
    }
  });
});
