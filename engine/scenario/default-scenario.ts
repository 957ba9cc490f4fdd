import { ScenarioError } from '../errors.js';
import { scenarioSchema, type Scenario } from './scenario.js';

/** The scenario every question and command starts from unless another is named (data/scenarios.json). */
export const DEFAULT_SCENARIO = 'full-consolidation';

/**
 * The named scenario, or the trust's default one. CLI flags and chat questions both refine this
 * same starting point, so `unsprawl tco --scope X` and "what if we consolidate X?" agree on
 * everything the question does not say (one cluster per site, the hypervisor, the overrides).
 *
 * @example defaultScenario(inputs.scenarios) // the "full-consolidation" scenario
 */
export function defaultScenario(scenarios: readonly Scenario[], name?: string): Scenario {
  const wanted = (name ?? DEFAULT_SCENARIO).toLowerCase();
  const found = scenarios.find((s) => s.name.toLowerCase() === wanted);
  if (found) return found;
  if (name === undefined) return scenarioSchema.parse({ name: DEFAULT_SCENARIO, description: 'Consolidate every virtualisable server.', separateSites: true });
  throw new ScenarioError('scenario', `unknown scenario "${name}"; known scenarios: ${scenarios.map((s) => s.name).join(', ')}`);
}
