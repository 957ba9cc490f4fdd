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
  clock: Pick<Clock, 'now' | 'at'>;
  month: string;
  destination: Destination;
  /** Built only when this process won the claim. */
  answer: () => Promise<Answer>;
  post: PostPort;
  instance: string;
  schedule: Pick<SummarySchedule, 'leaseMinutes' | 'retry' | 'postBudgetSeconds'>;
  /** A person asked for this post: retry now even a destination given up on. */
  manual?: boolean;
}

/**
 * Posts one month's summary to one destination at most once: claims the ledger row first,
 * posts only if the claim was won, then records success, or the failure and when to retry.
 * The scheduler and `unsprawl summary --post` both go through here.
 *
 * Exactly once while Slack keeps failing: the attempt (the chat client's own retries included)
 * gets `postBudgetSeconds`, the claim is taken for longer than that, and when the budget runs
 * out the port's signal is aborted so it starts no further request. So no other poster can take
 * the claim over while this one might still post; the failure goes into the ledger and the
 * ledger's backoff decides the next attempt.
 */
export async function postSummaryOnce(input: PostOnceInput): Promise<PostOnceResult> {
  const { store, clock, month, destination, instance, schedule } = input;
  const budgetMs = schedule.postBudgetSeconds * 1000;
  const leaseMs = Math.max(schedule.leaseMinutes * 60_000, budgetMs + 60_000);
  const claim = claimSummaryPost(store, { month, destination: destination.key, instance, now: clock.now(), leaseMs, ...(input.manual ? { manual: true } : {}) });
  if (!claim.claimed) return { outcome: 'skipped', reason: claim.reason };
  const key = { month, destination: destination.key, instance };
  const stop = new AbortController();
  let cancelBudget = (): void => undefined;
  try {
    const answer = await input.answer();
    const budgetUsed = new Promise<never>((_, reject) => {
      cancelBudget = clock.at(new Date(clock.now().getTime() + budgetMs), () => {
        stop.abort();
        reject(new Error(`no confirmation from ${destination.key} within the ${schedule.postBudgetSeconds} s posting budget; the attempt was stopped`));
        return Promise.resolve();
      });
    });
    const posting = input.post(destination, answer, stop.signal);
    // An attempt stopped at the budget may still fail afterwards: its outcome is already recorded.
    posting.catch(() => undefined);
    const receipt = await Promise.race([posting, budgetUsed]);
    settleSummaryPost(store, { ...key, now: clock.now() }, { ok: true, ...(receipt.messageRef ? { messageRef: receipt.messageRef } : {}) });
    return { outcome: 'posted', attempt: claim.attempt, ...(receipt.messageRef ? { messageRef: receipt.messageRef } : {}) };
  } catch (error) {
    stop.abort();
    const message = error instanceof Error ? error.message : String(error);
    const delay = retryDelay(claim.attempt, schedule.retry);
    const retryAt = delay === undefined ? undefined : new Date(clock.now().getTime() + delay);
    settleSummaryPost(store, { ...key, now: clock.now() }, { ok: false, error: message, ...(retryAt ? { retryAt } : {}) });
    return { outcome: 'failed', attempt: claim.attempt, error: message, ...(retryAt ? { retryAt } : {}) };
  } finally {
    cancelBudget();
  }
}
