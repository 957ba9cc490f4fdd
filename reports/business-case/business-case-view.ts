import type { FigureView } from '../charts/figure-view.js';
import type { TableView } from '../html/table-view.js';

/**
 * Everything templates/business-case.hbs prints, already worded and formatted: the template
 * only places it. Built by buildBusinessCaseView() from evaluate() results; tests may build one
 * by hand to exercise the templates.
 */
export interface BusinessCaseView {
  title: string;
  classification: string;
  /** Left of the PDF footer, e.g. "Trust Board, 14 January 2027". */
  footerNote: string;
  cover: CoverSheetView;
  keyFigures: KeyFigureView[];
  contents: { id: string; title: string }[];
  strategic: StrategicCaseView;
  economic: EconomicCaseView;
  commercial: CommercialCaseView;
  financial: FinancialCaseView;
  management: ManagementCaseView;
  comparison: ComparisonView;
  appendices: AppendicesView;
}

/** The front sheet NHS trust boards put on every paper. */
export interface CoverSheetView {
  organisation: string;
  reportTo: string;
  /** YYYY-MM-DD, printed with the `date` helper. */
  meetingDate: string;
  agendaItem: string;
  title: string;
  executiveLead: string;
  author: string;
  /** All purposes a board paper can have, the selected one marked. */
  purposes: { label: string; selected: boolean }[];
  previouslyConsidered: string;
  executiveSummary: string[];
  recommendations: string[];
  strategicObjectives: string[];
  bafRisks: string[];
  implications: { heading: string; text: string }[];
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
  objectives: string[];
  scope: string[];
  footprintFigure: FigureView;
}

export interface EconomicCaseView {
  introduction: string[];
  /** One line per option: what it does. */
  options: string[];
  appraisalMethod: string[];
  optionsTable: TableView;
  preferredOption: string[];
  costFigure: FigureView;
  cashFlowFigure: FigureView;
  optimismBias: string[];
  sensitivity: string[];
  tornadoFigure: FigureView;
  breakEvenTable: TableView;
  monteCarlo: string[];
}

export interface CommercialCaseView {
  procurement: string[];
  licensing: string[];
  licensingTable: TableView;
  risks: string[];
}

export interface FinancialCaseView {
  introduction: string[];
  capitalRevenueTable: TableView;
  affordability: string[];
  energyFigure: FigureView;
}

export interface ManagementCaseView {
  approach: string[];
  milestonesTable: TableView;
  risksTable: TableView;
  benefitsTable: TableView;
}

export interface ComparisonView {
  introduction: string[];
  table: TableView;
  reading: string[];
}

export interface MethodSectionView {
  title: string;
  paragraphs: string[];
  formulas: string[];
}

export interface AppendicesView {
  assumptionsTable: TableView;
  assumptionsNote: string[];
  inventoryTable: TableView;
  placementTable: TableView;
  unplacedTable: TableView;
  hasUnplaced: boolean;
  method: MethodSectionView[];
  costLinesTable: TableView;
  glossary: { term: string; definition: string }[];
}
