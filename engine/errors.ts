/**
 * The few error kinds the engine and its loaders raise. Each has a stable `code` so adapters
 * (CLI, chat, HTTP) can choose how to show it without matching on message text.
 */
export type ErrorCode =
  | 'INPUT_INVALID'
  | 'ASSUMPTION_INVALID'
  | 'SCENARIO_INVALID'
  | 'NOT_FOUND';

export class UnsprawlError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** One problem in an input file, located as a spreadsheet user would find it. */
export interface InputProblem {
  file: string;
  /** 1-based row as a spreadsheet shows it (the header is row 1); absent for whole-file problems. */
  row?: number;
  column?: string;
  message: string;
}

export function describeProblem(p: InputProblem): string {
  const where = [p.file, p.row !== undefined ? `row ${p.row}` : undefined].filter(Boolean).join(' ');
  return p.column ? `${where}, ${p.column}: ${p.message}` : `${where}: ${p.message}`;
}

/** A file that could not be used; lists every problem found, not just the first. */
export class InputError extends UnsprawlError {
  constructor(readonly problems: InputProblem[]) {
    super('INPUT_INVALID', problems.map(describeProblem).join('\n'));
  }
}

/** An assumption key or value that is unknown or outside its documented bounds. */
export class AssumptionError extends UnsprawlError {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super('ASSUMPTION_INVALID', message);
  }
}

/** A scenario that cannot be planned: unknown host model, scope matching nothing, and so on. */
export class ScenarioError extends UnsprawlError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super('SCENARIO_INVALID', message);
  }
}
