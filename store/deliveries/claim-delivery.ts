import type { HistoryStore } from '../open-store.js';

export interface DeliveryClaim {
  platform: 'slack' | 'teams';
  /** The platform's own id for the delivery: Slack event_id or trigger_id, Teams conversation + activity id. */
  deliveryId: string;
  /** Who is claiming (host:pid), for a person reading the table after an incident. */
  instance: string;
  now: Date;
  /** How long the id is remembered; longer than the platform keeps retrying (Slack: about 5 minutes). */
  ttlMs: number;
}

/**
 * Records that this instance is answering a delivery, BEFORE answering it. Returns true for the
 * first claim of an id and false for every later one (a platform retry, or the same delivery
 * reaching a second bot instance sharing the store), so each question is answered exactly once.
 * Expired rows are dropped in the same IMMEDIATE transaction, which keeps the table small.
 *
 * @example if (!claimDelivery(store, { platform: 'slack', deliveryId: body.event_id, instance, now: new Date(), ttlMs: 3_600_000 })) return;
 */
export function claimDelivery(store: HistoryStore, claim: DeliveryClaim): boolean {
  const { db } = store;
  const now = claim.now.toISOString();
  const expiresAt = new Date(claim.now.getTime() + claim.ttlMs).toISOString();
  const run = db.transaction((): boolean => {
    db.prepare('DELETE FROM chat_deliveries WHERE expires_at <= ?').run(now);
    const inserted = db
      .prepare('INSERT OR IGNORE INTO chat_deliveries (platform, delivery_id, claimed_by, claimed_at, expires_at) VALUES (?, ?, ?, ?, ?)')
      .run(claim.platform, claim.deliveryId, claim.instance, now, expiresAt);
    return inserted.changes === 1;
  });
  return run.immediate();
}
