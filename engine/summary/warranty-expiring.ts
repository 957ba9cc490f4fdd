import type { Estate } from '../estate/estate.js';
import type { Server } from '../estate/server.js';

export interface ExpiringWarranty {
  id: string;
  service: string;
  criticality: Server['criticality'];
  warrantyEnd: string;
  daysLeft: number;
}

const dayMs = 86_400_000;

/**
 * Physical servers whose warranty ends after `asOf` and within `days` days of it, soonest
 * first: the ones to renew, replace or migrate before they go onto costlier cover.
 */
export function warrantyExpiring(estate: Estate, asOf: string, days: number): ExpiringWarranty[] {
  const start = Date.parse(`${asOf}T00:00:00Z`);
  return estate.servers
    .flatMap((s) => {
      if (s.kind !== 'physical' || s.warrantyEnd === undefined) return [];
      const daysLeft = Math.round((Date.parse(`${s.warrantyEnd}T00:00:00Z`) - start) / dayMs);
      return daysLeft > 0 && daysLeft <= days ? [{ id: s.id, service: s.service, criticality: s.criticality, warrantyEnd: s.warrantyEnd, daysLeft }] : [];
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || (a.id < b.id ? -1 : 1));
}
