import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../bot/answer/answer.js';
import { summariseMonth } from '../../store/history/summarise-month.js';
import { formatMoney } from '../../reports/format/numbers.js';
import { sampleSummarySetup } from '../store/sample-summary.js';
import type { OrganisationFigures } from '../../engine/tco/organisation-figures.js';
import { runUnsprawl } from './run-unsprawl.js';

interface TcoJson {
  appraisal: {
    npv: number;
    doNothing: { sum: number; total: number[] };
    energyChange: { basis: string; beforeKwh: number; afterKwh: number; percent: number | null };
    finance: { capital: { requirement: number }; recurringSavings: { fullYear: { cashReleasing: number } } };
  };
  sensitivity: { monteCarlo: { p50: number; probabilityNegative: number } };
  organisationFigures?: OrganisationFigures;
}

interface ReportJson {
  capitalAskPence: number;
  npvPence: number;
  cashSavingPence: number;
  energyCutPercent: number | null;
  doNothingPence: number;
  medianNpvPence: number;
  probabilityNegative: number;
  organisations: OrganisationFigures | null;
}

const raw = (answer: Answer, label: RegExp) => answer.figures.find((f) => label.test(f.label))?.raw;

async function json<T>(...args: string[]): Promise<T> {
  const { code, stdout, stderr } = await runUnsprawl(...args);
  expect(code, `${args.join(' ')}: ${stderr}`).toBe(0);
  return JSON.parse(stdout) as T;
}

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'unsprawl-agree-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/**
 * The same scenario through every front end: a chat question (`ask --json`), its equivalent
 * `tco --json` command, and the board paper (`report --json`) quote the same capital, NPV,
 * median NPV and P(NPV < 0), recurring cash-releasing saving, energy cut (one basis) and
 * do-nothing total, for the whole estate, one service, one site, with DR, and on the mostly
 * virtual sample (whose do nothing is today's hosts and licences); on the three-trust sample the
 * per-organisation rows agree too (chat's table, `tco --json` organisationFigures, the paper's
 * table 7a), and add up to the headline.
 */
describe('ask, tco and the board paper agree on the figures', { timeout: 300_000 }, () => {
  it.each([
    ['the whole estate', 'what if we consolidate everything?', []],
    ['one service', 'what if we consolidate pathology?', []],
    ['one site', 'what if we consolidate the second site?', []],
    ['with DR', 'what if we consolidate everything with DR?', []],
    ['switching the zombies off first', 'what if we retire the zombies first?', []],
    ['the mostly virtual sample, against its hosts and licences today', 'what if we consolidate everything?', ['--estate', 'sample:virtual']],
    ['three trusts sharing two data centres', 'what if the three trusts shared two data centres?', ['--estate', 'sample:ics']],
    ['one trust of three', 'what would Northfield save?', ['--estate', 'sample:ics']],
    ['closing the data centre with fewest servers, the trusts sharing', 'could we close a data centre if we shared?', ['--estate', 'sample:ics']],
    ['one trust moving into a site', 'what if Northfield moved into Riverside DC?', ['--estate', 'sample:ics']],
  ])('%s', async (_scope, question, estate) => {
    const answer = await json<Answer & { commandArgs?: string[] }>('ask', question, ...estate, '--json');
    expect(answer.kind, answer.headline).toBe('what-if');
    expect(answer.commandArgs?.slice(0, 2)).toEqual(['unsprawl', 'tco']);
    const flags = answer.commandArgs!.slice(2);
    const [tco, paper] = await Promise.all([
      json<TcoJson>('tco', ...flags, '--json'),
      json<ReportJson>('report', ...flags, '--format', 'html', '--out', join(out, _scope.replace(/\W+/g, '-')), '--json'),
    ]);
    const a = tco.appraisal;
    const mc = tco.sensitivity.monteCarlo;
    expect(raw(answer, /^Capital/)).toBe(a.finance.capital.requirement);
    expect(paper.capitalAskPence).toBe(a.finance.capital.requirement);
    expect(raw(answer, /^NPV at/)).toBe(a.npv);
    expect(paper.npvPence).toBe(a.npv);
    expect(raw(answer, /^NPV median/)).toBe(mc.p50);
    expect(paper.medianNpvPence).toBe(mc.p50);
    expect(raw(answer, /^Chance of a negative NPV/)).toBe(mc.probabilityNegative);
    expect(paper.probabilityNegative).toBe(mc.probabilityNegative);
    expect(raw(answer, /^Cash-releasing saving a year/)).toBe(a.finance.recurringSavings.fullYear.cashReleasing);
    expect(paper.cashSavingPence).toBe(a.finance.recurringSavings.fullYear.cashReleasing);
    expect(a.energyChange.basis).toBe('whole estate');
    expect(raw(answer, /^Energy a year/)).toBeCloseTo(a.energyChange.beforeKwh - a.energyChange.afterKwh, 6);
    expect(paper.energyCutPercent).toBe(a.energyChange.percent);
    expect(paper.doNothingPence).toBe(a.doNothing.sum);
    const cashFlows = answer.tables.find((t) => t.columns[0] === 'Financial year')!;
    expect(cashFlows.rows.map((r) => r[1])).toEqual(a.doNothing.total.map(formatMoney));
    const organisations = answer.tables.find((t) => t.title.startsWith('Per organisation'));
    expect(organisations === undefined, 'chat shows organisations exactly when tco does').toBe(tco.organisationFigures === undefined);
    expect(paper.organisations ?? undefined).toEqual(tco.organisationFigures);
    if (organisations && tco.organisationFigures) {
      const byName = new Map([...tco.organisationFigures.rows, tco.organisationFigures.total].map((r) => [r.organisation, r]));
      for (const row of organisations.rows) {
        const o = byName.get(row[0]!)!;
        expect(row.slice(1, 4)).toEqual([formatMoney(o.capital), formatMoney(o.cashSaving), formatMoney(o.npv)]);
      }
      expect(tco.organisationFigures.total).toMatchObject({ capital: a.finance.capital.requirement, npv: a.npv, cashSaving: a.finance.recurringSavings.fullYear.cashReleasing });
      expect(tco.organisationFigures.rows.reduce((s, r) => s + r.npv, 0)).toBe(a.npv);
    }
  });
});

describe('the monthly summary agrees with tco on the same snapshot', { timeout: 300_000 }, () => {
  it("quotes the business-case scenario's capital, NPV, cash saving, energy cut and do-nothing total as tco does", async () => {
    const setup = await sampleSummarySetup(join(out, 'history.sqlite'));
    try {
      const summary = summariseMonth(setup.store, {
        month: '2026-10', hosts: setup.inputs.hosts, corePerformance: setup.inputs.corePerformance, assumptions: setup.assumptions, scenario: setup.scenario,
      });
      const tco = await json<TcoJson>('tco', '--estate', 'data/history/2026-10-30.csv', '--scenario', setup.scenario.name, '--host', setup.scenario.host, '--json');
      const a = tco.appraisal;
      expect(summary.current.remaining).toMatchObject({
        npvPence: a.npv,
        capitalPence: a.finance.capital.requirement,
        cashSavingPence: a.finance.recurringSavings.fullYear.cashReleasing,
        energyCutPercent: a.energyChange.percent,
        doNothingPence: a.doNothing.sum,
        medianNpvPence: tco.sensitivity.monteCarlo.p50,
        probabilityNegative: tco.sensitivity.monteCarlo.probabilityNegative,
      });
    } finally {
      setup.store.close();
    }
  });
});
