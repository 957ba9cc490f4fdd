import type { ScenarioInput } from '../../engine/scenario/scenario.js';
import { PdfRenderer } from '../../reports/pdf/pdf-renderer.js';
import type { PaperHtml } from './bot-core-protocol.js';
import { businessCaseNaming } from './business-case-naming.js';
import type { BusinessCaseDocument } from './slack-bot-deps.js';

export interface BusinessCaseRenderer {
  /** The board business case for a scenario, as PDF bytes with a file name and title. */
  render(scenario: ScenarioInput): Promise<BusinessCaseDocument>;
  /** Closes the browser kept for the PDFs. */
  close(): Promise<void>;
}

/**
 * The chat bots' "Business case PDF": the report generator's paper for the scenario a button
 * carried, built (as HTML) from the inputs the bot answers from at that moment, so the paper's
 * figures equal the chat answer's, then printed by one Chromium kept for every PDF the bot makes.
 */
export function createBusinessCaseRenderer(paperHtml: (scenario: ScenarioInput) => Promise<PaperHtml>): BusinessCaseRenderer {
  const renderer = new PdfRenderer();
  return {
    async render(scenario) {
      const paper = await paperHtml(scenario);
      const bytes = await renderer.render(paper.html, { title: paper.title, classification: paper.classification, footerNote: paper.footerNote });
      return { bytes, ...businessCaseNaming(scenario, paper.title) };
    },
    close: () => renderer.close(),
  };
}
