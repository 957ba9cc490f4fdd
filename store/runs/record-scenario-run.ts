import { createHash } from 'node:crypto';
import { scenarioSchema, type ScenarioInput } from '../../engine/scenario/scenario.js';
import type { HistoryStore } from '../open-store.js';
import { runResultsSchema, type RunResults, type runChannels } from './scenario-run.js';

export interface ScenarioRunInput {
  /** Content hash of the estate the run used (a snapshot's `contentHash`, or `contentHash(rows)`). */
  estateHash: string;
  snapshotId?: number;
  scenario: ScenarioInput;
  /** Every assumption value in force, by key. */
  assumptions: Readonly<Record<string, number>>;
  results: RunResults;
  askedBy: string;
  channel: (typeof runChannels)[number];
  now: Date;
}

/**
 * Records one engine run: what was asked, by whom, on which inputs, with which headline results.
 * `inputs_hash` covers estate, scenario and assumptions, so identical questions can be found
 * (and their results compared) later.
 *
 * @returns the run's id and inputs hash
 */
export function recordScenarioRun(store: HistoryStore, run: ScenarioRunInput): { id: number; inputsHash: string } {
  const scenario = scenarioSchema.parse(run.scenario);
  const assumptions = Object.fromEntries(Object.entries(run.assumptions).sort(([a], [b]) => (a < b ? -1 : 1)));
  const results = runResultsSchema.parse(run.results);
  const inputsHash = createHash('sha256').update(JSON.stringify({ estate: run.estateHash, scenario, assumptions })).digest('hex');
  const { lastInsertRowid } = store.db
    .prepare(`INSERT INTO scenario_runs (inputs_hash, snapshot_id, scenario_json, assumptions_json, results_json, asked_by, channel, asked_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(inputsHash, run.snapshotId ?? null, JSON.stringify(scenario), JSON.stringify(assumptions), JSON.stringify(results), run.askedBy, run.channel, run.now.toISOString());
  return { id: Number(lastInsertRowid), inputsHash };
}
