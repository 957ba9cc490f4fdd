import type { InputPaths } from '../../engine/io/load-inputs.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import type { ApprovedPlan } from '../../engine/summary/approved-plan.js';
import type { Answer } from '../answer/answer.js';

/** What the summary worker is given: everything as plain data (paths, not loaded objects). */
export interface SummaryWorkerData {
  storePath: string;
  inputPaths: InputPaths;
  scenario: Scenario;
  plan?: ApprovedPlan;
  month: string;
}

export type SummaryWorkerResult = { ok: true; answer: Answer } | { ok: false; error: string };
