import { afterEach, describe, expect, it } from 'vitest';
import { claimSummaryPost } from '../../store/ledger/claim-summary-post.js';
import { listSummaryPosts } from '../../store/ledger/list-summary-posts.js';
import { settleSummaryPost } from '../../store/ledger/settle-summary-post.js';
import { StoreError } from '../../store/store-error.js';
import { tempStores } from './temp-store.js';

const t0 = new Date('2026-11-02T09:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const key = { month: '2026-10', destination: 'slack:C0WARDS' };

describe('summary post ledger', () => {
  const stores = tempStores();
  const connect = stores.open;
  afterEach(stores.cleanup);

  it('names a ledger row it cannot read instead of crashing the listing', () => {
    const store = connect();
    claimSummaryPost(store, { ...key, instance: 'a', now: t0, leaseMs: 600_000 });
    store.db.pragma('ignore_check_constraints = ON');
    store.db.prepare("UPDATE summary_posts SET status = 'sent?' WHERE month = ?").run(key.month);
    expect(() => listSummaryPosts(store)).toThrow(StoreError);
    expect(() => listSummaryPosts(store)).toThrow(`has a summary ledger row it cannot read (month 2026-10, destination slack:C0WARDS`);
  });

  it('lets exactly one of two connections to the same file claim a month and destination', () => {
    const a = connect();
    const b = connect();
    const first = claimSummaryPost(a, { ...key, instance: 'a', now: t0, leaseMs: 600_000 });
    const second = claimSummaryPost(b, { ...key, instance: 'b', now: t0, leaseMs: 600_000 });
    expect(first).toEqual({ claimed: true, attempt: 1 });
    expect(second).toMatchObject({ claimed: false, reason: 'in-progress' });
    expect(claimSummaryPost(b, { month: '2026-10', destination: 'teams:19:x', instance: 'b', now: t0, leaseMs: 600_000 }).claimed).toBe(true);
  });

  it('never gives out a posted month again, even after the lease would have expired', () => {
    const s = connect();
    claimSummaryPost(s, { ...key, instance: 'a', now: t0, leaseMs: 60_000 });
    expect(settleSummaryPost(s, { ...key, instance: 'a', now: at(1) }, { ok: true, messageRef: '1730538000.000100' })).toBe(true);
    expect(claimSummaryPost(s, { ...key, instance: 'b', now: at(60 * 24 * 40), leaseMs: 60_000 })).toMatchObject({ claimed: false, reason: 'posted' });
    expect(listSummaryPosts(s)).toMatchObject([{ ...key, status: 'posted', attempts: 1, messageRef: '1730538000.000100', postedAt: at(1).toISOString() }]);
  });

  it('makes a failed post claimable again only once its retry time has come', () => {
    const s = connect();
    claimSummaryPost(s, { ...key, instance: 'a', now: t0, leaseMs: 60_000 });
    settleSummaryPost(s, { ...key, instance: 'a', now: t0 }, { ok: false, error: 'HTTP 500', retryAt: at(5) });
    expect(claimSummaryPost(s, { ...key, instance: 'a', now: at(4), leaseMs: 60_000 })).toMatchObject({ claimed: false, reason: 'waiting-retry' });
    expect(claimSummaryPost(s, { ...key, instance: 'b', now: at(5), leaseMs: 60_000 })).toEqual({ claimed: true, attempt: 2 });
    settleSummaryPost(s, { ...key, instance: 'b', now: at(6) }, { ok: false, error: 'HTTP 500 again' });
    expect(listSummaryPosts(s, '2026-10')).toMatchObject([{ status: 'abandoned', attempts: 2, lastError: 'HTTP 500 again' }]);
    expect(claimSummaryPost(s, { ...key, instance: 'c', now: at(600), leaseMs: 60_000 })).toMatchObject({ claimed: false, reason: 'abandoned' });
    // A person can still post it by hand (unsprawl summary --post), once.
    expect(claimSummaryPost(s, { ...key, instance: 'cli', now: at(601), leaseMs: 60_000, manual: true })).toEqual({ claimed: true, attempt: 3 });
    settleSummaryPost(s, { ...key, instance: 'cli', now: at(601) }, { ok: true });
    expect(claimSummaryPost(s, { ...key, instance: 'cli', now: at(602), leaseMs: 60_000, manual: true })).toMatchObject({ claimed: false, reason: 'posted' });
  });

  it('takes over a claim whose process died, and ignores the late settle of the old claimer', () => {
    const s = connect();
    claimSummaryPost(s, { ...key, instance: 'crashed', now: t0, leaseMs: 60_000 });
    expect(claimSummaryPost(s, { ...key, instance: 'b', now: at(2), leaseMs: 60_000 })).toEqual({ claimed: true, attempt: 2 });
    expect(settleSummaryPost(s, { ...key, instance: 'crashed', now: at(3) }, { ok: false, error: 'late' })).toBe(false);
    expect(settleSummaryPost(s, { ...key, instance: 'b', now: at(3) }, { ok: true })).toBe(true);
    expect(listSummaryPosts(s)[0]).toMatchObject({ status: 'posted', claimedBy: 'b' });
  });

  it('keeps the primary key as the last line of defence against a second row', () => {
    const s = connect();
    claimSummaryPost(s, { ...key, instance: 'a', now: t0, leaseMs: 60_000 });
    expect(() =>
      s.db.prepare(`INSERT INTO summary_posts (month, destination, status, attempts, claimed_by, lease_until, created_at, updated_at)
                    VALUES (?, ?, 'claimed', 1, 'rogue', '', '', '')`).run(key.month, key.destination),
    ).toThrow(/UNIQUE constraint failed/);
  });
});
