import { afterEach, describe, expect, it } from 'vitest';
import { claimDelivery } from '../../store/deliveries/claim-delivery.js';
import { tempStores } from './temp-store.js';

const stores = tempStores();
afterEach(() => stores.cleanup());

const at = (iso: string) => new Date(iso);
const claim = (deliveryId: string, now: string, platform: 'slack' | 'teams' = 'slack') => ({ platform, deliveryId, instance: 'test:1', now: at(now), ttlMs: 60_000 });

describe('claimDelivery (the chat de-duplication table, migration 2)', () => {
  it('grants the first claim of an id and refuses a redelivery, from another connection too', () => {
    const first = stores.open();
    const second = stores.open();
    expect(claimDelivery(first, claim('Ev001', '2026-12-04T10:00:00Z'))).toBe(true);
    expect(claimDelivery(second, claim('Ev001', '2026-12-04T10:00:05Z'))).toBe(false);
    expect(claimDelivery(first, claim('Ev001', '2026-12-04T10:00:10Z'))).toBe(false);
  });

  it('keeps Slack and Teams ids apart', () => {
    const store = stores.open();
    expect(claimDelivery(store, claim('same-id', '2026-12-04T10:00:00Z', 'slack'))).toBe(true);
    expect(claimDelivery(store, claim('same-id', '2026-12-04T10:00:00Z', 'teams'))).toBe(true);
  });

  it('forgets an id once its time to live has passed, and drops the expired rows', () => {
    const store = stores.open();
    expect(claimDelivery(store, claim('Ev002', '2026-12-04T10:00:00Z'))).toBe(true);
    expect(claimDelivery(store, claim('Ev003', '2026-12-04T10:00:30Z'))).toBe(true);
    expect(claimDelivery(store, claim('Ev002', '2026-12-04T10:01:00Z'))).toBe(true);
    const rows = store.db.prepare('SELECT delivery_id FROM chat_deliveries ORDER BY delivery_id').all();
    expect(rows).toEqual([{ delivery_id: 'Ev002' }, { delivery_id: 'Ev003' }]);
  });
});
