import type { HistoryStore } from '../open-store.js';
import { summaryPostSchema, type SummaryPost } from './summary-post.js';

/** Ledger rows, newest month first (optionally one month only). */
export function listSummaryPosts(store: HistoryStore, month?: string): SummaryPost[] {
  const rows = month === undefined
    ? store.db.prepare('SELECT * FROM summary_posts ORDER BY month DESC, destination').all()
    : store.db.prepare('SELECT * FROM summary_posts WHERE month = ? ORDER BY destination').all(month);
  return rows.map((r) => summaryPostSchema.parse(r));
}
