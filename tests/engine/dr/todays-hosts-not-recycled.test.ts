import { describe, expect, it } from 'vitest';
import { todaysHostsNotRecycled } from '../../../engine/dr/todays-hosts-not-recycled.js';
import { hostInUseSchema, type HostInUseRow } from '../../../engine/estate/host-in-use.js';

const host = (row: Partial<HostInUseRow> & Pick<HostInUseRow, 'id'>) => hostInUseSchema.parse({ sockets: 2, cores_per_socket: 16, ram_gb: 512, ...row });

describe('todaysHostsNotRecycled', () => {
  it('says nothing on an estate that lists no hosts', () => {
    expect(todaysHostsNotRecycled([], 2026, 5)).toBeUndefined();
  });

  it('says today\'s hosts are not reused and that none is still under warranty, by recorded date or purchase year', () => {
    const hosts = [host({ id: 'esx01', warranty_end: '2024-03-31' }), host({ id: 'esx02', purchase_year: 2019 })];
    expect(todaysHostsNotRecycled(hosts, 2026, 5)).toBe(
      "Today's 2 virtualisation hosts are not reused here: the model recycles moved physical servers only, and none of the 2 is still under warranty in 2026.",
    );
  });

  it('names the hosts still under warranty, and says reusing them is not costed', () => {
    const hosts = [host({ id: 'esx03', purchase_year: 2024 }), host({ id: 'esx01', warranty_end: '2020-01-31' }), host({ id: 'esx02', warranty_end: '2027-06-30' })];
    expect(todaysHostsNotRecycled(hosts, 2026, 5)).toBe(
      "Today's 3 virtualisation hosts are not reused here: the model recycles moved physical servers only; 2 of them are still under warranty in 2026 (esx02, esx03), but reusing today's hosts is not costed, so every option here buys its hosts.",
    );
  });
});
