import type { HistoryStore } from '../open-store.js';
import { StoreError } from '../store-error.js';
import { summaryPostSchema, type SummaryPost } from './summary-post.js';

/** Ledger rows, newest month first (optionally one month only). A row edited into nonsense is a StoreError naming it, not a crash. */
export function listSummaryPosts(store: HistoryStore, month?: string): SummaryPost[] {
  const rows = month === undefined
    ? store.db.prepare('SELECT * FROM summary_posts ORDER BY month DESC, destination').all()
    : store.db.prepare('SELECT * FROM summary_posts WHERE month = ? ORDER BY destination').all(month);
  return rows.map((r) => {
    const parsed = summaryPostSchema.safeParse(r);
    if (parsed.success) return parsed.data;
    const { month: m, destination } = r as { month?: unknown; destination?: unknown };
    throw new StoreError('damaged', store.path, `the history store ${store.path} has a summary ledger row it cannot read (month ${String(m)}, destination ${String(destination)}: ${parsed.error.issues[0]?.message ?? 'invalid'}); restore it from a backup`);
  });
}
