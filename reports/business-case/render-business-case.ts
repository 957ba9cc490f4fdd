import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import { reproducePublishedCases, type CasesResult } from '../../engine/io/reproduce-published-cases.js';
import { loadCaseStudies, type CaseStudy } from '../../engine/io/load-case-studies.js';
import type { Inputs } from '../../engine/io/load-inputs.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import { evaluationSensitivity } from '../../engine/sensitivity/evaluation-sensitivity.js';
import { renderHtml } from '../html/render-html.js';
import { countPdfPages } from '../pdf/count-pdf-pages.js';
import { PdfRenderer } from '../pdf/pdf-renderer.js';
import { appraiseOptions } from './appraise-options.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { BusinessCaseView } from './business-case-view.js';
import { buildBusinessCaseView } from './build-business-case-view.js';
import { paperDetailsSchema, type PaperDetailsInput } from './paper-details.js';

export type ReportFormat = 'html' | 'pdf';

export interface RenderBusinessCaseOptions {
  /** loadInputs() result (estate, hosts, assumptions, scenarios). */
  inputs: Inputs;
  scenario: Scenario;
  /** The assumptions in force for this paper (file values, scenario and CLI overrides applied). */
  assumptions: AssumptionSet;
  /** Cover sheet fields; defaults from paper-details.ts, meeting date today (Europe/London). */
  details?: PaperDetailsInput;
  /** Default: both. */
  format?: readonly ReportFormat[];
  /** When given, writes business-case.html / business-case.pdf there (created if missing). */
  outDir?: string;
  /** Reuse one browser across a batch; without it a renderer is launched and closed for this paper. */
  renderer?: PdfRenderer;
  caseStudies?: CaseStudy[];
  /** The rebuilt published cases (`unsprawl cases`); loaded and run when not given. */
  caseReproductions?: CasesResult;
  /** Progress lines for people waiting ("Appraising 3 options…"). */
  onProgress?: (message: string) => void;
}

export interface RenderedBusinessCase {
  title: string;
  view: BusinessCaseView;
  /** The engine results the paper was built from, for tests and JSON consumers. */
  input: BusinessCaseInput;
  html?: string;
  pdf?: Uint8Array;
  htmlPath?: string;
  pdfPath?: string;
  pages?: number;
}

const londonToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * One board business case from one set of inputs: evaluate() for each option, sensitivity of
 * the preferred one, the view model, then HTML and/or PDF (in memory, and on disk with outDir).
 *
 * @example
 *   const { inputs, scenario, assumptions } = await resolveInputs(flags);
 *   const paper = await renderBusinessCase({ inputs, scenario, assumptions, outDir: 'out' });
 *   console.log(paper.pdfPath, paper.pages);
 */
export async function renderBusinessCase(options: RenderBusinessCaseOptions): Promise<RenderedBusinessCase> {
  const progress = options.onProgress ?? (() => undefined);
  const formats = options.format ?? ['html', 'pdf'];
  const details = paperDetailsSchema.parse(options.details ?? {});
  const { inputs, scenario, assumptions } = options;

  progress(`Appraising the options for ${scenario.name}…`);
  const { preferred, alternatives } = appraiseOptions(inputs, scenario, assumptions);
  progress('Testing sensitivity (tornado, break-even, Monte Carlo)…');
  const input: BusinessCaseInput = {
    estate: inputs.estate,
    preferred,
    alternatives,
    // The same analysis as `unsprawl tco --sensitivity`, so the tornado matches it.
    sensitivity: evaluationSensitivity({ estate: inputs.estate, hosts: inputs.hosts, evaluation: preferred.evaluation, corePerformance: inputs.corePerformance }),
    caseStudies: options.caseStudies ?? (await loadCaseStudies()),
    caseReproductions: options.caseReproductions ?? (await reproducePublishedCases()),
    details: { ...details, meetingDate: details.meetingDate ?? londonToday.format(new Date()) },
  };
  progress('Writing the paper…');
  const view = await buildBusinessCaseView(input);
  const html = renderHtml('business-case', view);
  const result: RenderedBusinessCase = { title: view.title, view, input, ...(formats.includes('html') ? { html } : {}) };
  if (formats.includes('pdf')) {
    progress('Printing the PDF…');
    const renderer = options.renderer ?? new PdfRenderer();
    try {
      result.pdf = await renderer.render(html, { title: view.title, classification: view.classification, footerNote: view.footerNote });
      result.pages = countPdfPages(result.pdf);
    } finally {
      if (!options.renderer) await renderer.close();
    }
  }
  if (options.outDir !== undefined) await writeOutputs(result, html, resolve(options.outDir), formats);
  return result;
}

async function writeOutputs(result: RenderedBusinessCase, html: string, dir: string, formats: readonly ReportFormat[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  if (formats.includes('html')) {
    result.htmlPath = join(dir, 'business-case.html');
    await writeFile(result.htmlPath, html);
  }
  if (result.pdf) {
    result.pdfPath = join(dir, 'business-case.pdf');
    await writeFile(result.pdfPath, result.pdf);
  }
}
