import { appendicesView } from './appendices-view.js';
import type { Audience } from './audience.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { BusinessCaseView, CoverPaperView, PaperFrame } from './business-case-view.js';
import { caseFigures } from './case-figures.js';
import { commercialCaseView } from './commercial-case-view.js';
import { comparisonView } from './comparison-view.js';
import { coverPaperView, keyFigureViews, notYetProvided } from './cover-paper-view.js';
import { economicCaseView } from './economic-case-view.js';
import { estateFacts } from './estate-facts.js';
import { financialCaseView } from './financial-case-view.js';
import { managementCaseView } from './management-case-view.js';
import { migrationWaves } from './migration-waves.js';
import { spendingObjectives } from './spending-objectives.js';
import { strategicCaseView } from './strategic-case-view.js';
import { technicalAnnexView } from './technical-annex-view.js';
import { formatDate } from '../format/numbers.js';
import { technicalAnnexTitle } from './technical-annex-title.js';

export interface BoardPapers {
  cover: CoverPaperView;
  full: BusinessCaseView;
}

/** Table of contents: the ids are the section headings' ids in templates/business-case.hbs. */
const contents = [
  { id: 'strategic-case', title: '1. Strategic case' },
  { id: 'economic-case', title: '2. Economic case' },
  { id: 'commercial-case', title: '3. Commercial case' },
  { id: 'financial-case', title: '4. Financial case' },
  { id: 'management-case', title: '5. Management case' },
  { id: 'evidence', title: '6. Evidence from other NHS trusts' },
  { id: 'appendix-assumptions', title: 'Appendix A. Assumptions and sources' },
  { id: 'appendix-method', title: 'Appendix B. Method' },
  { id: 'appendix-glossary', title: 'Appendix C. Glossary' },
];

/**
 * Both board documents from one set of engine results: the cover paper and the full business
 * case, every figure read through caseFigures() so they agree. For a public audience nothing
 * names a server, host, address or room; a restricted audience adds the technical annex.
 */
export async function buildBoardPapers(input: BusinessCaseInput, audience: Audience): Promise<BoardPapers> {
  const capitalEnvelope = input.details.capitalEnvelopeGbp === undefined ? undefined : Math.round(input.details.capitalEnvelopeGbp * 100);
  const f = caseFigures(input.preferred.evaluation, capitalEnvelope === undefined ? {} : { capitalEnvelope });
  const e = estateFacts(input);
  const objectives = spendingObjectives(input.details.spendingObjectives, e, input.preferred.evaluation);
  const waves = migrationWaves(input);
  const { details } = input;
  const frame: PaperFrame = {
    title: 'Server consolidation business case',
    subtitle: input.preferred.label.replace(/^Option \d+: /, '').replace(/^./, (c) => c.toUpperCase()),
    classification: audience === 'restricted' ? 'OFFICIAL-SENSITIVE' : 'OFFICIAL',
    footerNote: [details.meeting, details.meetingDate === undefined ? undefined : formatDate(details.meetingDate)].filter((x) => x !== undefined).join(', '),
    audience,
  };
  const full: BusinessCaseView = {
    ...frame,
    documentControl: [
      { label: 'Organisation', value: details.organisation ?? notYetProvided, missing: details.organisation === undefined },
      { label: 'Prepared', value: formatDate(input.preparedOn), missing: false },
      { label: 'Senior responsible owner', value: details.seniorResponsibleOwner ?? notYetProvided, missing: details.seniorResponsibleOwner === undefined },
      { label: 'Classification', value: frame.classification, missing: false },
    ],
    keyFigures: keyFigureViews(f),
    contents: audience === 'restricted' ? [...contents, { id: 'annex-technical', title: technicalAnnexTitle }] : contents,
    strategic: await strategicCaseView(input, f, e, objectives, audience),
    economic: await economicCaseView(input, f, objectives),
    commercial: commercialCaseView(input, f),
    financial: await financialCaseView(f),
    management: await managementCaseView(input, f, waves),
    evidence: comparisonView(input, f),
    appendices: appendicesView(input, f),
    ...(audience === 'restricted' ? { annex: technicalAnnexView(input, waves) } : {}),
  };
  return { cover: coverPaperView(input, f, e, frame), full };
}
