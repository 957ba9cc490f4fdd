import { describe, expect, it } from 'vitest';
import { serverSchema } from '../../../engine/estate/server.js';
import { addMonths } from '../../../engine/summary/add-months.js';
import { estateChanges } from '../../../engine/summary/estate-changes.js';
import { isVirtualisationHost } from '../../../engine/summary/is-virtualisation-host.js';
import { warrantyExpiring } from '../../../engine/summary/warranty-expiring.js';
import { bundledSnapshots } from './history-fixtures.js';

const server = (id: string, kind: 'physical' | 'virtual', extra: Record<string, unknown> = {}) =>
  serverSchema.parse({ id, kind, cpu_cores: 4, mem_gb: 8, power_watts: kind === 'physical' ? 200 : 0, ...extra });

describe('what changed between two snapshots', () => {
  it('tells virtualised (same name, now virtual) from retired (gone) and added (new name)', () => {
    const before = { source: 'a', servers: [server('A', 'physical'), server('B', 'physical'), server('C', 'virtual')] };
    const after = { source: 'b', servers: [server('A', 'virtual'), server('C', 'virtual'), server('D', 'physical', { virtualisable: 'no', not_virtualisable_reason: 'Dongle' })] };
    const changes = estateChanges(before, after);
    expect(changes.virtualised.map((s) => s.id)).toEqual(['A']);
    expect(changes.retired.map((s) => s.id)).toEqual(['B']);
    expect(changes.added).toEqual([{ id: 'D', service: 'Unassigned', kind: 'physical', criticality: 'medium', powerWatts: 200, virtualisable: false, notVirtualisableReason: 'Dongle' }]);
  });

  it('finds the programme in the bundled history: the counts the generator made', async () => {
    const snapshots = await bundledSnapshots();
    const june = estateChanges(snapshots[1]!.estate, snapshots[2]!.estate);
    expect(snapshots[2]!.month).toBe('2026-06');
    expect([june.virtualised.length, june.retired.length, june.added.length]).toEqual([10, 3, 1]);
    const september = estateChanges(snapshots[4]!.estate, snapshots[5]!.estate);
    expect(september.retired.filter((s) => s.id.startsWith('MDC-VMH-LEG')).length).toBe(3);
  });

  it('counts hypervisor hosts only among physical servers', () => {
    expect(isVirtualisationHost(server('H', 'physical', { os: 'VMware ESXi 8.0 U3' }))).toBe(true);
    expect(isVirtualisationHost(server('H', 'physical', { os: 'Windows Server 2022 Datacenter (Hyper-V)' }))).toBe(true);
    expect(isVirtualisationHost(server('V', 'virtual', { os: 'VMware ESXi 8.0' }))).toBe(false);
    expect(isVirtualisationHost(server('W', 'physical', { os: 'Windows Server 2019' }))).toBe(false);
  });
});

describe('warranties ending soon', () => {
  it('lists physical servers whose warranty ends after the date and within the window, soonest first', () => {
    const estate = {
      source: 'x',
      servers: [
        server('ENDED', 'physical', { warranty_end: '2026-10-29' }),
        server('SOON', 'physical', { warranty_end: '2026-11-15' }),
        server('EDGE', 'physical', { warranty_end: '2027-01-28' }),
        server('LATER', 'physical', { warranty_end: '2027-01-29' }),
        server('VM', 'virtual', { warranty_end: '2026-11-01' }),
        server('FIRST', 'physical', { warranty_end: '2026-10-31' }),
      ],
    };
    expect(warrantyExpiring(estate, '2026-10-30', 90).map((w) => [w.id, w.daysLeft])).toEqual([['FIRST', 1], ['SOON', 16], ['EDGE', 90]]);
  });
});

describe('month arithmetic', () => {
  it('crosses year ends both ways and rejects anything but YYYY-MM', () => {
    expect([addMonths('2026-12', 1), addMonths('2026-01', -1), addMonths('2026-10', -13)]).toEqual(['2027-01', '2025-12', '2025-09']);
    expect(() => addMonths('2026-1', 1)).toThrow(/expected a month as YYYY-MM/);
  });
});
