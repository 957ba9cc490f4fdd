import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadInputs } from '../engine/io/load-inputs.js';
import { buildBusinessCaseView } from '../reports/business-case/build-business-case-view.js';
import { renderBusinessCase } from '../reports/business-case/render-business-case.js';
import { renderHtml } from '../reports/html/render-html.js';
import { PdfRenderer } from '../reports/pdf/pdf-renderer.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (n: number) => `${n.toFixed(0)} ms`;

/**
 * Report speed on the sample trust, full-consolidation business case:
 * - HTML render: view model to one HTML string (target < 300 ms), median of 20;
 * - full PDF with the browser already running (target < 3 s), median of 5;
 * - a batch of 10 papers through one browser: pages per second.
 * Engine time (options, sensitivity) is reported separately, as it is not rendering.
 */
export async function run(): Promise<void> {
  const inputs = await loadInputs();
  const scenario = inputs.scenarios.find((s) => s.name === 'full-consolidation');
  if (!scenario) throw new Error('bench/report: the sample scenarios have no full-consolidation');
  const assumptions = inputs.assumptions.with(scenario.overrides, 'scenario');
  const details = { meetingDate: '2027-01-14' };

  let started = performance.now();
  const paper = await renderBusinessCase({ inputs, scenario, assumptions, details, format: ['html'] });
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine while measuring`);
  console.log(`engine + view model (4 options, sensitivity, charts): ${ms(performance.now() - started)}`);
  const viewTimes: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    started = performance.now();
    await buildBusinessCaseView(paper.input);
    viewTimes.push(performance.now() - started);
  }
  console.log(`view model with its 5 charts (Vega-Lite to SVG): median ${ms(median(viewTimes))}`);

  const htmlTimes: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    started = performance.now();
    renderHtml('business-case', paper.view);
    htmlTimes.push(performance.now() - started);
  }
  const html = renderHtml('business-case', paper.view);
  console.log(`HTML render: median ${ms(median(htmlTimes))} (target < 300 ms), ${(html.length / 1024).toFixed(0)} KiB`);

  const renderer = new PdfRenderer();
  try {
    started = performance.now();
    await renderer.render(html, { title: paper.title });
    console.log(`PDF, cold browser: ${ms(performance.now() - started)}`);
    const pdfTimes: number[] = [];
    let pages = 0;
    for (let i = 0; i < 5; i += 1) {
      started = performance.now();
      const result = await renderBusinessCase({ inputs, scenario, assumptions, details, format: ['pdf'], renderer });
      pdfTimes.push(performance.now() - started);
      pages = result.pages ?? 0;
    }
    const printTimes: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      started = performance.now();
      await renderer.render(html, { title: paper.title });
      printTimes.push(performance.now() - started);
    }
    console.log(`full PDF paper, warm browser (engine + HTML + print): median ${ms(median(pdfTimes))} (target < 3 s), ${pages} pages`);
    console.log(`  of which printing HTML to PDF: median ${ms(median(printTimes))}`);

    started = performance.now();
    let batchPages = 0;
    for (let i = 0; i < 10; i += 1) {
      const result = await renderBusinessCase({ inputs, scenario, assumptions, details: { ...details, agendaItem: `7.${i + 1}` }, format: ['pdf'], renderer });
      batchPages += result.pages ?? 0;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`batch of 10 papers, one browser: ${batchPages} pages in ${seconds.toFixed(1)} s = ${(batchPages / seconds).toFixed(1)} pages/s`);
  } finally {
    await renderer.close();
  }
}
