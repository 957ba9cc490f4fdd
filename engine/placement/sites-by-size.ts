import type { Server } from '../estate/server.js';

/**
 * Sites ordered by how many servers they hold, ties by name: the first is the main site, the
 * second the default disaster-recovery site.
 */
export function sitesBySize(servers: readonly Server[]): string[] {
  const count = new Map<string, number>();
  for (const s of servers) count.set(s.site, (count.get(s.site) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en-GB')).map(([site]) => site);
}
