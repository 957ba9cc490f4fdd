import { loadInputs } from '../../engine/io/load-inputs.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import { loadApprovedPlan } from '../../store/history/load-approved-plan.js';
import { seedHistory } from '../../store/history/seed-history.js';
import { openStore, type HistoryStore } from '../../store/open-store.js';

/**
 * A real store file seeded with the bundled history, and the inputs the summary evaluates each
 * snapshot with: the approved plan's scenario on its host model, as `unsprawl summary` does.
 */
export async function sampleSummarySetup(path: string) {
  const store: HistoryStore = openStore({ path });
  await seedHistory(store, { now: new Date('2026-11-02T09:00:00Z') });
  const inputs = await loadInputs();
  const plan = await loadApprovedPlan();
  const named = inputs.scenarios.find((s) => s.name === plan.scenario);
  if (!named) throw new Error(`scenario ${plan.scenario} missing from data/scenarios.json`);
  const scenario: Scenario = { ...named, host: plan.hostModel ?? named.host };
  return { store, inputs, plan, scenario, assumptions: inputs.assumptions };
}
