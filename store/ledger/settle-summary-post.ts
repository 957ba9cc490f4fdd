import type { HistoryStore } from '../open-store.js';

export type PostOutcome =
  | { ok: true; messageRef?: string }
  /** `retryAt` absent means give up: the row becomes `abandoned` and is never retried. */
  | { ok: false; error: string; retryAt?: Date };

/**
 * Records how a claimed post ended. Only the instance holding the claim can settle it, so a
 * process that lost its lease (and was overtaken) cannot overwrite the newer attempt's result.
 *
 * @returns false when the claim was no longer this instance's
 */
export function settleSummaryPost(
  store: HistoryStore,
  key: { month: string; destination: string; instance: string; now: Date },
  outcome: PostOutcome,
): boolean {
  const now = key.now.toISOString();
  const where = "WHERE month = ? AND destination = ? AND claimed_by = ? AND status = 'claimed'";
  const result = outcome.ok
    ? store.db.prepare(`UPDATE summary_posts SET status = 'posted', posted_at = ?, message_ref = ?, last_error = NULL, updated_at = ? ${where}`)
        .run(now, outcome.messageRef ?? null, now, key.month, key.destination, key.instance)
    : store.db.prepare(`UPDATE summary_posts SET status = ?, next_attempt_at = ?, last_error = ?, updated_at = ? ${where}`)
        .run(outcome.retryAt ? 'failed' : 'abandoned', outcome.retryAt?.toISOString() ?? null, outcome.error.slice(0, 2000), now, key.month, key.destination, key.instance);
  return result.changes === 1;
}
