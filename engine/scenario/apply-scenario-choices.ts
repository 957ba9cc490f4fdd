import type { DrMethod } from '../dr/recovery-objectives.js';
import type { Criticality } from '../estate/server.js';
import type { RetireOption } from '../retirement/retirement-review.js';
import { scenarioSchema, type Baseline, type HypervisorChoice, type Scenario } from './scenario.js';

/** What a person chose on top of a scenario, by CLI flags or in words. Absent = keep the scenario's. */
export interface ScenarioChoices {
  /** Scope expression (engine/scenario/scope.ts). */
  scope?: string;
  /** The scope in words, for headlines ("Ward systems"). */
  description?: string;
  /** A catalogue model, "best-value" or "cheapest". */
  host?: string;
  hypervisor?: HypervisorChoice;
  /** The do-nothing case: sweat the assets or like-for-like refresh. */
  baseline?: Baseline;
  /** Switch off retirement candidates instead of moving them. */
  retire?: RetireOption;
  /** Reuse moved servers still in warranty as hosts. */
  recycle?: boolean;
  /** DR switched on or off; unset fields keep the scenario's. */
  dr?: { enabled: boolean; minCriticality?: Criticality; site?: string; method?: DrMethod };
  /** Let organisations share hosts (scenario.mixOrganisations). */
  mixOrganisations?: boolean;
  /** The only sites new hosts may stand in (scenario.dataCentres). */
  dataCentres?: string[];
  /** Assumption overrides, added to (and winning over) the scenario's own. */
  overrides?: Record<string, number>;
}

/**
 * The one rule that turns a scenario plus choices into the scenario to evaluate, shared by the CLI
 * flags (cli/inputs.ts) and chat (bot/conversation/resolve-scenario.ts). Choosing a scope never
 * changes how sites are clustered: `separateSites` stays the scenario's, so a question and its
 * equivalent `unsprawl tco` flags plan the same clusters and give the same figures.
 *
 * @example applyScenarioChoices(defaultScenario(scenarios), { scope: 'criticality>=critical', dr: { enabled: true } })
 */
export function applyScenarioChoices(base: Scenario, choices: ScenarioChoices): Scenario {
  const dr = choices.dr
    ? {
        ...base.dr,
        enabled: choices.dr.enabled,
        ...(choices.dr.minCriticality !== undefined ? { minCriticality: choices.dr.minCriticality } : {}),
        ...(choices.dr.site !== undefined ? { site: choices.dr.site } : {}),
        ...(choices.dr.method !== undefined ? { method: choices.dr.method } : {}),
      }
    : base.dr;
  return scenarioSchema.parse({
    ...base,
    ...(choices.scope !== undefined ? { scope: choices.scope } : {}),
    ...(choices.description !== undefined ? { description: choices.description } : {}),
    ...(choices.host !== undefined ? { host: choices.host } : {}),
    ...(choices.hypervisor !== undefined ? { hypervisor: choices.hypervisor } : {}),
    ...(choices.baseline !== undefined ? { baseline: choices.baseline } : {}),
    ...(choices.retire !== undefined ? { retire: choices.retire } : {}),
    ...(choices.recycle !== undefined ? { recycle: choices.recycle } : {}),
    ...(choices.mixOrganisations !== undefined ? { mixOrganisations: choices.mixOrganisations } : {}),
    ...(choices.dataCentres !== undefined ? { dataCentres: choices.dataCentres } : {}),
    dr,
    overrides: { ...base.overrides, ...(choices.overrides ?? {}) },
  });
}
