import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, AnswerTable } from '../../../bot/answer/answer.js';
import type { BotCore } from '../../../bot/conversation/bot-core.js';
import { evaluate, type Evaluation } from '../../../engine/evaluate.js';
import { figuresByOrganisation } from '../../../engine/figures-by-organisation.js';
import type { Inputs } from '../../../engine/io/load-inputs.js';
import { sitesBySize } from '../../../engine/placement/sites-by-size.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';
import type { OrganisationFigureRow } from '../../../engine/tco/organisation-figures.js';
import { icsAndAcuteCores } from './ics-and-acute-cores.js';
import { formatMoney, formatMoneyShort, formatNumber } from '../../../reports/format/numbers.js';

/**
 * Questions an ICS finance lead or IM&T director asks of several trusts in one estate (issue 20
 * point 4, issue 17): trust by trust, the system as a whole, data centres moved into or closed.
 * Each is answered as asked, its figures checked against the engine for the answer's scenario.
 */
describe('chat questions about the trusts of an integrated care system (sample:ics)', { timeout: 180_000 }, () => {
  let ics: Inputs;
  let core: BotCore;
  let acute: BotCore;
  beforeAll(async () => {
    ({ ics, core, acute } = await icsAndAcuteCores());
  }, 60_000);

  const ask = async (question: string): Promise<Answer> => (await core.ask(question)).answer;
  const raw = (answer: Answer, label: RegExp) => answer.figures.find((f) => label.test(f.label))?.raw;
  const table = (answer: Answer): AnswerTable => answer.tables.find((t) => t.title.startsWith('Per organisation'))!;
  const engine = (answer: Answer): Evaluation => evaluate({ estate: ics.estate, hosts: ics.hosts, assumptions: ics.assumptions, scenario: scenarioSchema.parse(answer.scenario), corePerformance: ics.corePerformance });
  const organisations = (answer: Answer) => figuresByOrganisation({ estate: ics.estate, hosts: ics.hosts, evaluation: engine(answer) })!.figures;
  const first = (rows: readonly OrganisationFigureRow[], value: (r: OrganisationFigureRow) => number) => [...rows].sort((a, b) => value(b) - value(a))[0]!;
  const column = (t: AnswerTable, name: string) => t.rows.map((r) => Number(r[t.columns.indexOf(name)]!.replace(/[£,]/g, '')));

  it.each([
    ["if the trusts kept their own kit but consolidated, what's the saving per trust?", false],
    ['break the saving down by trust please', undefined],
    ['give me the savings trust by trust', undefined],
    ['what would each trust save if we pooled our hosting?', true],
  ])('%j answers for the whole estate, naming the trust that saves most in cash, with each trust\'s part adding up to the total', async (question, mix) => {
    const answer = await ask(question);
    expect(answer.kind, answer.headline).toBe('what-if');
    expect(answer.scenario).toMatchObject({ scope: 'all' });
    expect(answer.scenario?.mixOrganisations === true).toBe(mix === true);
    const o = organisations(answer);
    const top = first(o.rows, (r) => r.cashSaving);
    expect(answer.headline.startsWith(`${mix ? 'Sharing hosts' : 'Each on hosts of its own'}, ${top.organisation} saves the most in cash a year: ${formatMoneyShort(top.cashSaving)} of ${formatMoneyShort(o.total.cashSaving)}`)).toBe(true);
    expect(o.total.cashSaving).toBe(raw(answer, /^Cash-releasing saving a year/));
    expect(table(answer).rows.map((r) => r[2])).toEqual([...o.rows, o.total].map((r) => formatMoney(r.cashSaving)));
  });

  it.each([
    ['show me the NPV by trust', 'has the highest NPV'],
    ['which trust would benefit most from consolidation?', 'would benefit most (read as the highest NPV)'],
    ['which trust has the best NPV?', 'has the highest NPV'],
  ])('%j names the trust with the highest NPV, and its NPV of the total', async (question, verb) => {
    const answer = await ask(question);
    const o = organisations(answer);
    const top = first(o.rows, (r) => r.npv);
    expect(answer.headline).toContain(`${top.organisation} ${verb}: ${formatMoneyShort(top.npv)} of ${formatMoneyShort(o.total.npv)}`);
    expect(o.total.npv).toBe(raw(answer, /^NPV at/));
  });

  it('"what is the capital cost per organisation for shared hosting?" shares hosts and names the trust needing most capital', async () => {
    const answer = await ask('what is the capital cost per organisation for shared hosting?');
    expect(answer.scenario).toMatchObject({ mixOrganisations: true, scope: 'all' });
    const o = organisations(answer);
    const top = first(o.rows, (r) => r.capital);
    expect(answer.headline).toContain(`Sharing hosts, ${top.organisation} needs the most capital: ${formatMoneyShort(top.capital)} of ${formatMoneyShort(o.total.capital)}`);
  });

  it('"what\'s the energy saving for each organisation?" names the trust saving most kWh, the rows adding up to the whole estate\'s change', async () => {
    const answer = await ask("what's the energy saving for each organisation?");
    const o = organisations(answer);
    const top = first(o.rows, (r) => r.beforeKwh - r.afterKwh);
    expect(answer.headline).toContain(`${top.organisation} saves the most energy: ${formatNumber(top.beforeKwh - top.afterKwh)} kWh of ${formatNumber(o.total.beforeKwh - o.total.afterKwh)} kWh a year`);
    expect(o.rows.reduce((s, r) => s + r.beforeKwh - r.afterKwh, 0)).toBe(o.total.beforeKwh - o.total.afterKwh);
  });

  it('"how many hosts would each trust need if they stayed separate?" gives each trust whole hosts of its own, adding up to the plan\'s hosts', async () => {
    const answer = await ask('how many hosts would each trust need if they stayed separate?');
    expect(answer.scenario?.mixOrganisations).not.toBe(true);
    const plan = engine(answer).plan;
    const own = (name: string) => plan.hostDetails.filter((h) => h.organisation === name).length;
    const hosts = column(table(answer), 'Hosts');
    const names = table(answer).rows.map((r) => r[0]!);
    expect(hosts.slice(0, -1)).toEqual(names.slice(0, -1).map(own));
    expect(hosts.at(-1)).toBe(plan.hosts);
    expect(hosts.slice(0, -1).reduce((s, h) => s + h, 0)).toBe(plan.hosts);
    expect(raw(answer, /^Hosts$/)).toBe(plan.hosts);
    const listed = names.slice(0, -1).sort((a, b) => own(b) - own(a)).map((n) => `${n} ${own(n)}`).join(', ');
    expect(answer.headline.startsWith(`Each on hosts of its own, the hosts each organisation needs: ${listed}; ${plan.hosts} in all.`)).toBe(true);
  });

  it('sharing hosts, each trust\'s hosts are its share of the shared ones, to one decimal, still adding up to the plan\'s hosts', async () => {
    const answer = await ask('if the trusts pooled their hosting what would the hosts per organisation be?');
    expect(answer.scenario).toMatchObject({ mixOrganisations: true });
    const hosts = column(table(answer), 'Hosts');
    expect(Math.round(hosts.slice(0, -1).reduce((s, h) => s + h, 0) * 10)).toBe(Math.round(hosts.at(-1)! * 10));
    expect(hosts.at(-1)).toBe(engine(answer).plan.hosts);
    expect(answer.headline).toContain("its share of the shared hosts, by its workloads' CPU and memory demand");
  });

  it('"what\'s the payback for each trust?" names the trust paying back soonest, each trust\'s own payback in the table beside the whole estate\'s', async () => {
    const answer = await ask("what's the payback for each trust?");
    const o = organisations(answer);
    const soonest = first(o.rows, (r) => -(r.paybackMonths ?? Number.POSITIVE_INFINITY));
    const months = (m: number | null) => (m === null ? 'not within 5 years' : `${formatNumber(m)} months`);
    expect(answer.headline.startsWith(`Each on hosts of its own, ${soonest.organisation} pays back soonest: ${months(soonest.paybackMonths)} (the whole scope ${months(engine(answer).appraisal.paybackMonths)})`)).toBe(true);
    expect(table(answer).rows.map((r) => r.at(-1))).toEqual([...o.rows, o.total].map((r) => months(r.paybackMonths)));
    expect(o.total.paybackMonths).toBe(raw(answer, /^Payback$/));
  });

  it('a trust consolidated alone pays back when the whole answer does: its own cash flow is the whole change', async () => {
    const answer = await ask("what's the payback for Southmead alone?");
    const o = organisations(answer);
    const southmead = o.rows.find((r) => r.organisation === 'Southmead Community Health NHS Trust')!;
    expect(southmead.paybackMonths).toBe(engine(answer).appraisal.paybackMonths);
    expect(table(answer).rows[0]!.at(-1)).toBe(table(answer).rows.at(-1)!.at(-1));
  });

  it.each(["what's the payback for the ICS as a whole?", 'what would consolidating save across the ICS?', "what's the NPV for the integrated care system?", 'what does consolidation save across the whole system?', "what's the payback across all three trusts?"])(
    '%j is the whole estate, not an unknown service',
    async (question) => {
      const answer = await ask(question);
      expect(answer.kind, answer.headline).toBe('what-if');
      expect(answer.scenario).toMatchObject({ scope: 'all' });
      expect(raw(answer, /^Servers in scope$/)).toBe(ics.estate.servers.length);
      expect(raw(answer, /^Payback$/)).toBe(engine(answer).appraisal.paybackMonths ?? undefined);
    },
  );

  it('"what if all three trusts moved into one data centre?" puts every host in the site holding most servers, and says it chose that site', async () => {
    const answer = await ask('what if all three trusts moved into one data centre?');
    const largest = sitesBySize(ics.estate.servers)[0]!;
    expect(answer.scenario).toMatchObject({ scope: 'all', mixOrganisations: true, dataCentres: [largest] });
    expect(new Set(engine(answer).plan.hostDetails.map((h) => h.site))).toEqual(new Set([largest]));
    expect(answer.notes.join(' ')).toContain(`You named no data centre, so I chose the site holding most servers: ${largest} (${ics.estate.servers.filter((s) => s.site === largest).length} servers)`);
  });

  it('"could we close a data centre if we shared?" shares hosts in every site but the one with fewest servers, naming the site closed', async () => {
    const answer = await ask('could we close a data centre if we shared?');
    const sites = sitesBySize(ics.estate.servers);
    const closed = sites.at(-1)!;
    expect(answer.scenario).toMatchObject({ scope: 'all', mixOrganisations: true, dataCentres: sites.slice(0, -1) });
    expect(engine(answer).plan.hostDetails.some((h) => h.site === closed)).toBe(false);
    expect(answer.notes.join(' ')).toContain(`I closed the one with fewest servers: ${closed}`);
  });

  it('"what if we closed Elm Park DC?" keeps the hosts out of Elm Park, its servers still moved', async () => {
    const answer = await ask('what if we closed Elm Park DC?');
    expect(answer.scenario).toMatchObject({ scope: 'all' });
    expect(answer.scenario?.dataCentres).not.toContain('Elm Park DC');
    expect(answer.scenario?.dataCentres).toHaveLength(2);
    expect(raw(answer, /^Servers in scope$/)).toBe(ics.estate.servers.length);
    expect(answer.notes.join(' ')).toContain('Closing Elm Park DC');
  });

  it('"could we get down to one data centre?" keeps the site holding most servers and says which close', async () => {
    const answer = await ask('could we get down to one data centre?');
    const sites = sitesBySize(ics.estate.servers);
    expect(answer.scenario).toMatchObject({ scope: 'all', dataCentres: [sites[0]] });
    expect(answer.notes.join(' ')).toContain(`${sites.slice(1).join(' and ')} close`);
  });

  it('"what if Northfield moved into Riverside DC?" consolidates Northfield\'s servers onto hosts at Riverside DC', async () => {
    const answer = await ask('what if Northfield moved into Riverside DC?');
    expect(answer.kind, answer.headline).toBe('what-if');
    expect(answer.scenario).toMatchObject({ scope: 'organisation="Northfield Hospitals NHS Trust"', dataCentres: ['Riverside DC'] });
    expect(new Set(engine(answer).plan.hostDetails.map((h) => h.site))).toEqual(new Set(['Riverside DC']));
    expect(raw(answer, /^Servers in scope$/)).toBe(ics.estate.servers.filter((s) => s.organisation === 'Northfield Hospitals NHS Trust').length);
  });

  it('"split that by trust" and "and by trust?" after a what-if split that what-if, not the estate\'s server counts', async () => {
    const first = await core.ask('what if we consolidate pathology?');
    const split = await core.ask('split that by trust', first.context);
    expect(split.answer.kind, split.answer.headline).toBe('what-if');
    expect(split.answer.scenario).toEqual(first.answer.scenario);
    expect(split.answer.headline).toMatch(/saves the most in cash a year/);
    const shared = await core.ask('what if the three trusts shared two data centres?');
    const again = await core.ask('and by trust?', shared.context);
    expect(again.answer.scenario).toEqual(shared.answer.scenario);
    expect(again.answer.headline.startsWith('Sharing hosts, ')).toBe(true);
    const estate = await core.ask('break the estate down by trust', shared.context);
    expect(estate.answer.kind).toBe('estate');
  });

  it('"compare the trusts\' savings" and "Northfield vs Southmead savings" compare the trusts\' parts, not host models', async () => {
    const all = await ask("compare the trusts' savings");
    expect(all.kind, all.headline).toBe('what-if');
    expect(all.scenario).toMatchObject({ scope: 'all' });
    expect(all.headline).toMatch(/^Each on hosts of its own, .* saves the most in cash a year/);
    const two = await ask('Northfield vs Southmead savings');
    expect(two.kind).toBe('what-if');
    expect(table(two).rows.map((r) => r[0])).toEqual(['Northfield Hospitals NHS Trust', 'Southmead Community Health NHS Trust', 'Total']);
  });

  it('"the three trusts combined" adds the trusts up: it does not make them share hosts', async () => {
    const answer = await ask("what's the saving for the three trusts combined?");
    expect(answer.scenario).toMatchObject({ scope: 'all' });
    expect(answer.scenario?.mixOrganisations).not.toBe(true);
  });

  it('"what if Southmead moved its servers into Northfield\'s data centre?" puts Southmead\'s hosts in the site holding most of Northfield\'s servers, and says so', async () => {
    const answer = await ask("what if Southmead moved its servers into Northfield's data centre?");
    const northfield = ics.estate.servers.filter((s) => s.organisation === 'Northfield Hospitals NHS Trust');
    const main = sitesBySize(northfield)[0]!;
    expect(answer.scenario).toMatchObject({ scope: 'organisation="Southmead Community Health NHS Trust"', dataCentres: [main] });
    expect(new Set(engine(answer).plan.hostDetails.map((h) => h.site))).toEqual(new Set([main]));
    expect(answer.notes.join(' ')).toContain(`Northfield Hospitals NHS Trust's data centre read as ${main}`);
  });

  it('keeps working: one trust on its own, and which trust uses the most power', async () => {
    const alone = await ask('how much would Northfield save on its own?');
    expect(alone.scenario).toMatchObject({ scope: 'organisation="Northfield Hospitals NHS Trust"' });
    const power = await ask('which trust uses the most power?');
    expect(power.kind).toBe('estate');
    expect(power.headline).toMatch(/^Northfield Hospitals NHS Trust draws the most power/);
  });

  it.each(['show me the NPV by trust', 'which trust would benefit most from consolidation?', 'how many hosts would each trust need?', "what's the saving for each of the trusts?"])(
    'on one trust\'s estate, %j says the estate has no organisation column, offering the whole estate instead',
    async (question) => {
      const { answer } = await acute.ask(question);
      expect(answer.kind).toBe('clarify');
      expect(answer.headline).toContain('it has no organisation column');
      expect(answer.actions.map((a) => a.question)).toContain('what if we consolidate the whole estate?');
    },
  );
});
