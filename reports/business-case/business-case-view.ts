import type { OrganisationsView } from './organisations-view.js';
import type { FigureView } from '../charts/figure-view.js';
import type { TableView } from '../html/table-view.js';
import type { Audience } from './audience.js';

/** What both documents print around their content: title, marking, running footer. */
export interface PaperFrame {
  /** Short enough for one line (PDF bookmarks are taken from the printed heading). */
  title: string;
  /** The option, under the title. */
  subtitle: string;
  /** OFFICIAL for a public meeting, OFFICIAL-SENSITIVE with the technical annex. */
  classification: string;
  /** Left of the PDF footer, e.g. "Trust Board (public), 14 January 2027". */
  footerNote: string;
  audience: Audience;
}

/** A cover sheet line; `missing` items print as "Not yet provided". */
export interface CoverSheetRow {
  label: string;
  value: string;
  missing: boolean;
}

/**
 * The cover paper (2-4 A4 pages): the NHS board cover sheet, the decision sought and the capital
 * ask on page 1, then key figures, the financial ask, top risks and the strategic links.
 */
export interface CoverPaperView extends PaperFrame {
  organisation: string;
  sheet: CoverSheetRow[];
  purposes: { label: string; selected: boolean }[];
  decision: string[];
  keyFigures: KeyFigureView[];
  summary: string[];
  /** The headline by organisation, when the estate names them (an integrated care system). */
  organisations?: { text: string[]; table: TableView };
  financialAsk: TableView;
  topRisks: TableView;
  links: { heading: string; items: string[]; missing: boolean }[];
  implications: { heading: string; text: string }[];
}

/**
 * The full business case behind the cover paper (Five Case Model), already worded and
 * formatted: the template only places it. `annex` is there only for a restricted audience.
 */
export interface BusinessCaseView extends PaperFrame {
  documentControl: CoverSheetRow[];
  keyFigures: KeyFigureView[];
  contents: { id: string; title: string }[];
  strategic: StrategicCaseView;
  economic: EconomicCaseView;
  commercial: CommercialCaseView;
  financial: FinancialCaseView;
  management: ManagementCaseView;
  evidence: EvidenceView;
  appendices: AppendicesView;
  annex?: TechnicalAnnexView;
}

export interface KeyFigureView {
  label: string;
  value: string;
  note: string;
}

export interface TitledText {
  title: string;
  text: string;
}

export interface StrategicCaseView {
  context: string[];
  estateTable: TableView;
  problems: TitledText[];
  objectivesIntro: string[];
  objectivesTable: TableView;
  csfTable: TableView;
  scope: string[];
  /** NIMM capabilities consolidation moves, scored today and with the preferred option (engine/maturity). */
  maturityIntro: string[];
  maturityTable: TableView;
  footprintFigure: FigureView;
}

export interface EconomicCaseView {
  introduction: string[];
  longListTable: TableView;
  /** The DR options (engine/dr) over the option without DR: what each adds, its RPO and RTO. */
  drOptions?: { text: string[]; table: TableView };
  objectivesTable: TableView;
  csfTable: TableView;
  appraisalMethod: string[];
  optionsTable: TableView;
  preferredOption: string[];
  /** The preferred option by organisation, when the estate names them (an integrated care system). */
  organisations?: OrganisationsView;
  costFigure: FigureView;
  cashFlowFigure: FigureView;
  optimismBias: string[];
  uncertainty: string[];
  tornadoFigure: FigureView;
  breakEvenTable: TableView;
  valueForMoney: string[];
}

export interface CommercialCaseView {
  procurement: string[];
  licensing: string[];
  licensingTable: TableView;
  risks: string[];
  exit: string[];
}

export interface FinancialCaseView {
  introduction: string[];
  capitalTable: TableView;
  reconciliationTable: TableView;
  recurringTable: TableView;
  incomeExpenditureTable: TableView;
  accounting: string[];
  affordability: string[];
  energyFigure: FigureView;
}

export interface ManagementCaseView {
  governance: string[];
  ganttFigure: FigureView;
  gatewaysTable: TableView;
  recovery: string[];
  risksTable: TableView;
  benefitsTable: TableView;
}

export interface EvidenceView {
  introduction: string[];
  table: TableView;
  reading: string[];
  /** The published cases rebuilt and run through this model (`unsprawl cases`): reported beside modelled. */
  rebuiltTable: TableView;
  rebuiltReading: string[];
}

export interface MethodSectionView {
  title: string;
  paragraphs: string[];
  formulas: string[];
}

export interface AppendicesView {
  assumptionsTable: TableView;
  assumptionsNote: string[];
  method: MethodSectionView[];
  costLinesTable: TableView;
  glossary: { term: string; definition: string }[];
}

/** Restricted only: what runs where, by server name. */
export interface TechnicalAnnexView {
  introduction: string[];
  inventoryTable: TableView;
  placementTable: TableView;
  unplacedTable: TableView;
  hasUnplaced: boolean;
  wavesTable: TableView;
}
