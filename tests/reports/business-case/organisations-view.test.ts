import { beforeAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { caseFigures } from '../../../reports/business-case/case-figures.js';
import { renderBusinessCase, type RenderedBusinessCase } from '../../../reports/business-case/render-business-case.js';
import { formatMoney } from '../../../reports/format/numbers.js';

let paper: RenderedBusinessCase;

beforeAll(async () => {
  const inputs = await loadInputs({ estate: 'sample:ics' });
  const scenario = inputs.scenarios.find((s) => s.name === 'full-consolidation')!;
  paper = await renderBusinessCase({ inputs, scenario, assumptions: inputs.assumptions.with(scenario.overrides, 'scenario'), format: ['html'] });
}, 300_000);

describe('the business case for an integrated care system (sample:ics)', () => {
  it('splits the preferred option by organisation, rows adding up to a total row that is the paper\'s headline', () => {
    const o = paper.input.organisations!;
    const evaluation = paper.input.preferred.evaluation;
    const a = evaluation.appraisal;
    expect(o.rows.map((r) => r.organisation)).toEqual(['Northfield Hospitals NHS Trust', 'Southmead Community Health NHS Trust', 'Westbrook Mental Health NHS Trust']);
    for (const key of ['capital', 'cashSaving', 'npv', 'beforeKwh', 'afterKwh', 'serversMoved'] as const) {
      expect(o.rows.reduce((s, r) => s + r[key], 0), key).toBe(o.total[key]);
    }
    expect(o.total.capital).toBe(caseFigures(evaluation).finance.capitalAsk);
    expect(o.total.npv).toBe(a.npv);
    expect(o.total.cashSaving).toBe(a.finance.recurringSavings.fullYear.cashReleasing);
    expect(o.fullYear).toBe(a.finance.recurringSavings.fullYear.financialYear);
  });

  it('prints table 7a in the economic case with every organisation and the total row', () => {
    const html = paper.html ?? '';
    const start = html.indexOf('Table 7a. The preferred option by organisation');
    expect(start).toBeGreaterThan(html.indexOf('2.2 Short list appraisal'));
    expect(html).toContain('The estate belongs to 3 organisations. Each organisation has hosts of its own.');
    const table = html.slice(start, html.indexOf('</table>', start));
    const o = paper.input.organisations!;
    for (const r of [...o.rows, o.total]) {
      expect(table).toContain(r.organisation);
      for (const money of [r.capital, r.cashSaving, r.npv]) expect(table).toContain(`>${formatMoney(money)}<`);
    }
    // The total row is the same capital ask and NPV the short-list table shows for the preferred option.
    expect(html.slice(html.indexOf('Table 7.'), start)).toContain(`>${formatMoney(o.total.npv)}<`);
  });

  it('gives the cover paper a short table by organisation whose rows add up to its total row, the cover\'s headline', () => {
    const o = paper.input.organisations!;
    const f = caseFigures(paper.input.preferred.evaluation);
    const table = paper.cover.organisations!.table;
    expect(table.columns.map((c) => c.label)).toEqual(['Organisation', 'Capital (CDEL)', 'Revenue saving a year, cash-releasing', 'NPV', 'Energy a year (kWh)']);
    expect(table.rows.map((r) => [r.cells[0]!.text, r.total])).toEqual([...o.rows.map((r) => [r.organisation, false]), ['Total', true]]);
    for (const key of ['capital', 'cashSaving', 'npv', 'beforeKwh', 'afterKwh'] as const) {
      expect(o.rows.reduce((s, r) => s + r[key], 0), key).toBe(o.total[key]);
    }
    // The total row is the capital ask, the cash-releasing saving, the NPV and the energy the cover quotes above it.
    expect(o.total.capital).toBe(f.finance.capitalAsk);
    expect(o.total.npv).toBe(f.npv);
    expect(o.total.cashSaving).toBe(f.finance.recurringSavings.filter((r) => r.cashReleasing).reduce((s, r) => s + r.saving, 0));
    expect(o.total.beforeKwh).toBe(Math.round(f.energyBeforeKwh));
    expect(o.total.afterKwh).toBe(Math.round(f.energyAfterKwh));
    const total = table.rows.at(-1)!.cells.map((c) => c.text);
    expect(total.slice(1, 4)).toEqual([formatMoney(f.finance.capitalAsk), formatMoney(o.total.cashSaving), formatMoney(f.npv)]);
    const html = paper.coverDocument.html;
    const section = html.slice(html.indexOf('id="by-organisation"'), html.indexOf('id="financial-ask"'));
    for (const r of [...o.rows, o.total]) expect(section).toContain(`>${formatMoney(r.npv)}<`);
    expect(section).toContain('add up to the figures above');
    expect(html.indexOf('id="by-organisation"')).toBeGreaterThan(html.indexOf('id="key-figures"'));
  });

  it('costs shared ICS hosting in the long list (the trusts sharing hosts) instead of assessing it in words', () => {
    const shared = paper.input.alternatives.find((o) => /shared ICS hosting/.test(o.label));
    expect(paper.input.preferred.evaluation.scenario.mixOrganisations ?? false).toBe(false);
    expect(shared?.evaluation.scenario.mixOrganisations).toBe(true);
    const html = paper.html ?? '';
    expect(html).toContain(`Costed: NPV ${formatMoney(shared!.evaluation.appraisal.npv)}.`);
    expect(html).not.toContain('no partner offer or charging model exists yet');
  });
});
