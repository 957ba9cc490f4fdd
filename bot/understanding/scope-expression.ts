import type { ScopeMention } from './understanding.js';

/**
 * Writes a scope mention as an engine scope expression (engine/scenario/scope.ts), e.g.
 * `service="Ward systems","Pathology LIMS"; criticality>=high`. Clauses are ANDed; the values
 * of one clause are ORed; `!=` clauses leave their values out. "Everything" (or nothing named) is `all`.
 *
 * @example scopeExpression({ all: false, services: ['Ward systems'], sites: [], environments: [], serverIds: [] }) // 'service="Ward systems"'
 */
export function scopeExpression(scope: ScopeMention): string {
  const clauses = [
    clause('service', scope.services),
    clause('site', scope.sites),
    clause('environment', scope.environments),
    clause('id', scope.serverIds),
    clause('os', scope.os),
    clause('organisation', scope.organisations),
    clause('criticality', scope.criticalities),
    scope.kind ? `kind=${scope.kind}` : undefined,
    scope.minCriticality ? `criticality>=${scope.minCriticality}` : undefined,
    scope.maxCriticality ? `criticality<=${scope.maxCriticality}` : undefined,
    clause('service', scope.excluded.services, '!='),
    clause('site', scope.excluded.sites, '!='),
    clause('environment', scope.excluded.environments, '!='),
    clause('id', scope.excluded.serverIds, '!='),
    clause('os', scope.excluded.os, '!='),
    clause('organisation', scope.excluded.organisations, '!='),
  ].filter((c): c is string => c !== undefined);
  return clauses.length === 0 ? 'all' : clauses.join('; ');
}

function clause(field: string, values: readonly string[], operator = '='): string | undefined {
  if (values.length === 0) return undefined;
  return `${field}${operator}${values.map(quote).join(',')}`;
}

/** Names with spaces, commas or punctuation are quoted; embedded quotes are escaped. */
function quote(value: string): string {
  return /^[A-Za-z0-9_.-]+$/.test(value) ? value : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
