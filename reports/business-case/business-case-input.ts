import type { DrOptions } from '../../engine/dr/dr-options.js';
import type { Evaluation } from '../../engine/evaluate.js';
import type { Estate } from '../../engine/estate/estate.js';
import type { CaseStudy } from '../../engine/io/load-case-studies.js';
import type { CasesResult } from '../../engine/io/reproduce-published-cases.js';
import type { Sensitivity } from '../../engine/sensitivity/analyse-sensitivity.js';
import type { OrganisationFigures } from '../../engine/tco/organisation-figures.js';
import type { PaperDetails } from './paper-details.js';

/** An option of the economic case, named as the board reads it. */
export interface AppraisedOption {
  /** "Option 2: do minimum", ... */
  label: string;
  /** One sentence on what the option does. */
  description: string;
  evaluation: Evaluation;
}

/** Everything a business case is built from: engine results only, plus who the paper is for. */
export interface BusinessCaseInput {
  estate: Estate;
  preferred: AppraisedOption;
  /** The other options appraised (do minimum, with/without DR, ...), in the order to print. */
  alternatives: AppraisedOption[];
  /** The ways of doing DR for the scenario's DR tier, costed over the option without DR (engine/dr). */
  drOptions?: DrOptions;
  /** Why no server can be reused as a host, when the long list's recycled-kit option could not be costed. */
  recycling?: string;
  /** The preferred option split by organisation, when the estate names organisations (engine/figures-by-organisation.ts). */
  organisations?: OrganisationFigures;
  /** engine/sensitivity analyseSensitivity() of the preferred option. */
  sensitivity: Sensitivity;
  caseStudies: CaseStudy[];
  /** The published cases rebuilt and run through this model (`unsprawl cases`). */
  caseReproductions: CasesResult;
  details: PaperDetails;
  /** The day the papers were made (YYYY-MM-DD, Europe/London). */
  preparedOn: string;
}
