import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, AnswerTable } from '../../../bot/answer/answer.js';
import type { BotCore } from '../../../bot/conversation/bot-core.js';
import { renderAnswerBlocks } from '../../../bot/slack/render-answer-blocks.js';
import { renderAnswerCard } from '../../../bot/teams/render-answer-card.js';
import { renderAnswerText } from '../../../bot/terminal/render-answer-text.js';
import { evaluate } from '../../../engine/evaluate.js';
import { figuresByOrganisation } from '../../../engine/figures-by-organisation.js';
import type { Inputs } from '../../../engine/io/load-inputs.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';
import { icsAndAcuteCores } from './ics-and-acute-cores.js';
import { formatMoney } from '../../../reports/format/numbers.js';

let ics: Inputs;
let core: BotCore;
let acute: BotCore;

beforeAll(async () => {
  ({ ics, core, acute } = await icsAndAcuteCores());
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

describe('estate questions split by organisation (sample:ics)', () => {
  const byOrganisation = (answer: Answer): AnswerTable => answer.tables.find((t) => t.title.startsWith('By organisation'))!;
  const column = (table: AnswerTable, label: string) => table.rows.map((r) => Number(r[table.columns.indexOf(label)]!.replace(/[£,]/g, '')));
  const names = ['Northfield Hospitals NHS Trust', 'Southmead Community Health NHS Trust', 'Westbrook Mental Health NHS Trust', 'Total'];

  it('"how many servers does each trust have?" counts each trust\'s servers, the rows adding up to the estate\'s count', async () => {
    const { answer } = await core.ask('how many servers does each trust have?');
    expect(answer.kind).toBe('estate');
    const table = byOrganisation(answer);
    expect(table.rows.map((r) => r[0])).toEqual(names);
    const servers = column(table, 'Servers');
    expect(servers.slice(0, 3)).toEqual(names.slice(0, 3).map((n) => ics.estate.servers.filter((s) => s.organisation === n).length));
    expect(servers[3]).toBe(servers[0]! + servers[1]! + servers[2]!);
    expect(servers[3]).toBe(raw(answer, /^Servers$/));
    expect(answer.headline).toMatch(/^Northfield Hospitals NHS Trust has the most servers in the whole estate: 364 of 722/);
    expect(answer.interpretation).toContain('server counts by organisation for the whole estate');
  });

  it('"which trust has the most out-of-warranty kit?" names it, each trust\'s count adding up to the warranty answer\'s own', async () => {
    const { answer } = await core.ask('which trust has the most out-of-warranty kit?');
    const out = column(byOrganisation(answer), 'Out of warranty');
    const most = names[out.slice(0, 3).indexOf(Math.max(...out.slice(0, 3)))]!;
    expect(answer.headline.startsWith(`${most} has the most servers out of warranty`)).toBe(true);
    expect(out[3]).toBe(out[0]! + out[1]! + out[2]!);
    expect(out[3]).toBe(raw(answer, /^Out of warranty$/));
    expect(answer.tables.map((t) => t.title)).toContain('Out of warranty by service');
  });

  it('"power by trust" and "which trust pays the most for support?" split power, energy and support spend, adding up to the whole estate\'s', async () => {
    const power = (await core.ask('power by trust')).answer;
    const table = byOrganisation(power);
    const kw = column(table, 'kW');
    expect(kw[3]).toBeCloseTo(raw(power, /^IT load$/)! / 1000, 1);
    expect(kw[0]! + kw[1]! + kw[2]!).toBeCloseTo(kw[3]!, 0);
    expect(column(table, 'kWh a year')[3]).toBe(Math.round(raw(power, /^Energy a year$/)!));
    expect(power.headline).toMatch(/draws the most power in the whole estate: [\d.]+ kW of 94\.5 kW/);
    const support = (await core.ask('which trust pays the most for support?')).answer;
    const pounds = column(byOrganisation(support), 'Support a year');
    expect(pounds[3]).toBe(pounds[0]! + pounds[1]! + pounds[2]!);
    expect(pounds[3]! * 100).toBe(raw(support, /^Support a year$/));
    expect(support.headline).toMatch(/pays the most for hardware support in the whole estate: £[\d.]+k of £[\d.]+k a year/);
  });

  it('keeps a trust\'s own question unsplit: "how many servers does Westbrook have?" has no table by organisation', async () => {
    const { answer } = await core.ask('how many servers does Westbrook have?');
    expect(answer.tables.map((t) => t.title)).not.toContain('By organisation, Westbrook Mental Health NHS Trust');
    expect(raw(answer, /^Servers$/)).toBe(144);
  });
});

describe('chat on an estate without organisations', () => {
  it.each([
    ['how many servers does each trust have?', 'how many servers do we have?'],
    ['which trust has the most out-of-warranty kit?', 'how many servers are out of warranty?'],
    ['power by trust', 'how much power do our servers draw?'],
    ['servers by organisation', 'tell me about the estate'],
  ])('says honestly that %j needs an organisation column, and offers the question for the whole estate', async (question, instead) => {
    const { answer } = await acute.ask(question);
    expect(answer.kind).toBe('clarify');
    expect(answer.headline).toContain('it has no organisation column');
    expect(answer.tables).toEqual([]);
    expect(answer.actions).toEqual([{ id: 'ask', label: 'The whole estate', question: instead }]);
  });

  it.each(['what if the trusts shared hosts?', 'what if the three trusts shared two data centres?', 'what would Trust A save?', 'what would Northfield trust save?'])('says honestly that %j needs an organisation column', async (question) => {
    const { answer } = await acute.ask(question);
    expect(answer.kind).toBe('clarify');
    expect(answer.headline).toContain('it has no organisation column');
    expect(answer.figures).toEqual([]);
  });
});
