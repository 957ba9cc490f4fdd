import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryAnswer } from '../../../bot/summary/summary-answer.js';
import { summaryAnswerSource } from '../../../bot/summary/summary-answer-source.js';
import { summaryQuestionAnswerer } from '../../../bot/summary/summary-question-answerer.js';
import { renderAnswerBlocks } from '../../../bot/slack/render-answer-blocks.js';
import { renderAnswerCard } from '../../../bot/teams/render-answer-card.js';
import type { MonthlySummary } from '../../../engine/summary/monthly-summary.js';
import { formatMoney, formatNumber } from '../../../reports/format/numbers.js';
import { summariseMonth } from '../../../store/history/summarise-month.js';
import { sampleSummarySetup } from '../../store/sample-summary.js';
import { tempDir } from '../../store/temp-store.js';

describe('the monthly summary as a chat answer', { timeout: 90_000 }, () => {
  const tmp = tempDir();
  let setup: Awaited<ReturnType<typeof sampleSummarySetup>>;
  let summary: MonthlySummary;
  beforeAll(async () => {
    setup = await sampleSummarySetup(tmp.file());
    summary = summariseMonth(setup.store, { month: '2026-10', hosts: setup.inputs.hosts, corePerformance: setup.inputs.corePerformance, assumptions: setup.assumptions, scenario: setup.scenario, plan: setup.plan });
  }, 120_000);
  afterAll(() => {
    setup.store.close();
    tmp.cleanup();
  });

  it('carries the summary\'s engine figures, formatted the same way as everywhere else', () => {
    const answer = summaryAnswer(summary);
    expect(answer.kind).toBe('summary');
    expect(answer.headline).toBe('Estate summary for October 2026: 16 virtualised, 3 retired, 1 added; 79 of 90 planned servers switched off (behind by 11)');
    const figure = (label: string) => answer.figures.find((f) => f.label === label);
    expect(figure('Servers')).toEqual({ label: 'Servers', value: '228 (−2 since 30 September 2026)', raw: 228 });
    expect(figure('Running costs')?.raw).toBe(summary.current.runningCostPencePerYear);
    expect(figure('Running costs')?.value).toContain(formatMoney(summary.current.runningCostPencePerYear));
    expect(figure('Energy')?.raw).toBe(summary.current.energyKwhPerYear);
    expect(figure('Virtualisation hosts')?.value).toBe('4 (consolidation ratio 25.8 VMs per host)');
    expect(figure('Servers switched off vs plan')?.value).toBe('79 of 90 (behind by 11)');
    expect(answer.tables.map((t) => t.title)).toEqual(['Changes this month', 'Trend', 'Warranty ending within 90 days']);
    expect(answer.tables[1]!.rows.at(-1)).toEqual(['2026-10', '228', '125', '4', formatNumber(summary.current.powerWatts / 1000, 1)]);
  });

  it('renders through the Slack and Teams renderers unchanged', () => {
    const answer = summaryAnswer(summary);
    const slack = JSON.stringify(renderAnswerBlocks(answer));
    const card = JSON.stringify(renderAnswerCard(answer));
    for (const text of ['Estate summary for October 2026', '79 of 90', 'MDC-ANAE-APP01']) {
      expect(slack).toContain(text);
      expect(card).toContain(text);
    }
  });

  it('turns a month without a snapshot into an error the scheduler can record and retry', async () => {
    const source = summaryAnswerSource({ store: setup.store, hosts: setup.inputs.hosts, corePerformance: setup.inputs.corePerformance, assumptions: setup.assumptions, scenario: setup.scenario, plan: setup.plan });
    await expect(source('2026-11')).rejects.toThrow(/No estate snapshot for 2026-11/);
  });

  it('answers "how did October go?" in chat, and a month with no snapshot with what to do', async () => {
    const answer = summaryQuestionAnswerer({ store: setup.store, hosts: setup.inputs.hosts, corePerformance: setup.inputs.corePerformance, assumptions: setup.assumptions, scenario: setup.scenario, plan: setup.plan, today: () => '2026-12-10' });
    expect((await answer('monthly summary for October please')).headline).toBe(summaryAnswer(summary).headline);
    const missing = await answer('summary for last month');
    expect(missing.kind).toBe('summary');
    expect(missing.headline).toBe('I have no inventory snapshot for November 2026 yet; the latest is October 2026.');
    expect(missing.notes.join(' ')).not.toContain('unsprawl');
    expect(missing.command).toBe('unsprawl import FILE --as-of 2026-11-DD');
  });

  it('answers "how many servers did we switch off in October?" with the count for October and what it is counted from', async () => {
    const answer = summaryQuestionAnswerer({ store: setup.store, hosts: setup.inputs.hosts, corePerformance: setup.inputs.corePerformance, assumptions: setup.assumptions, scenario: setup.scenario, plan: setup.plan, today: () => '2026-12-10' });
    const october = await answer('how many servers did we switch off in October?');
    expect(october.headline).toBe('In October 2026 we switched off 19 servers: 16 virtualised (P2V) and 3 retired.');
    expect(october.figures[0]).toEqual({ label: 'Switched off in October 2026', value: '19 servers', raw: summary.changes.virtualised.length + summary.changes.retired.length });
    expect(october.figures.map((f) => f.value)).toContain('79 of 90 physical servers off since April 2026 (behind by 11)');
    expect(october.notes[0]).toBe('Counted from the inventory snapshots of 30 September 2026 and 30 October 2026: servers gone from the later one (retired), and physical servers that now run as a VM of the same name (virtualised).');
    expect(october.tables[0]!.rows[0]).toEqual([summary.changes.retired[0]!.id, summary.changes.retired[0]!.service, `Retired (${summary.changes.retired[0]!.kind})`]);
    expect((await answer('how many boxes did we turn off in November?')).headline).toBe('I have no inventory snapshot for November 2026 yet; the latest is October 2026.');
    expect((await answer('how many servers did we decommission in April?')).headline).toBe('April 2026 is the first inventory snapshot in the history, so there is no earlier one to count switched-off servers against.');
  });

  it('answers "what\'s changed since September?" with September\'s snapshot against the latest, not September\'s own summary', async () => {
    const answer = summaryQuestionAnswerer({ store: setup.store, hosts: setup.inputs.hosts, corePerformance: setup.inputs.corePerformance, assumptions: setup.assumptions, scenario: setup.scenario, plan: setup.plan, today: () => '2026-12-10' });
    const since = await answer("what's changed since September?");
    // September to October is exactly October's month-on-month change.
    expect(since.headline).toBe('Since September 2026: 16 virtualised, 3 retired, 1 added, from the 30 September 2026 snapshot to the latest, 30 October 2026.');
    expect(since.figures[0]).toEqual({ label: 'Servers', value: '228 (230 on 30 September 2026)', raw: 228 });
    const summer = await answer('how has the estate changed since the summer?');
    expect(summer.headline).toMatch(/^Since the summer \(June 2026\): \d+ virtualised, \d+ retired, \d+ added, from the 30 June 2026 snapshot to the latest, 30 October 2026\.$/);
    expect((await answer('anything changed since October?')).headline).toBe('October 2026 is the latest inventory snapshot, so there is nothing newer to compare it with yet.');
  });

  it('answers "show me the trend in server numbers this year" with the counts of each monthly snapshot', async () => {
    const answer = summaryQuestionAnswerer({ store: setup.store, hosts: setup.inputs.hosts, corePerformance: setup.inputs.corePerformance, assumptions: setup.assumptions, scenario: setup.scenario, plan: setup.plan, today: () => '2026-12-10' });
    const trend = await answer('show me the trend in server numbers this year');
    const rows = trend.tables[0]!.rows;
    expect(rows.map((r) => r[0])).toEqual(['April 2026', 'May 2026', 'June 2026', 'July 2026', 'August 2026', 'September 2026', 'October 2026']);
    expect(rows.at(-1)).toEqual(['October 2026', '228', '125', '103', '19']);
    expect(trend.headline).toMatch(/^Servers went from \d+ in April 2026 to 228 in October 2026; physical from \d+ to 125, over 7 monthly snapshots\.$/);
    const six = await answer('how has the estate changed over the last six months?');
    expect(six.tables[0]!.rows.map((r) => r[0])).toEqual(['May 2026', 'June 2026', 'July 2026', 'August 2026', 'September 2026', 'October 2026']);
  });
});
