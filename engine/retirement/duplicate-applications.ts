import type { Server } from '../estate/server.js';
import type { DuplicateApplication } from './retirement-review.js';

/**
 * "Sunquest ICE 7.2" and "Sunquest ICE v8" name the same application: lower case, without
 * bracketed notes, version numbers and punctuation.
 */
function applicationKey(app: string): string {
  return app
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\bv?\d+(\.\d+)*\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Applications that run on more than one server of the same environment: rationalisation
 * candidates. Servers in one anti-affinity group are a deliberate resilient pair or set, so they
 * count once; a test copy next to the live one is a different environment and not a duplicate.
 *
 * @example duplicateApplications(estate.servers)[0] // { app: 'Sunquest ICE', environment: 'production', servers: ['LAB-01', 'LAB-07'] }
 */
export function duplicateApplications(servers: readonly Server[]): DuplicateApplication[] {
  const groups = new Map<string, { app: string; environment: string; servers: Server[] }>();
  for (const server of servers) {
    for (const app of new Set(server.apps)) {
      const key = applicationKey(app);
      if (key === '') continue;
      const groupKey = `${server.environment}\u0000${key}`;
      const group = groups.get(groupKey) ?? { app, environment: server.environment, servers: [] };
      if (!group.servers.includes(server)) group.servers.push(server);
      groups.set(groupKey, group);
    }
  }
  const found: DuplicateApplication[] = [];
  for (const group of groups.values()) {
    const instances = new Set(group.servers.map((s) => s.antiAffinity ?? `server:${s.id}`));
    if (instances.size < 2) continue;
    found.push({ app: group.app, environment: group.environment, servers: group.servers.map((s) => s.id) });
  }
  return found.sort((a, b) => a.environment.localeCompare(b.environment) || a.app.localeCompare(b.app));
}
