import { hostname } from 'node:os';
import { claimDelivery } from '../../store/deliveries/claim-delivery.js';
import type { HistoryStore } from '../../store/open-store.js';

/** True the first time a platform delivery id is seen by any instance sharing the store, false after. */
export type DeliveryGate = (platform: 'slack' | 'teams', deliveryId: string) => boolean;

/** An hour: Slack retries for about five minutes, the Bot Framework for less; restarts take seconds. */
export const deliveryTtlMs = 60 * 60 * 1000;

/**
 * The at-least-once / exactly-once gate in front of every chat handler: platforms redeliver
 * what they think was not acknowledged (Slack's X-Slack-Retry-Num, Socket Mode's retry_attempt,
 * a Teams client resending), so a delivery is answered when its id is new to the history store
 * and acknowledged silently otherwise. The store, not memory, holds the ids, so a restarted bot
 * and a second instance agree on what was already answered.
 *
 * @example const firstDelivery = createDeliveryGate(store); if (!firstDelivery('slack', body.event_id)) return;
 */
export function createDeliveryGate(store: HistoryStore, options: { now?: () => Date; ttlMs?: number; instance?: string } = {}): DeliveryGate {
  const now = options.now ?? (() => new Date());
  const instance = options.instance ?? `${hostname()}:${process.pid}`;
  const ttlMs = options.ttlMs ?? deliveryTtlMs;
  return (platform, deliveryId) => claimDelivery(store, { platform, deliveryId, instance, now: now(), ttlMs });
}
