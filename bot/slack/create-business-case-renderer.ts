import type { Inputs } from '../../engine/io/load-inputs.js';
import { scenarioSchema, type ScenarioInput } from '../../engine/scenario/scenario.js';
import { renderBusinessCase } from '../../reports/business-case/render-business-case.js';
import { PdfRenderer } from '../../reports/pdf/pdf-renderer.js';
import type { BusinessCaseDocument } from './slack-bot-deps.js';

export interface BusinessCaseRenderer {
  /** The board business case for a scenario, as PDF bytes with a file name and title. */
  render(scenario: ScenarioInput): Promise<BusinessCaseDocument>;
  /** Closes the browser kept for the PDFs. */
  close(): Promise<void>;
}

const fileSafe = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'scenario';

/**
 * The chat bots' "Business case PDF": the report generator's paper for the scenario a button
 * carried, from the inputs the bot is answering from at that moment (so the paper's figures
 * equal the chat answer's). One browser is kept for every PDF the bot makes.
 */
export function createBusinessCaseRenderer(inputs: () => Inputs): BusinessCaseRenderer {
  const renderer = new PdfRenderer();
  return {
    async render(given) {
      const scenario = scenarioSchema.parse(given);
      const current = inputs();
      const assumptions = current.assumptions.with(scenario.overrides, 'scenario');
      const paper = await renderBusinessCase({ inputs: current, scenario, assumptions, format: ['pdf'], renderer });
      if (paper.pdf === undefined) throw new Error(`the report generator made no PDF for ${scenario.name}`);
      return { bytes: paper.pdf, filename: `business-case-${fileSafe(scenario.name)}.pdf`, title: paper.title };
    },
    close: () => renderer.close(),
  };
}
