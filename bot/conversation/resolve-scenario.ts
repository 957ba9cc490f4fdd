import { applyScenarioChoices } from '../../engine/scenario/apply-scenario-choices.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import { describeScope } from '../understanding/describe-scope.js';
import { scopeExpression } from '../understanding/scope-expression.js';
import { emptyScope, type ScopeMention, type Understanding } from '../understanding/understanding.js';

/** The scenario a question is about, with the scope it names kept for follow-ups. */
export interface ResolvedScenario {
  /** Its `description` is the scope in words ("Ward systems"), used in headlines. */
  scenario: Scenario;
  /** The scope as named in chat; absent when inherited from a scenario that came on a button. */
  scope?: ScopeMention;
  /** "the Dell boxes": any model of this vendor; the caller picks the best by NPV. */
  vendor?: string;
}

/** What the conversation knows from earlier turns. */
export interface EarlierScenario {
  scenario?: Scenario;
  scope?: ScopeMention;
}

const wholeEstate: ScopeMention = emptyScope(true);

/**
 * Builds the scenario for a question from what it names and, for a follow-up, the last
 * scenario: a new scope replaces the last one ("what about pathology?") or adds to it ("and
 * pathology too"); host, hypervisor, DR and assumption overrides are refined one at a time.
 * A fresh question starts from `start` (the trust's default scenario, as the CLI does) through
 * the same rule as the CLI flags (engine/scenario/apply-scenario-choices.ts), so its figures
 * equal those of `unsprawl tco` with the equivalent flags.
 * Returns undefined when nothing says which part of the estate is meant and there is no
 * earlier scenario: the caller asks rather than guesses.
 */
export function resolveScenario(u: Understanding, earlier: EarlierScenario, start: Scenario): ResolvedScenario | undefined {
  const scoped = hasScope(u.scope);
  const changes = u.host.model !== undefined || u.host.vendor !== undefined || u.hypervisors.length > 0 || u.leaving !== undefined || u.dr !== undefined || Object.keys(u.overrides).length > 0 || u.retire !== undefined || u.sharing !== undefined || u.baseline !== undefined || u.recycle !== undefined;
  const followsOn = earlier.scenario !== undefined && (!scoped || u.followUp);
  const base = followsOn && earlier.scenario ? earlier.scenario : start;

  let scope: ScopeMention | undefined;
  let where: { scope: string; description: string } | undefined;
  if (scoped) {
    scope = u.addsToScope && earlier.scope ? mergeScopes(earlier.scope, u.scope) : u.scope;
    where = { scope: hasNarrowing(scope) ? scopeExpression(scope) : 'all', description: describeScope(scope) };
  } else if (earlier.scenario) {
    scope = earlier.scope;
  } else if (changes || u.intent !== 'what-if') {
    scope = wholeEstate;
    where = { scope: 'all', description: describeScope(wholeEstate) };
  } else {
    return undefined;
  }

  const scenario = applyScenarioChoices(base, {
    ...(where ?? {}),
    ...(u.host.model ? { host: u.host.model } : u.host.vendor ? { host: 'cheapest' } : {}),
    ...(u.hypervisors[0] ? { hypervisor: u.hypervisors[0] } : {}),
    ...(u.dr ? { dr: { enabled: u.dr.enabled, ...(u.dr.minCriticality ? { minCriticality: u.dr.minCriticality } : {}), ...(u.dr.site ? { site: u.dr.site } : {}), ...(u.dr.method ? { method: u.dr.method } : {}) } } : {}),
    overrides: u.overrides,
    ...(u.retire ? { retire: u.retire } : {}),
    ...(u.baseline ? { baseline: u.baseline } : {}),
    ...(u.recycle ? { recycle: u.recycle } : {}),
    ...(u.sharing ? { mixOrganisations: u.sharing.mix, ...(u.sharing.dataCentres.length > 0 ? { dataCentres: u.sharing.dataCentres } : {}) } : {}),
  });
  const named = where ? { ...scenario, name: where.description } : scenario;
  return { scenario: named, ...(scope ? { scope } : {}), ...(u.host.vendor ? { vendor: u.host.vendor } : {}) };
}

export function hasScope(scope: ScopeMention): boolean {
  return scope.all || hasNarrowing(scope);
}

export function hasNarrowing(scope: ScopeMention): boolean {
  const x = scope.excluded;
  return (
    scope.services.length + scope.sites.length + scope.environments.length + scope.serverIds.length + scope.criticalities.length + scope.os.length + scope.organisations.length > 0 ||
    x.services.length + x.sites.length + x.environments.length + x.serverIds.length + x.os.length + x.organisations.length > 0 ||
    scope.minCriticality !== undefined ||
    scope.maxCriticality !== undefined ||
    scope.kind !== undefined
  );
}

function mergeScopes(a: ScopeMention, b: ScopeMention): ScopeMention {
  const union = (x: readonly string[], y: readonly string[]) => [...new Set([...x, ...y])];
  const minCriticality = b.minCriticality ?? a.minCriticality;
  const maxCriticality = b.maxCriticality ?? a.maxCriticality;
  const kind = b.kind ?? a.kind;
  return {
    all: a.all || b.all,
    services: union(a.services, b.services),
    sites: union(a.sites, b.sites),
    environments: union(a.environments, b.environments),
    serverIds: union(a.serverIds, b.serverIds),
    criticalities: union(a.criticalities, b.criticalities) as ScopeMention['criticalities'],
    os: union(a.os, b.os),
    organisations: union(a.organisations, b.organisations),
    excluded: {
      services: union(a.excluded.services, b.excluded.services),
      sites: union(a.excluded.sites, b.excluded.sites),
      environments: union(a.excluded.environments, b.excluded.environments),
      serverIds: union(a.excluded.serverIds, b.excluded.serverIds),
      os: union(a.excluded.os, b.excluded.os),
      organisations: union(a.excluded.organisations, b.excluded.organisations),
    },
    ...(minCriticality ? { minCriticality } : {}),
    ...(maxCriticality ? { maxCriticality } : {}),
    ...(kind ? { kind } : {}),
  };
}
