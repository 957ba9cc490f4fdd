import type { Estate } from '../estate/estate.js';
import type { Server } from '../estate/server.js';

/** The hosts a plan's workloads run on today, to set the plan against. */
export interface TodayInfrastructure {
  hosts: number;
  clusters: number;
  cores: number;
  ramGb: number;
}

/**
 * Today's hosts that carry the scope's servers (a server's `host` names its host), or every
 * host of the estate when no server says where it runs; undefined when the estate lists no
 * hosts (a physical estate, or an RVTools export without vHost).
 */
export function todayInfrastructure(estate: Estate, inScope: readonly Server[]): TodayInfrastructure | undefined {
  const hosts = estate.hosts ?? [];
  if (hosts.length === 0) return undefined;
  const placed = new Set(inScope.flatMap((s) => (s.currentHost === undefined ? [] : [s.currentHost.toLowerCase()])));
  const carrying = estate.servers.some((s) => s.currentHost !== undefined) ? hosts.filter((h) => placed.has(h.id.toLowerCase())) : hosts;
  if (carrying.length === 0) return undefined;
  return {
    hosts: carrying.length,
    clusters: new Set(carrying.map((h) => h.cluster.toLowerCase())).size,
    cores: carrying.reduce((sum, h) => sum + h.cores, 0),
    ramGb: Math.round(carrying.reduce((sum, h) => sum + h.ramGb, 0)),
  };
}
