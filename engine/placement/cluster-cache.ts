import type { Server } from '../estate/server.js';
import { assignClusters, type ClusterGroup, type ClusterRules } from './assign-clusters.js';

/** assignClusters with a memory of its last few answers (see clusterCache). */
export interface ClusterCache {
  assign(workloads: readonly Server[], estateServers: readonly Server[], rules: ClusterRules): ClusterGroup[];
}

/** Answers kept: one per distinct set of placeable servers, which differs between host models only by the servers too large for some. */
const kept = 4;

/**
 * A cache of cluster assignments for plans of the same scope that differ in host model or sizing
 * assumptions (the host-model screen, sensitivity re-plans): the clusters depend only on which
 * servers are placeable, the estate and the rules, so when those are the same objects as a
 * previous call's, in the same order, its clusters are returned again instead of grouping and
 * sorting 50,000 servers once more. The groups returned are shared: callers must not change them.
 */
export function clusterCache(): ClusterCache {
  const answers: { workloads: readonly Server[]; estateServers: readonly Server[]; rules: ClusterRules; groups: ClusterGroup[] }[] = [];
  return {
    assign(workloads, estateServers, rules) {
      const hit = answers.find(
        (a) =>
          a.estateServers === estateServers &&
          a.rules.separateSites === rules.separateSites &&
          a.rules.minSiteWorkloads === rules.minSiteWorkloads &&
          a.rules.mixOrganisations === rules.mixOrganisations &&
          a.workloads.length === workloads.length &&
          a.workloads.every((w, i) => w === workloads[i]),
      );
      if (hit) return hit.groups;
      const groups = assignClusters(workloads, estateServers, rules);
      answers.unshift({ workloads: [...workloads], estateServers, rules: { ...rules }, groups });
      answers.length = Math.min(answers.length, kept);
      return groups;
    },
  };
}
