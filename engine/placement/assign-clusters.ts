import type { Server } from '../estate/server.js';
import { ScenarioError } from '../errors.js';
import { clusterSlug } from './cluster-slug.js';
import { sitesBySize } from './sites-by-size.js';

/** A group of workloads that share one pool of hosts. */
export interface ClusterGroup {
  /** Stable slug used in host names, e.g. `main-dc`, or `trust-a-main-dc` when organisations are kept apart. */
  name: string;
  /** The site the hosts stand in. */
  site: string;
  /** Every site whose workloads the cluster carries (small sites fold into the main one). */
  sites: string[];
  /** The one organisation whose workloads the cluster carries, when organisations are kept apart and named. */
  organisation?: string;
  workloads: Server[];
}

export interface ClusterRules {
  /** Keep each data-centre site in its own cluster (scenario.separateSites). */
  separateSites: boolean;
  /** A site with fewer workloads to move than this folds into the main site (placement.minSiteWorkloads). */
  minSiteWorkloads: number;
  /** Let organisations share hosts (scenario.mixOrganisations); otherwise each gets its own clusters. */
  mixOrganisations: boolean;
  /**
   * The only sites new hosts may stand in (scenario.dataCentres), in the estate's spelling; empty
   * or absent, any site may. "What if the trusts shared two data centres?" names two.
   */
  dataCentres?: readonly string[];
}

/**
 * Splits workloads into clusters. Without separateSites everything goes into one cluster at the
 * main site (the site with the most servers in the estate). With separateSites every data-centre
 * site gets its own cluster; a site with fewer than `minSiteWorkloads` workloads to move (a ward
 * comms room, a satellite clinic) is not a data centre, and its workloads fold into the main
 * site's cluster, which is what trusts do when they empty comms rooms.
 *
 * When the estate names organisations and the scenario does not mix them, the same rules apply
 * to each organisation alone (its main site is its own largest), so no host carries two
 * organisations' workloads. O(n log n): one pass to group, one sort per cluster.
 *
 * With `dataCentres` named, each named site with workloads gets a cluster and every other site's
 * workloads move to the main one: the named site where the organisation (or, mixed, the estate)
 * has most servers, the first named when it has none there.
 */
export function assignClusters(workloads: readonly Server[], estateServers: readonly Server[], rules: ClusterRules): ClusterGroup[] {
  const unknown = (rules.dataCentres ?? []).find((site) => !estateServers.some((s) => s.site === site));
  if (unknown !== undefined) {
    throw new ScenarioError('dataCentres', `dataCentres: the estate has no site "${unknown}"; its sites are ${sitesBySize(estateServers).join(', ')}`);
  }
  const apart = !rules.mixOrganisations;
  const byOrganisation = new Map<string | undefined, Server[]>();
  for (const w of workloads) push(byOrganisation, apart ? w.organisation : undefined, w);
  const estateByOrganisation = new Map<string | undefined, Server[]>();
  for (const s of estateServers) push(estateByOrganisation, apart ? s.organisation : undefined, s);
  const named = apart && [...byOrganisation.keys()].some((o) => o !== undefined);
  return [...byOrganisation.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a.localeCompare(b, 'en-GB')))
    .flatMap(([organisation, members]) => {
      const prefix = named ? `${clusterSlug(organisation ?? 'unassigned')}-` : '';
      return organisationClusters(members, estateByOrganisation.get(organisation) ?? members, rules).map((g) => ({
        ...g,
        name: `${prefix}${g.name}`,
        ...(named && organisation !== undefined ? { organisation } : {}),
      }));
    });
}

function organisationClusters(workloads: readonly Server[], estateServers: readonly Server[], rules: ClusterRules): ClusterGroup[] {
  const named = rules.dataCentres ?? [];
  const bySize = sitesBySize(estateServers);
  const main = named.length > 0 ? (bySize.find((s) => named.includes(s)) ?? named[0]!) : (bySize[0] ?? workloads[0]?.site ?? 'Main');
  const bySite = new Map<string, Server[]>();
  for (const w of workloads) push(bySite, w.site, w);
  const homeOf = (site: string): string =>
    named.length > 0
      ? (named.includes(site) ? site : main)
      : rules.separateSites && site !== main && (bySite.get(site)?.length ?? 0) >= rules.minSiteWorkloads ? site : main;
  const groups = new Map<string, ClusterGroup & { siteSet: Set<string> }>();
  for (const [site, members] of bySite) {
    const home = homeOf(site);
    let group = groups.get(home);
    if (!group) {
      group = { name: clusterSlug(home), site: home, sites: [], workloads: [], siteSet: new Set() };
      groups.set(home, group);
    }
    group.siteSet.add(site);
    for (const w of members) group.workloads.push(w);
  }
  return [...groups.values()]
    .map(({ siteSet, ...g }) => ({ ...g, sites: [...siteSet].sort(), workloads: g.workloads.sort((a, b) => compareIds(a.id, b.id)) }))
    .sort((a, b) => (a.site === main ? -1 : b.site === main ? 1 : a.name.localeCompare(b.name, 'en-GB')));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
