import type { Answer } from '../answer/answer.js';
import { claimSummaryPost, type ClaimResult } from '../../store/ledger/claim-summary-post.js';
import { settleSummaryPost } from '../../store/ledger/settle-summary-post.js';
import type { HistoryStore } from '../../store/open-store.js';
import type { Clock } from './clock.js';
import type { PostPort } from './post-port.js';
import { retryDelay } from './retry-delay.js';
import type { Destination, SummarySchedule } from './summary-schedule.js';

export type PostOnceResult =
  | { outcome: 'posted'; attempt: number; messageRef?: string }
  | { outcome: 'failed'; attempt: number; error: string; retryAt?: Date }
  | { outcome: 'skipped'; reason: Extract<ClaimResult, { claimed: false }>['reason'] };

export interface PostOnceInput {
  store: HistoryStore;
  clock: Pick<Clock, 'now'>;
  month: string;
  destination: Destination;
  /** Built only when this process won the claim. */
  answer: () => Promise<Answer>;
  post: PostPort;
  instance: string;
  schedule: Pick<SummarySchedule, 'leaseMinutes' | 'retry'>;
  /** A person asked for this post: retry now even a destination given up on. */
  manual?: boolean;
}

/**
 * Posts one month's summary to one destination at most once: claims the ledger row first,
 * posts only if the claim was won, then records success, or the failure and when to retry.
 * The scheduler and `unsprawl summary --post` both go through here.
 */
export async function postSummaryOnce(input: PostOnceInput): Promise<PostOnceResult> {
  const { store, clock, month, destination, instance } = input;
  const claim = claimSummaryPost(store, { month, destination: destination.key, instance, now: clock.now(), leaseMs: input.schedule.leaseMinutes * 60_000, ...(input.manual ? { manual: true } : {}) });
  if (!claim.claimed) return { outcome: 'skipped', reason: claim.reason };
  const key = { month, destination: destination.key, instance };
  try {
    const receipt = await input.post(destination, await input.answer());
    settleSummaryPost(store, { ...key, now: clock.now() }, { ok: true, ...(receipt.messageRef ? { messageRef: receipt.messageRef } : {}) });
    return { outcome: 'posted', attempt: claim.attempt, ...(receipt.messageRef ? { messageRef: receipt.messageRef } : {}) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const delay = retryDelay(claim.attempt, input.schedule.retry);
    const retryAt = delay === undefined ? undefined : new Date(clock.now().getTime() + delay);
    settleSummaryPost(store, { ...key, now: clock.now() }, { ok: false, error: message, ...(retryAt ? { retryAt } : {}) });
    return { outcome: 'failed', attempt: claim.attempt, error: message, ...(retryAt ? { retryAt } : {}) };
  }
}
