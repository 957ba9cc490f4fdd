import type { HistoryStore } from '../open-store.js';

/**
 * True while the store holds nothing but the bundled sample history (or nothing at all). The
 * first real inventory then replaces the sample, so a trust's own history never mixes with it.
 */
export function holdsOnlySampleHistory(store: HistoryStore): boolean {
  return store.db.prepare("SELECT 1 FROM estate_snapshots WHERE imported_by <> 'seed' LIMIT 1").get() === undefined;
}
