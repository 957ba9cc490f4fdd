import { describe, expect, it } from 'vitest';
import { licensedCores } from '../../../engine/licensing/licensed-cores.js';
import { licensingCatalogue } from '../../../engine/licensing/licensing-catalogue.js';

const windows = { minCoresPerCpu: 8, minCoresPerServer: 16, packSize: 2 };
const vmware = { minCoresPerCpu: 16, minCoresPerServer: 0, packSize: 1 };

describe('licensedCores', () => {
  it('applies the Windows Server 16-per-server and 8-per-CPU minimums in 2-core packs', () => {
    expect(licensedCores({ sockets: 1, coresPerSocket: 4 }, windows)).toBe(16);
    expect(licensedCores({ sockets: 2, coresPerSocket: 6 }, windows)).toBe(16); // 2 x 8
    expect(licensedCores({ sockets: 4, coresPerSocket: 6 }, windows)).toBe(32); // 4 x 8
    expect(licensedCores({ sockets: 2, coresPerSocket: 24 }, windows)).toBe(48);
    expect(licensedCores({ sockets: 1, coresPerSocket: 17 }, windows)).toBe(18); // rounded up to a 2-core pack
  });

  it('applies the VMware 16-cores-per-CPU minimum', () => {
    expect(licensedCores({ sockets: 2, coresPerSocket: 8 }, vmware)).toBe(32);
    expect(licensedCores({ sockets: 1, coresPerSocket: 32 }, vmware)).toBe(32);
  });
});

describe('licensingCatalogue', () => {
  it('holds rules with dated sources for every hypervisor, and prices only by assumption key', () => {
    const c = licensingCatalogue();
    expect(Object.keys(c.hypervisors).sort()).toEqual(['hyperv', 'proxmox', 'vmware']);
    for (const rule of Object.values(c.hypervisors)) {
      expect(rule.sources.length).toBeGreaterThan(0);
      expect(rule.priceKey).toMatch(/^licence\./);
    }
    expect(c.hypervisors.vmware).toMatchObject({ metric: 'core-year', minCoresPerCpu: 16 });
    expect(c.hypervisors.hyperv).toMatchObject({ metric: 'core-perpetual', minCoresPerServer: 16, minCoresPerCpu: 8, packSize: 2, coversWindowsGuests: true });
    expect(c.hypervisors.proxmox).toMatchObject({ metric: 'socket-year' });
  });
});
