import type { Estate } from '../estate/estate.js';
import type { Server } from '../estate/server.js';

export interface ChangedServer {
  id: string;
  service: string;
  kind: Server['kind'];
  criticality: Server['criticality'];
  /** Recorded power draw before the change (retired, virtualised) or after it (added). */
  powerWatts: number;
  virtualisable: boolean;
  notVirtualisableReason?: string;
}

export interface EstateChanges {
  added: ChangedServer[];
  /** Gone from the inventory. */
  retired: ChangedServer[];
  /** Physical last time, virtual now, same name (P2V). */
  virtualised: ChangedServer[];
}

const describe = (s: Server): ChangedServer => ({
  id: s.id,
  service: s.service,
  kind: s.kind,
  criticality: s.criticality,
  powerWatts: s.powerWatts ?? 0,
  virtualisable: s.virtualisable,
  ...(s.notVirtualisableReason ? { notVirtualisableReason: s.notVirtualisableReason } : {}),
});

const byId = (a: ChangedServer, b: ChangedServer) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * What changed between two snapshots, matched by server id: a server keeps its name through a
 * P2V migration, so physical-then-virtual is "virtualised", not one retired plus one added.
 */
export function estateChanges(previous: Estate, current: Estate): EstateChanges {
  const before = new Map(previous.servers.map((s) => [s.id, s]));
  const after = new Map(current.servers.map((s) => [s.id, s]));
  return {
    added: current.servers.filter((s) => !before.has(s.id)).map(describe).sort(byId),
    retired: previous.servers.filter((s) => !after.has(s.id)).map(describe).sort(byId),
    virtualised: previous.servers
      .filter((s) => s.kind === 'physical' && after.get(s.id)?.kind === 'virtual')
      .map(describe)
      .sort(byId),
  };
}
