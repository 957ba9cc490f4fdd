import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, AnswerTable } from '../../../bot/answer/answer.js';
import type { BotCore } from '../../../bot/conversation/bot-core.js';
import { createBotCore } from '../../../bot/conversation/create-bot-core.js';
import { renderAnswerBlocks } from '../../../bot/slack/render-answer-blocks.js';
import { renderAnswerCard } from '../../../bot/teams/render-answer-card.js';
import { renderAnswerText } from '../../../bot/terminal/render-answer-text.js';
import { evaluate } from '../../../engine/evaluate.js';
import { figuresByOrganisation } from '../../../engine/figures-by-organisation.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';
import { formatMoney } from '../../../reports/format/numbers.js';

let ics: Inputs;
let core: BotCore;
let acute: BotCore;

beforeAll(async () => {
  ics = await loadInputs({ estate: 'sample:ics' });
  core = createBotCore({ inputs: ics, today: () => '2026-11-25' });
  acute = createBotCore({ inputs: await loadInputs(), today: () => '2026-11-25' });
}, 60_000);

const organisationTable = (answer: Answer): AnswerTable => answer.tables.find((t) => t.title.startsWith('Per organisation'))!;
const raw = (answer: Answer, label: RegExp) => answer.figures.find((f) => label.test(f.label))?.raw;

/** The per-organisation rows the engine gives for the answer's scenario: the rows `unsprawl tco` prints. */
function engineRows(answer: Answer) {
  const evaluation = evaluate({ estate: ics.estate, hosts: ics.hosts, assumptions: ics.assumptions, scenario: scenarioSchema.parse(answer.scenario), corePerformance: ics.corePerformance });
  return figuresByOrganisation({ estate: ics.estate, hosts: ics.hosts, evaluation })!.figures;
}

describe('chat on an integrated care system (sample:ics)', { timeout: 120_000 }, () => {
  it('"what if the three trusts shared two data centres?" lets them share hosts in the two largest sites, with each trust\'s capital, cash saving, NPV and energy adding up to the headline', async () => {
    const { answer } = await core.ask('what if the three trusts shared two data centres?');
    expect(answer.kind, answer.headline).toBe('what-if');
    expect(answer.scenario).toMatchObject({ mixOrganisations: true, dataCentres: ['Castle Hill DC', 'Elm Park DC'], scope: 'all' });
    expect(answer.interpretation).toContain('the organisations sharing hosts, hosts only at Castle Hill DC and Elm Park DC');
    const table = organisationTable(answer);
    const figures = engineRows(answer);
    expect(table.rows.map((r) => r[0])).toEqual([...figures.rows.map((r) => r.organisation), 'Total']);
    expect(table.rows.map((r) => r.slice(1, 4))).toEqual([...figures.rows, figures.total].map((r) => [formatMoney(r.capital), formatMoney(r.cashSaving), formatMoney(r.npv)]));
    // The total row is the headline: the same capital, cash saving and NPV as the key figures.
    expect(figures.total.capital).toBe(raw(answer, /^Capital/));
    expect(figures.total.cashSaving).toBe(raw(answer, /^Cash-releasing saving a year/));
    expect(figures.total.npv).toBe(raw(answer, /^NPV at/));
    for (const key of ['capital', 'cashSaving', 'npv', 'beforeKwh', 'afterKwh'] as const) expect(figures.rows.reduce((s, r) => s + r[key], 0)).toBe(figures.total[key]);
  });

  it('says so when more data centres are asked for than the estate has sites', async () => {
    const { answer } = await core.ask('what if the trusts shared five data centres?');
    expect(answer.scenario).toMatchObject({ mixOrganisations: true, dataCentres: ['Castle Hill DC', 'Elm Park DC', 'Riverside DC'] });
    expect(answer.notes).toContain('You asked about 5 data centres; the estate has 3 sites, so the hosts may stand in all of them.');
  });

  it('keeps sharing on a follow-up, and keeps the trusts apart when asked', async () => {
    const first = await core.ask('what if the trusts shared hosts?');
    expect(first.answer.scenario).toMatchObject({ mixOrganisations: true });
    const next = await core.ask('and over 7 years?', first.context);
    expect(next.answer.scenario).toMatchObject({ mixOrganisations: true, overrides: { 'horizon.years': 7 } });
    const apart = await core.ask('keep the trusts apart and consolidate everything');
    expect(apart.answer.scenario).toMatchObject({ mixOrganisations: false });
    expect(apart.answer.notes.join(' ')).toContain('Each organisation is on hosts of its own');
  });

  it('"what would Northfield save?" consolidates that trust alone and shows only its row and the total', async () => {
    const { answer } = await core.ask('what would Northfield save?');
    expect(answer.scenario).toMatchObject({ scope: 'organisation="Northfield Hospitals NHS Trust"' });
    expect(answer.headline).toMatch(/^Consolidating Northfield Hospitals NHS Trust \(364 servers\)/);
    const table = organisationTable(answer);
    expect(table.rows.map((r) => r[0])).toEqual(['Northfield Hospitals NHS Trust', 'Total']);
    // Only Northfield moves, so its capital, cash saving and NPV are the total's.
    expect(table.rows[0]!.slice(1, 4)).toEqual(table.rows[1]!.slice(1, 4));
  });

  it('says in its help how to ask about the trusts', async () => {
    const { answer } = await core.ask('help');
    expect(answer.tables[0]!.rows.map((r) => r[0])).toContain('What if the trusts shared two data centres?');
    expect(answer.notes).toContain('Organisations I know: Northfield Hospitals NHS Trust, Southmead Community Health NHS Trust, Westbrook Mental Health NHS Trust.');
  });

  it('renders the per-organisation table in Slack, Teams and the terminal', async () => {
    const { answer } = await core.ask('what if the trusts shared Castle Hill and Riverside?');
    const table = organisationTable(answer);
    const slack = JSON.stringify(renderAnswerBlocks(answer));
    const teams = JSON.stringify(renderAnswerCard(answer));
    const text = renderAnswerText(answer);
    for (const shown of [slack, teams, text]) {
      expect(shown).toContain('Per organisation');
      for (const row of table.rows) expect(shown).toContain(JSON.stringify(row[1]!).slice(1, -1));
      expect(shown).toContain('Westbrook Mental Health NHS Trust');
    }
  });
});

describe('chat on an estate without organisations', () => {
  it.each(['what if the trusts shared hosts?', 'what if the three trusts shared two data centres?', 'what would Trust A save?', 'what would Northfield trust save?'])('says honestly that %j needs an organisation column', async (question) => {
    const { answer } = await acute.ask(question);
    expect(answer.kind).toBe('clarify');
    expect(answer.headline).toContain('it has no organisation column');
    expect(answer.figures).toEqual([]);
  });
});
