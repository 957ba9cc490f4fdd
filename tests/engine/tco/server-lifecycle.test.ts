import { describe, expect, it } from 'vitest';
import { serverSchema } from '../../../engine/estate/server.js';
import { licensingCatalogue } from '../../../engine/licensing/licensing-catalogue.js';
import { firstRefreshYears, measureEstate } from '../../../engine/tco/measure-estate.js';
import { serverLifecycle } from '../../../engine/tco/server-lifecycle.js';

const calendar = { year0: 2026, horizonYears: 5, serviceLifeYears: 7, warrantyYears: 5, backlogYears: 3 };
const server = (over: Record<string, unknown>) => serverSchema.parse({ id: 'X', cpu_cores: 8, mem_gb: 16, ...over });

describe('serverLifecycle', () => {
  it('infers the purchase year from the warranty end, and the reverse', () => {
    expect(serverLifecycle(server({ warranty_end: '2024-06-30' }), calendar, undefined).purchaseYear).toBe(2019);
    // Bought 2023 + 5-year warranty = covered to 2028: out of warranty from 2029 (year 3).
    expect(serverLifecycle(server({ purchase_year: 2023 }), calendar, undefined).outOfWarranty).toEqual([false, false, false, true, true, true]);
  });

  it('takes a server with no dates as in warranty and never refreshed', () => {
    const life = serverLifecycle(server({}), calendar, undefined);
    expect(life).toEqual({ purchaseYear: undefined, refreshYears: [], outOfWarranty: [false, false, false, false, false, false] });
  });

  it('restarts the warranty at each refresh and refreshes again after a service life', () => {
    const life = serverLifecycle(server({ purchase_year: 2015, warranty_end: '2020-01-31' }), { ...calendar, horizonYears: 10 }, 1);
    expect(life.refreshYears).toEqual([1, 8]);
    // Out of warranty in year 0; refreshed in year 1 and covered to 2032 (year 6); out in year 7; refreshed again in year 8.
    expect(life.outOfWarranty).toEqual([true, false, false, false, false, false, false, true, false, false, false]);
  });
});

describe('measureEstate', () => {
  it('spreads the refresh backlog oldest first over refresh.backlogYears, and counts servers due later in their year', () => {
    const servers = [
      server({ id: 'A', purchase_year: 2012 }),
      server({ id: 'B', purchase_year: 2010 }),
      server({ id: 'C', purchase_year: 2014 }),
      server({ id: 'D', purchase_year: 2015 }),
      server({ id: 'E', purchase_year: 2021 }), // reaches 7 years in 2028 = year 2
      server({ id: 'V', kind: 'virtual', purchase_year: 2010 }), // virtual servers are never refreshed
    ];
    const physical = servers.filter((s) => s.kind === 'physical');
    const q = measureEstate(servers, calendar, licensingCatalogue().windowsGuests.standard, firstRefreshYears(physical, calendar));
    // Backlog B(2010), A(2012), C(2014), D(2015) -> years floor(i x 3 / 4) = 0, 0, 1, 2; E in year 2.
    expect(q.refreshServers).toEqual([2, 1, 2, 0, 0, 0]);
    expect(q.physicalServers).toBe(5);
    expect(q.virtualServers).toBe(1);
  });

  it('estimates power only for physical servers without a figure', () => {
    const q = measureEstate(
      [server({ id: 'P', power_watts: 150 }), server({ id: 'Q', cpu_cores: 12 }), server({ id: 'V', kind: 'virtual' })],
      calendar,
      licensingCatalogue().windowsGuests.standard,
      new Map(),
    );
    expect(q).toMatchObject({ knownWatts: 150, estimatedPowerServers: 1, estimatedPowerCores: 12 });
  });
});
