import type { Server } from '../estate/server.js';
import type { DuplicateApplication } from './retirement-review.js';

/** Lower case, single spaces, punctuation gone: "Kofax Capture v11.2" -> "kofax capture v11 2". */
const plain = (app: string) => app.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The application without its version: "Kofax Capture 10" and "Kofax Capture v11.2" both give "kofax capture". */
const withoutVersion = (app: string) => plain(app.replace(/\bv?\d+(\.\d+)*\b/gi, ' '));

/**
 * Applications a trust runs more than once in the same environment: the same product kept by
 * several services, or several versions of it side by side. Rationalisation candidates, for
 * their owners to look at. Servers of one service running the same version are a farm or a
 * resilient pair, built that way on purpose, and a test copy is another environment: neither is flagged.
 *
 * @example duplicateApplications(estate.servers)[0] // { app: 'Kofax Capture 10', environment: 'production', servers: ['SCAN-01', 'SCAN-02'] }
 */
export function duplicateApplications(servers: readonly Server[]): DuplicateApplication[] {
  const groups = new Map<string, { app: string; environment: string; servers: string[]; services: Set<string>; versions: Set<string> }>();
  for (const server of servers) {
    for (const app of new Set(server.apps)) {
      const key = withoutVersion(app);
      if (key === '') continue;
      const groupKey = `${server.environment}\u0000${key}`;
      const group = groups.get(groupKey) ?? { app, environment: server.environment, servers: [], services: new Set(), versions: new Set() };
      if (!group.servers.includes(server.id)) group.servers.push(server.id);
      group.services.add(server.service);
      group.versions.add(plain(app));
      groups.set(groupKey, group);
    }
  }
  return [...groups.values()]
    .filter((g) => g.servers.length > 1 && (g.services.size > 1 || g.versions.size > 1))
    .map(({ app, environment, servers: ids }) => ({ app, environment, servers: ids }))
    .sort((a, b) => a.environment.localeCompare(b.environment) || a.app.localeCompare(b.app));
}
