import type { ScopeMention } from './understanding.js';

/**
 * The scope in words for a headline: "Ward systems and Pathology LIMS", "critical systems at
 * Main DC", "the whole estate".
 */
export function describeScope(scope: ScopeMention): string {
  const what: string[] = [];
  if (scope.services.length > 0) what.push(listInWords(scope.services));
  if (scope.serverIds.length > 0) what.push(listInWords(scope.serverIds));
  if (scope.environments.length > 0) what.push(`${listInWords(scope.environments, 'or')} servers`);
  const critical = scope.minCriticality === 'critical' ? 'critical' : scope.minCriticality ? `${scope.minCriticality}-criticality and above` : undefined;
  let text = what.join(', ');
  if (critical) text = text ? `${critical} ${text}` : `${critical} systems`;
  if (scope.sites.length > 0) text = `${text || 'everything'} at ${listInWords(scope.sites, 'or')}`;
  return text || 'the whole estate';
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
