import type { HistoryStore } from '../open-store.js';
import { scenarioRunSchema, type ScenarioRun } from './scenario-run.js';

/** The most recent runs first (default 20), each validated as it is read back. */
export function listScenarioRuns(store: HistoryStore, options: { limit?: number; inputsHash?: string } = {}): ScenarioRun[] {
  const limit = Math.max(1, Math.trunc(options.limit ?? 20));
  const rows = options.inputsHash === undefined
    ? store.db.prepare('SELECT * FROM scenario_runs ORDER BY asked_at DESC, id DESC LIMIT ?').all(limit)
    : store.db.prepare('SELECT * FROM scenario_runs WHERE inputs_hash = ? ORDER BY asked_at DESC, id DESC LIMIT ?').all(options.inputsHash, limit);
  return rows.map((r) => scenarioRunSchema.parse(r));
}
