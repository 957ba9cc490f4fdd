import { bestValue, scenarioSchema, type Scenario } from '../../engine/scenario/scenario.js';
import { describeScope } from '../understanding/describe-scope.js';
import { scopeExpression } from '../understanding/scope-expression.js';
import type { ScopeMention, Understanding } from '../understanding/understanding.js';

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

const wholeEstate: ScopeMention = { all: true, services: [], sites: [], environments: [], serverIds: [] };

/**
 * Builds the scenario for a question from what it names and, for a follow-up, the last
 * scenario: a new scope replaces the last one ("what about pathology?") or adds to it ("and
 * pathology too"); host, hypervisor, DR and assumption overrides are refined one at a time.
 * Returns undefined when nothing says which part of the estate is meant and there is no
 * earlier scenario: the caller asks rather than guesses.
 */
export function resolveScenario(u: Understanding, earlier: EarlierScenario): ResolvedScenario | undefined {
  const scoped = hasScope(u.scope);
  const changes = u.host.model !== undefined || u.host.vendor !== undefined || u.hypervisors.length > 0 || u.dr !== undefined || Object.keys(u.overrides).length > 0;
  const base = !scoped || u.followUp ? earlier.scenario : undefined;

  let where: Pick<Scenario, 'scope' | 'description' | 'separateSites'>;
  let scope: ScopeMention | undefined;
  if (scoped) {
    scope = u.addsToScope && earlier.scope ? mergeScopes(earlier.scope, u.scope) : u.scope;
    where = scopeFields(scope);
  } else if (earlier.scenario) {
    scope = earlier.scope;
    where = { scope: earlier.scenario.scope, description: earlier.scenario.description ?? earlier.scenario.scope, separateSites: earlier.scenario.separateSites };
  } else if (changes || u.intent !== 'what-if') {
    scope = wholeEstate;
    where = scopeFields(scope);
  } else {
    return undefined;
  }

  const scenario = scenarioSchema.parse({
    name: where.description ?? 'chat',
    ...where,
    host: u.host.model ?? (u.host.vendor ? 'cheapest' : (base?.host ?? bestValue)),
    hypervisor: u.hypervisors[0] ?? base?.hypervisor,
    dr: u.dr
      ? {
          enabled: u.dr.enabled,
          minCriticality: u.dr.minCriticality ?? base?.dr.minCriticality ?? 'high',
          ...((u.dr.site ?? base?.dr.site) ? { site: u.dr.site ?? base?.dr.site } : {}),
        }
      : (base?.dr ?? { enabled: false, minCriticality: 'high' }),
    overrides: { ...(base?.overrides ?? {}), ...u.overrides },
  });
  return { scenario, ...(scope ? { scope } : {}), ...(u.host.vendor ? { vendor: u.host.vendor } : {}) };
}

/**
 * A whole-estate scenario keeps each site in its own cluster, like the bundled
 * full-consolidation scenario, so "everything" in chat and `unsprawl tco` agree.
 */
function scopeFields(scope: ScopeMention): Pick<Scenario, 'scope' | 'description' | 'separateSites'> {
  const narrowed = hasNarrowing(scope);
  return {
    scope: narrowed ? scopeExpression(scope) : 'all',
    description: describeScope(scope),
    separateSites: !narrowed,
  };
}

export function hasScope(scope: ScopeMention): boolean {
  return scope.all || hasNarrowing(scope);
}

function hasNarrowing(scope: ScopeMention): boolean {
  return scope.services.length + scope.sites.length + scope.environments.length + scope.serverIds.length > 0 || scope.minCriticality !== undefined;
}

function mergeScopes(a: ScopeMention, b: ScopeMention): ScopeMention {
  const union = (x: readonly string[], y: readonly string[]) => [...new Set([...x, ...y])];
  const minCriticality = b.minCriticality ?? a.minCriticality;
  return {
    all: a.all || b.all,
    services: union(a.services, b.services),
    sites: union(a.sites, b.sites),
    environments: union(a.environments, b.environments),
    serverIds: union(a.serverIds, b.serverIds),
    ...(minCriticality ? { minCriticality } : {}),
  };
}
