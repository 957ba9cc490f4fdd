/** What the lifecycle needs of a physical asset: a server of the estate, or a host in use today. */
export interface LifecycleAsset {
  id: string;
  purchaseYear?: number;
  warrantyEnd?: string;
}

/** The calendar facts the lifecycle of every server is worked out against. */
export interface LifecycleCalendar {
  /** Calendar year of year 0. */
  year0: number;
  horizonYears: number;
  serviceLifeYears: number;
  warrantyYears: number;
}

/** What happens to one physical server in the do-nothing case, year by year (index = year). */
export interface ServerLifecycle {
  /** Purchase year as recorded, or inferred from warranty_end - support.warrantyYears; undefined if neither is known. */
  purchaseYear?: number;
  /** Years (0..horizon) in which it is replaced like for like. */
  refreshYears: number[];
  /** Per year: is the server past its warranty end (after the latest refresh)? */
  outOfWarranty: boolean[];
}

/** Year (relative to year 0, possibly negative) in which a server reaches its service life. */
export function refreshDueYear(purchaseYear: number, calendar: LifecycleCalendar): number {
  return purchaseYear + calendar.serviceLifeYears - calendar.year0;
}

/** The purchase year as recorded or inferred from the warranty end. */
export function knownPurchaseYear(server: LifecycleAsset, warrantyYears: number): number | undefined {
  if (server.purchaseYear !== undefined) return server.purchaseYear;
  if (server.warrantyEnd !== undefined) return Number(server.warrantyEnd.slice(0, 4)) - warrantyYears;
  return undefined;
}

/**
 * Refresh years and warranty status of one physical server. `firstRefresh` is the year of its
 * first like-for-like replacement (already moved into the horizon when it was overdue); later
 * replacements follow every service life. A warranty that ends during a calendar year covers
 * that year. A server with neither purchase year nor warranty end is taken as in warranty and
 * not due for refresh, which keeps the do-nothing case cheap rather than flattering the option.
 */
export function serverLifecycle(server: LifecycleAsset, calendar: LifecycleCalendar, firstRefresh: number | undefined): ServerLifecycle {
  const purchaseYear = knownPurchaseYear(server, calendar.warrantyYears);
  const warrantyEndYear = server.warrantyEnd !== undefined
    ? Number(server.warrantyEnd.slice(0, 4))
    : purchaseYear !== undefined ? purchaseYear + calendar.warrantyYears : undefined;
  const refreshYears: number[] = [];
  for (let t = firstRefresh; t !== undefined && t <= calendar.horizonYears; t += calendar.serviceLifeYears) refreshYears.push(t);
  const outOfWarranty: boolean[] = [];
  for (let t = 0; t <= calendar.horizonYears; t += 1) {
    const latestRefresh = refreshYears.filter((r) => r <= t).at(-1);
    const coveredUntil = latestRefresh !== undefined ? calendar.year0 + latestRefresh + calendar.warrantyYears : warrantyEndYear;
    outOfWarranty.push(coveredUntil !== undefined && coveredUntil < calendar.year0 + t);
  }
  return { purchaseYear, refreshYears, outOfWarranty };
}
