import { beforeAll, describe, expect, it } from 'vitest';
import { runningCostByServiceAnswer } from '../../../bot/answer/running-cost-by-service-answer.js';
import { evaluate } from '../../../engine/evaluate.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { defaultScenario } from '../../../engine/scenario/default-scenario.js';

describe('running costs by service in chat', { timeout: 120_000 }, () => {
  let inputs: Inputs;
  beforeAll(async () => {
    inputs = await loadInputs();
  });

  it("ranks services by their do-nothing running costs, which add up to the whole estate's in the first running year", () => {
    const answer = runningCostByServiceAnswer(inputs.estate, inputs.assumptions);
    const rows = answer.tables[0]!.rows;
    const pounds = (cell: string) => Number(cell.replace(/[£,]/g, ''));
    rows.slice(1, -1).forEach((row, i) => expect(pounds(row[5]!)).toBeLessThanOrEqual(pounds(rows[i]![5]!)));
    expect(answer.headline).toMatch(new RegExp(`^${rows[0]![0]!.replace(/[/()]/g, '\\$&')} costs the most to run: £[\\d.]+k a year`));
    const appraisal = evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario: { ...defaultScenario(inputs.scenarios), scope: 'all' }, corePerformance: inputs.corePerformance }).appraisal;
    const wholeRunning = appraisal.lines
      .filter((l) => (l.side === 'baseline' || l.side === 'staying') && l.group === 'running')
      .reduce((sum, l) => sum + l.byYear[1]!, 0);
    const services = new Set(inputs.estate.servers.map((s) => s.service)).size;
    // Each service's lines are rounded to whole pence on their own: a few pence per service apart at most.
    const byService = answer.figures.find((f) => f.label === 'Whole estate')!.raw!;
    expect(Math.abs(byService - wholeRunning)).toBeLessThanOrEqual(services * 5);
  });
});
