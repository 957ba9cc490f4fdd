import type { Estate } from '../estate/estate.js';
import type { EstateChanges } from './estate-changes.js';
import { isVirtualisationHost } from './is-virtualisation-host.js';
import type { ExpiringWarranty } from './warranty-expiring.js';

/** Facts worth a line of their own in the summary; formatting is the renderer's job. */
export type NotableChange =
  | { kind: 'services-fully-virtualised'; services: string[] }
  | { kind: 'hosts-added'; ids: string[] }
  | { kind: 'hosts-removed'; ids: string[] }
  | { kind: 'not-virtualisable-added'; servers: { id: string; service: string; reason?: string }[] }
  | { kind: 'largest-power-reductions'; servers: { id: string; service: string; powerWatts: number; change: 'retired' | 'virtualised' }[] }
  | { kind: 'critical-warranty-expiring'; servers: ExpiringWarranty[] };

const physicalServices = (estate: Estate) =>
  new Set(estate.servers.filter((s) => s.kind === 'physical' && !isVirtualisationHost(s)).map((s) => s.service));

/** Picks the changes a reader should not miss, in a fixed order, leaving out empty ones. */
export function notableChanges(previous: Estate, current: Estate, changes: EstateChanges, expiring: readonly ExpiringWarranty[]): NotableChange[] {
  const hostIds = (estate: Estate) => new Set(estate.servers.filter(isVirtualisationHost).map((s) => s.id));
  const hostsBefore = hostIds(previous);
  const hostsNow = hostIds(current);
  const stillPhysical = physicalServices(current);
  const inCurrent = new Set(current.servers.map((s) => s.service));
  const reductions = [
    ...changes.retired.filter((s) => s.kind === 'physical').map((s) => ({ ...s, change: 'retired' as const })),
    ...changes.virtualised.map((s) => ({ ...s, change: 'virtualised' as const })),
  ]
    .filter((s) => s.powerWatts > 0)
    .sort((a, b) => b.powerWatts - a.powerWatts || (a.id < b.id ? -1 : 1))
    .slice(0, 3)
    .map((s) => ({ id: s.id, service: s.service, powerWatts: s.powerWatts, change: s.change }));
  const all: NotableChange[] = [
    { kind: 'services-fully-virtualised', services: [...physicalServices(previous)].filter((s) => !stillPhysical.has(s) && inCurrent.has(s)).sort() },
    { kind: 'hosts-added', ids: [...hostsNow].filter((id) => !hostsBefore.has(id)).sort() },
    { kind: 'hosts-removed', ids: [...hostsBefore].filter((id) => !hostsNow.has(id)).sort() },
    {
      kind: 'not-virtualisable-added',
      servers: changes.added.filter((s) => !s.virtualisable).map((s) => ({ id: s.id, service: s.service, ...(s.notVirtualisableReason ? { reason: s.notVirtualisableReason } : {}) })),
    },
    { kind: 'largest-power-reductions', servers: reductions },
    { kind: 'critical-warranty-expiring', servers: expiring.filter((s) => s.criticality === 'critical') },
  ];
  return all.filter((c) => ('services' in c ? c.services.length : 'ids' in c ? c.ids.length : c.servers.length) > 0);
}
