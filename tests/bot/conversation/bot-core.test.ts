import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBotCore } from '../../../bot/conversation/create-bot-core.js';
import type { BotCore } from '../../../bot/conversation/bot-core.js';
import type { ConversationContext } from '../../../bot/conversation/conversation-context.js';
import { evaluate } from '../../../engine/evaluate.js';
import { summariseEstate } from '../../../engine/estate/summarise-estate.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { selectScope } from '../../../engine/scenario/scope.js';
import { scenarioSchema, type Scenario } from '../../../engine/scenario/scenario.js';
import { evaluationUncertainty } from '../../../engine/sensitivity/evaluation-sensitivity.js';
import { describeSelection } from '../../../reports/format/describe-selection.js';
import { formatMoneyShort } from '../../../reports/format/numbers.js';
import type { Answer } from '../../../bot/answer/answer.js';

let inputs: Inputs;
let core: BotCore;
const today = '2026-11-25';

beforeAll(async () => {
  inputs = await loadInputs();
  core = createBotCore({ inputs, today: () => today });
});

const engine = (scenario: Answer['scenario']) =>
  evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario: scenarioSchema.parse(scenario) });
const raw = (answer: Answer, label: RegExp) => answer.figures.find((f) => label.test(f.label))?.raw;

describe('what-if answers carry the engine figures for the same scenario', () => {
  it('"what if we consolidate ward systems?" shows evaluate()\'s hosts, capital, cash saving, NPV with its uncertainty, and payback', async () => {
    const { answer, context } = await core.ask('what if we consolidate ward systems?');
    expect(answer.kind).toBe('what-if');
    const result = engine(answer.scenario);
    const wardIds = inputs.estate.servers.filter((s) => s.service === 'Ward systems').map((s) => s.id).sort();
    expect([...result.plan.inScope].sort()).toEqual(wardIds);
    expect(raw(answer, /^Hosts$/)).toBe(result.plan.hosts);
    expect(raw(answer, /^NPV/)).toBe(result.appraisal.npv);
    expect(raw(answer, /^Capital/)).toBe(result.appraisal.finance.capital.requirement);
    expect(raw(answer, /^Cash-releasing saving a year/)).toBe(result.appraisal.finance.recurringSavings.fullYear.cashReleasing);
    expect(raw(answer, /^Payback/)).toBe(result.appraisal.paybackMonths ?? undefined);
    const uncertainty = evaluationUncertainty({ estate: inputs.estate, hosts: inputs.hosts, evaluation: result, corePerformance: inputs.corePerformance });
    expect(raw(answer, /^NPV median/)).toBe(uncertainty.p50);
    expect(raw(answer, /^Chance of a negative NPV/)).toBe(uncertainty.probabilityNegative);
    expect(answer.headline).toMatch(/^Consolidating Ward systems \(\d+ servers\) onto \d+ x .+ hosts \(N\+1\) needs £[\d.]+[km]? capital and (saves|costs) /);
    expect(answer.headline).toContain(`NPV ${formatMoneyShort(result.appraisal.npv)} over 5 years at 3.5% (median ${formatMoneyShort(uncertainty.p50)}`);
    expect(answer.notes).toContain(describeSelection(result.selection));
    expect(answer.actions.map((a) => a.id)).toEqual(['business-case', 'show-assumptions', 'compare-hypervisors', 'sensitivity']);
    expect(context.lastScenario?.scope).toBe('service="Ward systems"');
  });

  it('"ward + pathology onto the Dell boxes with DR" picks the Dell model with the best NPV', async () => {
    const { answer } = await core.ask('ward + pathology onto the Dell boxes with DR?');
    const scenario = scenarioSchema.parse(answer.scenario);
    expect(scenario.dr.enabled).toBe(true);
    const dell = inputs.hosts.filter((h) => h.vendor === 'Dell');
    const npvs = dell.flatMap((h) => {
      try {
        return [{ model: h.model, npv: engine({ ...scenario, host: h.model }).appraisal.npv }];
      } catch {
        return [];
      }
    });
    const best = npvs.sort((a, b) => b.npv - a.npv)[0]!;
    expect(scenario.host).toBe(best.model);
    expect(raw(answer, /^NPV/)).toBe(best.npv);
  });

  it('an assumption in words changes the engine input, and the answer says so', async () => {
    const { answer } = await core.ask('what if we consolidate ward systems at 35p/kWh?');
    const scenario = scenarioSchema.parse(answer.scenario);
    expect(scenario.overrides).toEqual({ 'energy.pricePerKwh': 0.35 });
    expect(raw(answer, /^NPV/)).toBe(engine(scenario).appraisal.npv);
    expect(answer.notes.join(' ')).toContain('electricity price 35p/kWh (default 25p/kWh)');
  });
});

describe('follow-ups in a conversation', () => {
  it('"and with DR?", "what about over 7 years?", "compare hypervisors", "make the business case" refine the last scenario', async () => {
    let context: ConversationContext | undefined;
    const turn = async (text: string) => {
      const reply = await core.ask(text, context);
      // Adapters store the context as JSON: prove a round trip loses nothing.
      context = JSON.parse(JSON.stringify(reply.context)) as ConversationContext;
      return reply.answer;
    };
    const first = await turn('what if we consolidate ward systems?');
    const withDr = await turn('and with DR?');
    const drScenario = scenarioSchema.parse(withDr.scenario);
    expect(drScenario.scope).toBe(scenarioSchema.parse(first.scenario).scope);
    expect(drScenario.dr.enabled).toBe(true);
    expect(raw(withDr, /^NPV/)).toBe(engine(drScenario).appraisal.npv);

    const longer = await turn('what about over 7 years?');
    const longScenario = scenarioSchema.parse(longer.scenario);
    expect(longScenario.dr.enabled).toBe(true);
    expect(longScenario.overrides['horizon.years']).toBe(7);
    expect(engine(longScenario).appraisal.horizonYears).toBe(7);
    expect(longer.headline).toContain('over 7 years');

    const compared = await turn('compare hypervisors');
    expect(compared.kind).toBe('compare');
    const rows = compared.tables[0]!.rows;
    expect(rows.map((r) => r[0]).sort()).toEqual(['Hyper-V', 'Proxmox VE', 'VMware']);
    for (const hypervisor of ['vmware', 'hyperv', 'proxmox'] as const) {
      const npv = engine({ ...longScenario, hypervisor }).appraisal.npv;
      expect(compared.figures.some((f) => f.raw === npv)).toBe(true);
    }

    const paper = await turn('make the business case');
    expect(paper.kind).toBe('business-case');
    expect(paper.headline).toContain('Business case PDF');
    expect(paper.command).toContain('unsprawl report');
    expect(scenarioSchema.parse(paper.scenario).overrides['horizon.years']).toBe(7);
  });

  it('"and pathology too" adds to the scope; "what about pathology?" replaces it', async () => {
    const first = await core.ask('what if we consolidate ward systems?');
    const added = await core.ask('and pathology too', first.context);
    expect(added.context.lastScope?.services.sort()).toEqual(['Pathology LIMS', 'Ward systems']);
    const replaced = await core.ask('what about pathology?', first.context);
    expect(replaced.context.lastScope?.services).toEqual(['Pathology LIMS']);
  });

  it('a vague what-if asks which part of the estate, and a choice answers it', async () => {
    const { answer, context } = await core.ask('what if we consolidate?');
    expect(answer.kind).toBe('clarify');
    expect(answer.actions.every((a) => a.id === 'ask' && a.question)).toBe(true);
    const choice = answer.actions.find((a) => a.label === 'The whole estate')!;
    const next = await core.act('ask', { question: choice.question!, context });
    expect(next.answer.kind).toBe('what-if');
    expect(scenarioSchema.parse(next.answer.scenario).scope).toBe('all');
  });
});

describe('buttons', () => {
  let scenario: Scenario;
  beforeAll(async () => {
    scenario = scenarioSchema.parse((await core.ask('what if we consolidate pathology with N+2?')).answer.scenario);
  });

  it('"Compare hypervisors" on a scenario compares it, with no conversation stored', async () => {
    const { answer } = await core.act('compare-hypervisors', { scenario });
    expect(answer.kind).toBe('compare');
    expect(answer.figures).toHaveLength(3);
    expect(answer.headline).toContain('Pathology LIMS');
  });

  it('"Show assumptions" lists every assumption and marks the chat override', async () => {
    const { answer } = await core.act('show-assumptions', { scenario });
    expect(answer.kind).toBe('assumptions');
    expect(answer.tables[0]!.rows).toHaveLength(inputs.assumptions.all().length);
    expect(answer.headline).toContain('spare hosts per cluster N+2');
  });

  it('"Business case PDF" without a renderer points at the button in chat and keeps the command for the JSON model', async () => {
    const { answer } = await core.act('business-case', { scenario });
    expect(answer.kind).toBe('business-case');
    expect(answer.headline).not.toContain('unsprawl');
    expect(answer.command).toContain("unsprawl report --scope 'service=\"Pathology LIMS\"' --set ha.spareHosts=2");
  });
});

describe('estate and other questions', () => {
  it('warranty counts match summariseEstate for the same date', async () => {
    const { answer } = await core.ask('how many servers are out of warranty?');
    expect(answer.kind).toBe('estate');
    const summary = summariseEstate(inputs.estate, inputs.estate.asOf ?? today);
    expect(raw(answer, /^Out of warranty$/)).toBe(summary.outOfWarranty);
  });

  it('a scoped estate question counts only that scope', async () => {
    const { answer } = await core.ask('how many servers are there in pathology?');
    expect(raw(answer, /^Servers$/)).toBe(selectScope(inputs.estate.servers, 'service="Pathology LIMS"').length);
  });

  it("lists what can't be virtualised with the recorded reasons", async () => {
    const { answer } = await core.ask("what can't be virtualised and why?");
    const stay = inputs.estate.servers.filter((s) => !s.virtualisable);
    expect(answer.tables[0]!.rows.map((r) => r[0]).sort()).toEqual(stay.map((s) => s.id).sort());
    expect(answer.tables[0]!.rows.every((r) => (r[3] ?? '').length > 0)).toBe(true);
  });

  it('an out-of-range value comes back as an error answer naming the assumption in plain English', async () => {
    const { answer } = await core.ask('what if we consolidate ward systems at 900p/kWh?');
    expect(answer.kind).toBe('error');
    expect(answer.headline).toContain('electricity price');
  });

  it('an unknown question gets examples, and no text ever makes ask() throw', async () => {
    const { answer } = await core.ask('can the servers sing');
    expect(answer.kind).toBe('unknown');
    expect(answer.actions.length).toBeGreaterThan(0);
    // No estate question at all: what the bot can do, or a short acknowledgement of thanks.
    expect((await core.ask('tell me a joke')).answer.kind).toBe('help');
    expect((await core.ask("what's the weather like in Leeds?")).answer.headline).toMatch(/^Ask me what consolidating part of the estate would save/);
    expect((await core.ask('thanks!')).answer.headline).toBe("You're welcome.");
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), async (text) => {
        const reply = await core.ask(text);
        expect(typeof reply.answer.headline).toBe('string');
      }),
      { numRuns: 40, seed: 7 },
    );
  });

  it('a stored context that no longer validates starts afresh instead of failing', async () => {
    const { answer } = await core.ask('and with DR?', { version: 1, lastScenario: { name: '' } } as unknown as ConversationContext);
    expect(answer.kind).toBe('what-if');
    expect(scenarioSchema.parse(answer.scenario).scope).toBe('all');
  });
});

describe('monthly summary requests', () => {
  it('go to the summary hook when the front end has a history store', async () => {
    const asked: string[] = [];
    const withHistory = createBotCore({
      inputs,
      today: () => today,
      summary: async (question) => {
        asked.push(question);
        return { kind: 'summary', headline: 'Estate summary for October 2026', figures: [], tables: [], notes: [], actions: [] };
      },
    });
    const { answer } = await withHistory.ask("what's in this month's summary?");
    expect(asked).toEqual(["what's in this month's summary?"]);
    expect(answer.headline).toBe('Estate summary for October 2026');
  });

  it('say where they come from when there is no store, with the command only in the answer model', async () => {
    const { answer } = await core.ask('monthly summary please');
    expect(answer.kind).toBe('summary');
    expect(answer.headline).toContain('no history is connected');
    expect(answer.command).toBe('unsprawl summary --month 2026-10');
  });
});

describe('comparisons', () => {
  it('"compare R660 and DL380 for ward systems" compares just the models named, each from its own evaluate()', async () => {
    const { answer } = await core.ask('compare R660 and DL380 for ward systems');
    expect(answer.kind).toBe('compare');
    expect(answer.tables[0]!.rows.map((r) => r[0]).sort()).toEqual(['PowerEdge R660', 'ProLiant DL380 Gen11']);
    const scenario = scenarioSchema.parse((await core.ask('what if we consolidate ward systems?')).answer.scenario);
    for (const model of ['PowerEdge R660', 'ProLiant DL380 Gen11']) {
      expect(answer.figures.find((f) => f.label === model)?.raw).toBe(engine({ ...scenario, host: model }).appraisal.npv);
    }
  });

  it('"compare ward systems with and without DR" evaluates both', async () => {
    const { answer } = await core.ask('compare ward systems with and without DR');
    expect(answer.figures.map((f) => f.label).sort()).toEqual(['With DR', 'Without DR']);
  });
});

describe('limits and agreement with the CLI', () => {
  it('refuses a pasted document politely instead of parsing it', async () => {
    const { answer } = await core.ask('ward systems '.repeat(200));
    expect(answer.kind).toBe('error');
    expect(answer.headline).toContain('up to 1,000 characters');
  });

  it('"consolidate everything" is the bundled full-consolidation scenario, so chat and `unsprawl tco` agree', async () => {
    const { answer } = await core.ask('what if we consolidate everything?');
    const named = inputs.scenarios.find((s) => s.name === 'full-consolidation')!;
    const result = evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario: named });
    expect(raw(answer, /^NPV/)).toBe(result.appraisal.npv);
    expect(raw(answer, /^Hosts$/)).toBe(result.plan.hosts);
  });
});
