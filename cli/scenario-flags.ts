import type { Scenario } from '../engine/scenario/scenario.js';

/**
 * The `unsprawl` flags that rebuild `scenario` from `base` (the scenario the command starts
 * from), so an answer can say which command gives the same figures. Only what differs from the
 * base is written; flags parse back through the same rule (engine/scenario/apply-scenario-choices.ts).
 *
 * @example scenarioFlags(wardWithDr, fullConsolidation) // ['--scope', 'service="Ward systems"', '--dr']
 */
export function scenarioFlags(scenario: Scenario, base: Scenario): string[] {
  const flags: string[] = [];
  if (scenario.scope !== base.scope) flags.push('--scope', scenario.scope);
  if (scenario.host !== base.host) flags.push('--host', scenario.host);
  if (scenario.hypervisor !== base.hypervisor) flags.push('--hypervisor', scenario.hypervisor);
  if (scenario.baseline !== base.baseline) flags.push('--baseline', scenario.baseline);
  if ((scenario.retire ?? 'none') !== (base.retire ?? 'none')) flags.push('--retire', scenario.retire ?? 'none');
  if (scenario.recycle === true && base.recycle !== true) flags.push('--recycle');
  if (scenario.dr.enabled !== base.dr.enabled) flags.push(scenario.dr.enabled ? '--dr' : '--no-dr');
  if (scenario.dr.enabled && scenario.dr.minCriticality !== base.dr.minCriticality) flags.push('--dr-for', scenario.dr.minCriticality);
  if (scenario.dr.enabled && scenario.dr.site !== undefined && scenario.dr.site !== base.dr.site) flags.push('--dr-site', scenario.dr.site);
  if (scenario.dr.enabled && (scenario.dr.method ?? 'host') !== (base.dr.method ?? 'host')) flags.push('--dr-method', scenario.dr.method ?? 'host');
  if ((scenario.mixOrganisations ?? false) !== (base.mixOrganisations ?? false)) flags.push(scenario.mixOrganisations ? '--mix-organisations' : '--no-mix-organisations');
  if (scenario.dataCentres !== undefined && scenario.dataCentres.join(',') !== (base.dataCentres ?? []).join(',')) flags.push('--data-centres', scenario.dataCentres.join(','));
  for (const [key, value] of Object.entries(scenario.overrides)) {
    if (base.overrides[key] !== value) flags.push('--set', `${key}=${value}`);
  }
  return flags;
}

