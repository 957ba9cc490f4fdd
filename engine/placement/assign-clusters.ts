import type { Server } from '../estate/server.js';
import { clusterSlug } from './cluster-slug.js';
import { sitesBySize } from './sites-by-size.js';

/** A group of workloads that share one pool of hosts. */
export interface ClusterGroup {
  /** Stable slug used in host names, e.g. `main-dc`. */
  name: string;
  /** The site the hosts stand in. */
  site: string;
  /** Every site whose workloads the cluster carries (small sites fold into the main one). */
  sites: string[];
  workloads: Server[];
}

/**
 * Splits workloads into clusters. Without separateSites everything goes into one cluster at the
 * main site (the site with the most servers in the estate). With separateSites every data-centre
 * site gets its own cluster; a site with fewer than `minSiteWorkloads` (placement.minSiteWorkloads) workloads to move (a ward
 * comms room, a satellite clinic) is not a data centre, and its workloads fold into the main
 * site's cluster, which is what trusts do when they empty comms rooms.
 */
export function assignClusters(
  workloads: readonly Server[],
  estateServers: readonly Server[],
  separateSites: boolean,
  minSiteWorkloads: number,
): ClusterGroup[] {
  const main = sitesBySize(estateServers)[0] ?? workloads[0]?.site ?? 'Main';
  const bySite = new Map<string, Server[]>();
  for (const w of workloads) bySite.set(w.site, [...(bySite.get(w.site) ?? []), w]);
  const homeOf = (site: string): string =>
    separateSites && site !== main && (bySite.get(site)?.length ?? 0) >= minSiteWorkloads ? site : main;
  const groups = new Map<string, ClusterGroup>();
  for (const w of workloads) {
    const home = homeOf(w.site);
    const group = groups.get(home) ?? { name: clusterSlug(home), site: home, sites: [], workloads: [] };
    group.workloads.push(w);
    if (!group.sites.includes(w.site)) group.sites.push(w.site);
    groups.set(home, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, sites: [...g.sites].sort(), workloads: [...g.workloads].sort((a, b) => compareIds(a.id, b.id)) }))
    .sort((a, b) => (a.site === main ? -1 : b.site === main ? 1 : a.name.localeCompare(b.name, 'en-GB')));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
