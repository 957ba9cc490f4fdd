import { relative } from 'node:path';
import type { Inputs } from '../../engine/io/load-inputs.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import type { BusinessCaseDelivery } from '../answer/business-case-answer.js';

/**
 * The terminal's way to deliver "make the business case": render the board paper for the
 * conversation's scenario into `outDir` (HTML and PDF, with the same inputs and overrides the
 * chat used) and say where it is. Progress goes to `progress`, the answer to the chat.
 * The renderer (Chromium, charts, templates) is loaded only when a paper is asked for, so a
 * plain `unsprawl ask` starts quickly.
 */
export function businessCaseFile(inputs: Inputs, outDir: string, progress: (message: string) => void): (scenario: Scenario) => Promise<BusinessCaseDelivery> {
  return async (scenario) => {
    const { renderBusinessCase } = await import('../../reports/business-case/render-business-case.js');
    const paper = await renderBusinessCase({
      inputs,
      scenario,
      assumptions: inputs.assumptions.with(scenario.overrides, 'chat'),
      outDir,
      onProgress: progress,
    });
    const path = paper.pdfPath ?? paper.htmlPath ?? outDir;
    const near = relative(process.cwd(), path);
    return { location: `${near && !near.startsWith('..') ? near : path}${paper.pages ? ` (${paper.pages} pages)` : ''}` };
  };
}
