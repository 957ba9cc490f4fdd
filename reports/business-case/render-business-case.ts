import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import { publishedCaseReproductions } from '../../engine/io/published-case-reproductions.js';
import type { CasesResult } from '../../engine/io/reproduce-published-cases.js';
import { loadCaseStudies, type CaseStudy } from '../../engine/io/load-case-studies.js';
import type { Inputs } from '../../engine/io/load-inputs.js';
import { figuresByOrganisation } from '../../engine/figures-by-organisation.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import { evaluationSensitivity } from '../../engine/sensitivity/evaluation-sensitivity.js';
import type { PdfRenderer } from '../pdf/pdf-renderer.js';
import { appraiseOptions } from './appraise-options.js';
import type { Audience } from './audience.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { BusinessCaseView, CoverPaperView } from './business-case-view.js';
import { paperDetailsSchema, type PaperDetailsInput } from './paper-details.js';
import { printBoardPapers, type PrintedDocument, type ReportFormat } from './print-board-papers.js';

export type { ReportFormat } from './print-board-papers.js';

export interface RenderBusinessCaseOptions {
  /** loadInputs() result (estate, hosts, assumptions, scenarios). */
  inputs: Inputs;
  scenario: Scenario;
  /** The assumptions in force for this paper (file values, scenario and CLI overrides applied). */
  assumptions: AssumptionSet;
  /** Board details (data/paper.json, loadPaperDetails); what is not given prints as "Not yet provided" on the cover sheet. */
  details?: PaperDetailsInput;
  /** Default public: no server, host, address or room names; restricted adds the technical annex. */
  audience?: Audience;
  /** Default: both. */
  format?: readonly ReportFormat[];
  /** When given, writes the documents there (created if missing), all at the end. */
  outDir?: string;
  /** Reuse one browser across a batch; without it a renderer is launched and closed for this paper. */
  renderer?: PdfRenderer;
  caseStudies?: CaseStudy[];
  /** The rebuilt published cases (`unsprawl cases`) to quote beside the reported outcomes; by default worked out once per process (about 0.1 s). */
  caseReproductions?: CasesResult;
  /** Progress lines for people waiting ("Appraising the options…"). */
  onProgress?: (message: string) => void;
}

export interface RenderedBusinessCase {
  title: string;
  /** The full business case. */
  view: BusinessCaseView;
  cover: CoverPaperView;
  /** The engine results the papers were built from, for tests and JSON consumers. */
  input: BusinessCaseInput;
  /** Full business case. */
  html?: string;
  pdf?: Uint8Array;
  pages?: number;
  htmlPath?: string;
  pdfPath?: string;
  /** The cover paper. */
  coverDocument: PrintedDocument;
  coverHtmlPath?: string;
  coverPdfPath?: string;
}

const londonToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The board papers from one set of inputs: evaluate() for each option, sensitivity of the
 * preferred one, then the cover paper and the full business case as HTML and/or PDF (in memory,
 * and on disk with outDir: cover-paper.* and business-case.*, with "-restricted" for a
 * restricted audience). Nothing is written unless both documents rendered.
 *
 * @example
 *   const { inputs, scenario, assumptions } = await resolveInputs(flags);
 *   const paper = await renderBusinessCase({ inputs, scenario, assumptions, details: await loadPaperDetails(), outDir: 'out' });
 *   console.log(paper.coverPdfPath, paper.pdfPath, paper.pages);
 */
export async function renderBusinessCase(options: RenderBusinessCaseOptions): Promise<RenderedBusinessCase> {
  const progress = options.onProgress ?? (() => undefined);
  const formats = options.format ?? ['html', 'pdf'];
  const audience = options.audience ?? 'public';
  const details = paperDetailsSchema.parse(options.details ?? {});
  const { inputs, scenario, assumptions } = options;

  progress(`Appraising the options for ${scenario.name}…`);
  const { preferred, alternatives, drOptions, recycling } = appraiseOptions(inputs, scenario, assumptions);
  progress('Testing sensitivity (tornado, break-even, Monte Carlo)…');
  // An integrated care system's estate: each organisation's part of the preferred option, as `tco` and chat give it.
  const organisations = figuresByOrganisation({ estate: inputs.estate, hosts: inputs.hosts, evaluation: preferred.evaluation })?.figures;
  const input: BusinessCaseInput = {
    estate: inputs.estate,
    preferred,
    alternatives,
    drOptions,
    ...(recycling ? { recycling } : {}),
    ...(organisations ? { organisations } : {}),
    // The same analysis as `unsprawl tco --sensitivity`, so the tornado matches it.
    sensitivity: evaluationSensitivity({ estate: inputs.estate, hosts: inputs.hosts, evaluation: preferred.evaluation, corePerformance: inputs.corePerformance }),
    caseStudies: options.caseStudies ?? (await loadCaseStudies()),
    caseReproductions: options.caseReproductions ?? (await publishedCaseReproductions()),
    details,
    preparedOn: londonToday.format(new Date()),
  };
  progress('Writing the cover paper and the business case…');
  const printed = await printBoardPapers(input, { audience, format: formats, ...(options.renderer ? { renderer: options.renderer } : {}), onProgress: progress });
  const full = printed.fullDocument;
  const result: RenderedBusinessCase = {
    title: `${printed.full.title}: ${printed.full.subtitle}`,
    view: printed.full,
    cover: printed.cover,
    input,
    ...(formats.includes('html') ? { html: full.html } : {}),
    ...(full.pdf ? { pdf: full.pdf, pages: full.pages } : {}),
    coverDocument: printed.coverDocument,
  };
  if (options.outDir !== undefined) await writeOutputs(result, resolve(options.outDir), formats, audience === 'restricted' ? '-restricted' : '');
  return result;
}

async function writeOutputs(result: RenderedBusinessCase, dir: string, formats: readonly ReportFormat[], suffix: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  if (formats.includes('html')) {
    result.coverHtmlPath = join(dir, `cover-paper${suffix}.html`);
    result.htmlPath = join(dir, `business-case${suffix}.html`);
    await writeFile(result.coverHtmlPath, result.coverDocument.html);
    await writeFile(result.htmlPath, result.html ?? '');
  }
  if (result.pdf && result.coverDocument.pdf) {
    result.coverPdfPath = join(dir, `cover-paper${suffix}.pdf`);
    result.pdfPath = join(dir, `business-case${suffix}.pdf`);
    await writeFile(result.coverPdfPath, result.coverDocument.pdf);
    await writeFile(result.pdfPath, result.pdf);
  }
}
