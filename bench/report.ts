import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadInputs } from '../engine/io/load-inputs.js';
import { loadPaperDetails } from '../reports/business-case/load-paper-details.js';
import { printBoardPapers } from '../reports/business-case/print-board-papers.js';
import { renderBusinessCase } from '../reports/business-case/render-business-case.js';
import { PdfRenderer } from '../reports/pdf/pdf-renderer.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (n: number) => `${n.toFixed(0)} ms`;

/**
 * Board papers on the sample trust, full-consolidation scenario, data/paper.json:
 * - engine (options, sensitivity) once, reported on its own as it is not rendering;
 * - cover paper + full business case (view models, charts, HTML, two PDFs with metadata) with
 *   the browser warm: target < 3 s, median of 5, public and restricted.
 */
export async function run(): Promise<void> {
  const inputs = await loadInputs();
  const scenario = inputs.scenarios.find((s) => s.name === 'full-consolidation');
  if (!scenario) throw new Error('bench/report: the sample scenarios have no full-consolidation');
  const assumptions = inputs.assumptions.with(scenario.overrides, 'scenario');
  const details = { ...(await loadPaperDetails()), meetingDate: '2027-01-14' };

  let started = performance.now();
  const paper = await renderBusinessCase({ inputs, scenario, assumptions, details, format: ['html'] });
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine while measuring`);
  console.log(`engine + HTML (7 options, sensitivity, charts): ${ms(performance.now() - started)}`);

  const renderer = new PdfRenderer();
  try {
    started = performance.now();
    await printBoardPapers(paper.input, { audience: 'public', format: ['pdf'], renderer });
    console.log(`cover + full case, cold browser: ${ms(performance.now() - started)}`);
    for (const audience of ['public', 'restricted'] as const) {
      const times: number[] = [];
      let pages = '';
      for (let i = 0; i < 5; i += 1) {
        started = performance.now();
        const printed = await printBoardPapers(paper.input, { audience, format: ['html', 'pdf'], renderer });
        times.push(performance.now() - started);
        pages = `cover ${printed.coverDocument.pages} + full ${printed.fullDocument.pages} pages`;
      }
      console.log(`cover + full case (${audience}), warm browser: median ${ms(median(times))} (target < 3 s), ${pages}`);
    }
  } finally {
    await renderer.close();
  }
}
