import type { ScopeMention } from './understanding.js';

/**
 * The scope in words for a headline: "Ward systems and Pathology LIMS", "critical systems at
 * Main DC", "Windows Server 2008 R2 servers", "the whole estate except Domain controllers".
 */
export function describeScope(scope: ScopeMention): string {
  const what: string[] = [];
  if (scope.services.length > 0) what.push(listInWords(scope.services));
  if (scope.serverIds.length > 0) what.push(listInWords(scope.serverIds));
  if (scope.os.length > 0) what.push(`${listInWords(scope.os, 'or')} servers`);
  if (scope.environments.length > 0) what.push(`${listInWords(scope.environments, 'or')} servers`);
  if (scope.kind && what.length === 0) what.push(`${scope.kind} servers`);
  else if (scope.kind) what[0] = `the ${scope.kind} servers of ${what[0]}`;
  const critical = criticalityWords(scope);
  let text = what.join(', ');
  if (critical) text = text ? `${critical} ${text}` : `${critical} systems`;
  if (scope.sites.length > 0) text = `${text || 'everything'} at ${listInWords(scope.sites, 'or')}`;
  if (scope.organisations.length > 0) text = text ? `${text} of ${listInWords(scope.organisations, 'and')}` : listInWords(scope.organisations, 'and');
  const x = scope.excluded;
  const left = [...x.services, ...x.serverIds, ...x.os.map((o) => `${o} servers`), ...x.environments.map((e) => `${e} servers`), ...x.sites.map((s) => `${s} servers`), ...x.organisations];
  if (left.length > 0) text = `${text || 'the whole estate'} except ${listInWords(left)}`;
  return text || 'the whole estate';
}

function criticalityWords(scope: ScopeMention): string | undefined {
  if (scope.criticalities.length > 0) return `${listInWords(scope.criticalities, 'and')}-criticality`;
  if (scope.minCriticality === 'critical') return 'critical';
  if (scope.minCriticality) return `${scope.minCriticality}-criticality and above`;
  if (scope.maxCriticality) return `${scope.maxCriticality}-criticality and below`;
  return undefined;
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
