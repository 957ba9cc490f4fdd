/** "the whole estate", "Ward systems and Pathology LIMS" for a services-only scope, else "the servers in scope". */
export function scopeInWords(scope: string): string {
  if (scope.trim() === '' || scope.trim().toLowerCase() === 'all') return 'the whole estate';
  const services = /^\s*service\s*=\s*(.+)$/i.exec(scope)?.[1];
  if (!services || /;|\sand\s/i.test(services)) return 'the servers in scope';
  const names = [...services.matchAll(/"([^"]+)"|'([^']+)'|([^,]+)/g)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim()).filter((n) => n.length > 0);
  return names.length <= 1 ? (names[0] ?? 'the servers in scope') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
