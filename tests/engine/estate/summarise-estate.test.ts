import { describe, expect, it } from 'vitest';
import type { Estate } from '../../../engine/estate/estate.js';
import { serverSchema, type ServerRow } from '../../../engine/estate/server.js';
import { summariseEstate } from '../../../engine/estate/summarise-estate.js';

const row = (r: Partial<ServerRow> & { id: string }): ServerRow => ({ cpu_cores: 4, mem_gb: 16, ...r });

const estate: Estate = {
  source: 'hand.csv',
  servers: [
    row({ id: 'A', service: 'Finance', apps: 'Ledger; Payroll', cpu_cores: 8, mem_gb: 64, storage_gb: 500, power_watts: 250, purchase_year: 2014, warranty_end: '2017-06-30', annual_support_gbp: 600, cpu_util_p95: 10 }),
    row({ id: 'B', service: 'Finance', apps: 'ledger', kind: 'virtual', cpu_cores: 2, mem_gb: 8, storage_gb: 100, purchase_year: 2022, warranty_end: '2027-01-31', cpu_util_p95: 30 }),
    row({ id: 'C', service: 'Pharmacy', apps: 'Robot', virtualisable: 'no', not_virtualisable_reason: 'appliance', power_watts: 150, purchase_year: 2019, site: 'Second site', criticality: 'critical' }),
  ].map((r) => serverSchema.parse(r)),
};

describe('summariseEstate', () => {
  const s = summariseEstate(estate, '2026-11-25');

  it('counts servers, distinct apps (case-insensitive), capacity, power, rack space and support', () => {
    expect(s.servers).toEqual({ total: 3, physical: 2, virtual: 1, notVirtualisable: 1 });
    expect(s.apps).toBe(3);
    expect([s.cpuCores, s.memGb, s.storageGb, s.powerWatts, s.serversWithoutPower, s.rackUnits]).toEqual([14, 88, 600, 400, 1, 2]);
    expect(s.annualSupportPence).toBe(60000);
  });

  it('profiles age and warranty against the given date', () => {
    expect(s.ageBands.map((b) => [b.label, b.servers])).toEqual([['0-4 years', 1], ['5-7 years', 1], ['8-10 years', 0], ['11+ years', 1]]);
    expect([s.oldestPurchaseYear, s.newestPurchaseYear, s.outOfWarranty, s.serversWithoutWarranty]).toEqual([2014, 2022, 1, 1]);
    expect(summariseEstate(estate, '2027-02-01').outOfWarranty).toBe(2);
  });

  it('breaks the estate down by service, site and criticality, largest first', () => {
    expect(s.services.map((v) => [v.service, v.servers, v.physical, v.virtual, v.apps, v.cpuCores, v.outOfWarranty])).toEqual([
      ['Finance', 2, 1, 1, 2, 10, 1],
      ['Pharmacy', 1, 1, 0, 1, 4, 0],
    ]);
    expect(s.sites).toEqual([{ site: 'Main', servers: 2 }, { site: 'Second site', servers: 1 }]);
    expect(s.criticality.find((c) => c.criticality === 'critical')?.servers).toBe(1);
    expect(s.medianCpuUtilP95).toBe(20);
  });

  it('is deterministic: same estate and date, byte-identical JSON', () => {
    expect(JSON.stringify(summariseEstate(estate, '2026-11-25'))).toBe(JSON.stringify(s));
  });
});
