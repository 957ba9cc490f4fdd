import { beforeAll, describe, expect, it } from 'vitest';
import { renderAnswerBlocks } from '../../../bot/slack/render-answer-blocks.js';
import { organisationTables } from '../../../bot/summary/organisation-tables.js';
import { summaryAnswer } from '../../../bot/summary/summary-answer.js';
import { renderAnswerCard } from '../../../bot/teams/render-answer-card.js';
import { approvedPlanSchema } from '../../../engine/summary/approved-plan.js';
import { monthlySummary, type MonthlySummary } from '../../../engine/summary/monthly-summary.js';
import type { OrganisationProgressRow } from '../../../engine/summary/organisation-progress.js';
import { formatMoney, formatNumber } from '../../../reports/format/numbers.js';
import { evaluatedIcsHistory, icsPlanJson, northfield, southmead, westbrook } from '../../engine/summary/ics-history-fixtures.js';

let history: Awaited<ReturnType<typeof evaluatedIcsHistory>>;
let june: MonthlySummary;

beforeAll(async () => {
  history = await evaluatedIcsHistory();
  june = monthlySummary({ month: '2026-06', snapshots: history.evaluated, plan: history.plan });
}, 120_000);

const programmeTitle = 'By organisation: servers switched off, and saving a year, against the plan';
const estateTitle = 'By organisation: energy and running costs a year, warranties ending within 90 days';
const withoutOrganisations = ({ organisations: _, ...rest }: MonthlySummary): MonthlySummary => rest;

describe('the monthly summary by organisation in chat', () => {
  it('adds two compact tables, a row per trust and the total row, to the summary answer', () => {
    const answer = summaryAnswer(june);
    expect(answer.tables.map((t) => t.title)).toEqual(['Changes this month', 'Trend', 'Warranty ending within 90 days', programmeTitle, estateTitle]);
    const [programme, estate] = answer.tables.slice(-2);
    const row = (name: string) => june.organisations!.rows.find((r) => r.organisation === name)!;
    const saved = (r: OrganisationProgressRow) => `${formatMoney(r.plan!.realisedSavingPencePerYear)} / ${formatMoney(r.plan!.forecastSavingPencePerYear!)}`;
    expect(programme!.columns).toEqual(['Organisation', 'Servers', 'Off this month', 'Off to date / plan', 'Saved / forecast']);
    expect(programme!.rows).toEqual([
      [northfield, formatNumber(row(northfield).servers), '2', '9 / 9', saved(row(northfield))],
      [southmead, formatNumber(row(southmead).servers), '0', '0 / 2', `£0 / £5,000`],
      [westbrook, formatNumber(row(westbrook).servers), '3', '5 / 4', saved(row(westbrook))],
      ['Total', formatNumber(june.current.servers.total), '5', '14 / 15', saved(june.organisations!.total)],
    ]);
    expect(estate!.columns).toEqual(['Organisation', 'Energy (kWh)', 'Energy cost', 'Running costs', 'Warranty ending']);
    expect(estate!.rows.at(-1)).toEqual(['Total', formatNumber(Math.round(june.current.energyKwhPerYear)), formatMoney(june.organisations!.total.energyCostPencePerYear), formatMoney(june.current.runningCostPencePerYear), formatNumber(june.warrantyExpiring.length)]);
    expect(answer.notes.join(' ')).toContain('the rows add up to the total in pence and kWh');
  });

  it('renders in Slack as two more section blocks, within the block and text limits', () => {
    const { blocks } = renderAnswerBlocks(summaryAnswer(june));
    expect(blocks.length).toBe(renderAnswerBlocks(summaryAnswer(withoutOrganisations(june))).blocks.length + 2);
    expect(blocks.length).toBeLessThanOrEqual(50);
    const tables = blocks.flatMap((b) => (b.type === 'section' && b.text?.text.includes('*By organisation') ? [b.text.text] : []));
    expect(tables).toHaveLength(2);
    for (const text of tables) {
      expect(text.length).toBeLessThanOrEqual(3000);
      for (const name of [northfield, southmead, westbrook, 'Total']) expect(text).toContain(name);
      expect(text).not.toContain('more row');
    }
  });

  it('renders in a Teams card as two Tables of five rows (heading, three trusts, total), under the 28 KB message limit', () => {
    const card = renderAnswerCard(summaryAnswer(june));
    const tables = card.body.filter((e, i) => e.type === 'Table' && String(card.body[i - 1]?.['text']).startsWith('By organisation'));
    expect(tables.map((t) => (t['rows'] as unknown[]).length)).toEqual([5, 5]);
    expect(JSON.stringify(card).length).toBeLessThan(28_000);
  });

  it('shows switch-offs without plan columns when there is no plan, and actuals alone against a plan not split by organisation', () => {
    const noPlan = summaryAnswer(monthlySummary({ month: '2026-06', snapshots: history.evaluated }));
    expect(noPlan.tables.at(-2)).toMatchObject({ title: 'By organisation: servers switched off', columns: ['Organisation', 'Servers', 'Off this month'] });
    const whole = approvedPlanSchema.parse({ ...icsPlanJson, months: icsPlanJson.months.map(({ organisations: _, ...m }) => m) });
    const unsplit = summaryAnswer(monthlySummary({ month: '2026-06', snapshots: history.evaluated, plan: whole }));
    expect(unsplit.tables.at(-2)!.rows.map((r) => r[3])).toEqual(['9', '0', '5', '14 / 15']);
    expect(unsplit.notes.join(' ')).toContain('The approved plan sets targets for the whole estate only');
  });

  it('keeps the total row when there are more organisations than a chat table shows, the others in one row', () => {
    const total = june.organisations!.total;
    const trust = (k: number): OrganisationProgressRow => ({ ...total, organisation: `Trust ${String(k).padStart(2, '0')}`, servers: 100 + k, switchedOffThisMonth: 1 });
    const rows = Array.from({ length: 20 }, (_, k) => trust(k));
    const [programme] = organisationTables({ rows, total: { ...total, switchedOffThisMonth: 20 } }, 90);
    expect(programme!.rows).toHaveLength(15);
    expect(programme!.rows.slice(-2).map((r) => r.slice(0, 3))).toEqual([['7 other organisations', formatNumber(7 * 100 + 21), '7'], ['Total', formatNumber(total.servers), '20']]);
    expect(programme!.rows[0]![0]).toBe('Trust 07');
  });
});
