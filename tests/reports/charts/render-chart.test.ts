import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { renderChart } from '../../../reports/charts/render-chart.js';
import { costByYearChart } from '../../../reports/charts/cost-by-year-chart.js';
import { cumulativeCashFlowChart } from '../../../reports/charts/cumulative-cash-flow-chart.js';
import { tornadoChart } from '../../../reports/charts/tornado-chart.js';
import { beforeAfterChart } from '../../../reports/charts/before-after-chart.js';

describe('renderChart', () => {
  it('turns a Vega-Lite spec into one static SVG image named for assistive technology', async () => {
    const svg = String(await renderChart(costByYearChart([
      { year: 'Year 1', option: 'Do nothing', pounds: 250_000 },
      { year: 'Year 1', option: 'Consolidate', pounds: 90_000 },
    ], ['Do nothing', 'Consolidate']), { title: 'Cost by year "A" & B', description: 'The data shows a test message here.' }));
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="(chart-\w+)-title \1-desc" focusable="false" /);
    expect(svg).toContain('>Cost by year &quot;A&quot; &amp; B</title><desc id="');
    expect(svg).toContain('>The data shows a test message here.</desc>');
    expect(svg).toContain('£250k');
    expect(svg).not.toMatch(/<script|<foreignObject|href=/i);
  });

  it('refuses a description that does not state a message', async () => {
    await expect(renderChart(beforeAfterChart([{ measure: 'Servers', before: 2, after: 1 }]), { title: 'f', description: 'f' })).rejects.toThrow(/must state what the data shows/);
  });

  it('refuses to load data from a URL', async () => {
    const spec: TopLevelSpec = { data: { url: 'https://example.org/data.json' }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' } } };
    await expect(renderChart(spec, { title: 'remote', description: 'The data shows a test message here.' })).rejects.toThrow(/refused to load https:\/\/example.org\/data.json/);
  });

  it('prints labels from the data as text', async () => {
    const svg = String(await renderChart(tornadoChart([{ driver: '<img src=x onerror=alert(1)>', lowNpvPounds: 1, highNpvPounds: 3 }], 2), { title: 't', description: 'The data shows a test message here.' }));
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img');
  });

  it('marks the payback point on the cumulative cash flow, and leaves it out when there is none', async () => {
    const points = [{ year: 0, pounds: -100 }, { year: 1, pounds: 50 }];
    expect(String(await renderChart(cumulativeCashFlowChart(points, { years: 0.67, label: 'Payback: 8 months' }), { title: 'c', description: 'The data shows a test message here.' }))).toContain('Payback: 8 months');
    const noPayback = String(await renderChart(cumulativeCashFlowChart(points, null), { title: 'c', description: 'The data shows a test message here.' }));
    expect(noPayback).not.toContain('Payback');
    // One named image: no inner marks announced (an empty payback layer was an unnamed image to axe).
    expect(noPayback.match(/ role="img"/g)).toHaveLength(1);
    expect(noPayback).not.toContain('graphics-symbol');
  });

  it('draws one panel per before/after measure with its values', async () => {
    const svg = String(await renderChart(beforeAfterChart([{ measure: 'Servers', before: 232, after: 9 }, { measure: 'Rack units', before: 310, after: 14 }]), { title: 'f', description: 'The data shows a test message here.' }));
    for (const text of ['Servers', 'Rack units', '232', '310', 'Today', 'After consolidation']) expect(svg).toContain(text);
  });
});
