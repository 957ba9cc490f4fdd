import type { ScenarioInput } from '../../engine/scenario/scenario.js';

/**
 * One platform-neutral answer. Built only from engine output (bot/answer/), rendered by each
 * front end: terminal text, Slack Block Kit, Teams Adaptive Card. Figures are already formatted
 * strings (reports/format) so every front end shows exactly the same text; `raw` keeps the
 * number for tests and JSON consumers.
 */
export type AnswerKind =
  | 'what-if'
  | 'estate'
  | 'compare'
  | 'sensitivity'
  | 'assumptions'
  | 'business-case'
  | 'summary'
  | 'help'
  | 'clarify'
  | 'unknown'
  | 'error';

export interface KeyFigure {
  label: string;
  value: string;
  raw?: number;
}

export interface AnswerTable {
  title: string;
  columns: string[];
  rows: string[][];
}

/** Follow-up buttons every front end offers; ids are stable (used in Slack action_id and Teams verbs). */
export type ActionId = 'business-case' | 'show-assumptions' | 'compare-hypervisors' | 'compare-hosts' | 'sensitivity' | 'ask';

export interface AnswerAction {
  id: ActionId;
  label: string;
  /** The scenario the action applies to (carried in the button's value/data). */
  scenario?: ScenarioInput;
  /** For `ask`: the question a choice button sends (clarifying questions). */
  question?: string;
}

export interface Answer {
  kind: AnswerKind;
  headline: string;
  figures: KeyFigure[];
  tables: AnswerTable[];
  /** Assumption notes and data date, shown small under the answer. */
  notes: string[];
  actions: AnswerAction[];
  /** The scenario this answer is about, kept by conversations for follow-ups. */
  scenario?: ScenarioInput;
  /**
   * How the question was read, in one line ("consolidate Pathology LIMS onto the cheapest host,
   * Hyper-V, no DR, 5 years, 25p/kWh"); also the first note, as "Read as: ...".
   */
  interpretation?: string;
  /** Words of the question no rule or name used, so a reader can see what was ignored. */
  unusedWords?: string[];
  /** A command that gives the same result outside chat (JSON answer model only, never shown in chat text). */
  command?: string;
}
