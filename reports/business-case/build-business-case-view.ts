import { appendicesView } from './appendices-view.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { BusinessCaseView } from './business-case-view.js';
import { caseFigures } from './case-figures.js';
import { commercialCaseView } from './commercial-case-view.js';
import { comparisonView } from './comparison-view.js';
import { coverSheetView, footerNote, keyFigureViews } from './cover-sheet-view.js';
import { economicCaseView } from './economic-case-view.js';
import { estateFacts } from './estate-facts.js';
import { financialCaseView } from './financial-case-view.js';
import { managementCaseView } from './management-case-view.js';
import { strategicCaseView } from './strategic-case-view.js';

/** Table of contents: the ids are the section headings' ids in templates/business-case.hbs. */
const contents = [
  { id: 'executive-summary', title: 'Executive summary and recommendation' },
  { id: 'strategic-case', title: '1. Strategic case' },
  { id: 'economic-case', title: '2. Economic case' },
  { id: 'commercial-case', title: '3. Commercial case' },
  { id: 'financial-case', title: '4. Financial case' },
  { id: 'management-case', title: '5. Management case' },
  { id: 'comparison', title: '6. Comparison with published NHS outcomes' },
  { id: 'appendix-assumptions', title: 'Appendix A. Assumptions and their sources' },
  { id: 'appendix-inventory', title: 'Appendix B. Inventory in scope' },
  { id: 'appendix-placement', title: 'Appendix C. Placement plan' },
  { id: 'appendix-method', title: 'Appendix D. Method' },
  { id: 'appendix-glossary', title: 'Appendix E. Glossary' },
];

/**
 * The business case view model from engine results: every figure read from the evaluations and
 * sensitivity analysis in `input`, worded and formatted for templates/business-case.hbs.
 */
export async function buildBusinessCaseView(input: BusinessCaseInput): Promise<BusinessCaseView> {
  const f = caseFigures(input.preferred.evaluation);
  const e = estateFacts(input);
  const title = `Server consolidation business case: ${input.preferred.label.replace(/^Option \d+: /, '')}`;
  return {
    title,
    classification: 'OFFICIAL',
    footerNote: footerNote(input),
    cover: coverSheetView(input, f, e, title),
    keyFigures: keyFigureViews(f),
    contents,
    strategic: await strategicCaseView(input, f, e),
    economic: await economicCaseView(input, f),
    commercial: commercialCaseView(input, f),
    financial: await financialCaseView(input, f),
    management: managementCaseView(input, f),
    comparison: comparisonView(input, f),
    appendices: appendicesView(input, f),
  };
}
