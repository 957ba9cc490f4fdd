import type { HistoryStore } from '../open-store.js';
import { summaryPostSchema, type SummaryPost } from './summary-post.js';

export interface ClaimRequest {
  month: string;
  destination: string;
  /** Who is claiming (host:pid:random); only the claimer may settle the claim. */
  instance: string;
  now: Date;
  /** How long the claim stays exclusive; after that a crashed claimer's row may be taken over. */
  leaseMs: number;
  /** A person asked (`unsprawl summary --post`): also claim rows given up on or waiting to retry. */
  manual?: boolean;
}

export type ClaimResult =
  | { claimed: true; attempt: number }
  | { claimed: false; reason: 'posted' | 'in-progress' | 'waiting-retry' | 'abandoned'; post: SummaryPost };

/**
 * Claims the right to post `month`'s summary to `destination`, BEFORE posting. The check and
 * the write happen in one IMMEDIATE transaction on a row keyed by (month, destination), so of
 * two processes sharing the file exactly one gets `claimed: true`; the other sees the claim.
 *
 * A failed post is claimable again once its `next_attempt_at` has passed; a claim whose lease
 * ran out (its process died mid-post) is taken over. That last case is the one window where a
 * message could appear twice: the post may have reached Slack just before the crash.
 */
export function claimSummaryPost(store: HistoryStore, req: ClaimRequest): ClaimResult {
  const { db } = store;
  const now = req.now.toISOString();
  const leaseUntil = new Date(req.now.getTime() + req.leaseMs).toISOString();
  const claim = db.transaction((): ClaimResult => {
    const raw = db.prepare('SELECT * FROM summary_posts WHERE month = ? AND destination = ?').get(req.month, req.destination);
    if (raw === undefined) {
      db.prepare(`INSERT INTO summary_posts (month, destination, status, attempts, claimed_by, lease_until, created_at, updated_at)
                  VALUES (?, ?, 'claimed', 1, ?, ?, ?, ?)`).run(req.month, req.destination, req.instance, leaseUntil, now, now);
      return { claimed: true, attempt: 1 };
    }
    const post = summaryPostSchema.parse(raw);
    if (post.status === 'posted') return { claimed: false, reason: 'posted', post };
    if (post.status === 'claimed' && post.leaseUntil > now) return { claimed: false, reason: 'in-progress', post };
    if (post.status === 'abandoned' && !req.manual) return { claimed: false, reason: 'abandoned', post };
    if (post.status === 'failed' && (post.nextAttemptAt ?? '') > now && !req.manual) return { claimed: false, reason: 'waiting-retry', post };
    const attempt = post.attempts + 1;
    db.prepare(`UPDATE summary_posts SET status = 'claimed', attempts = ?, claimed_by = ?, lease_until = ?, next_attempt_at = NULL, updated_at = ?
                WHERE month = ? AND destination = ?`).run(attempt, req.instance, leaseUntil, now, req.month, req.destination);
    return { claimed: true, attempt };
  });
  return claim.immediate();
}
