import type { HistoryStore } from '../open-store.js';
import { snapshotColumns, snapshotInfoSchema, type SnapshotInfo } from './snapshot-info.js';

/** Every stored snapshot header, oldest first (optionally only those up to a date). */
export function listSnapshots(store: HistoryStore, upTo?: string): SnapshotInfo[] {
  const rows = upTo === undefined
    ? store.db.prepare(`SELECT ${snapshotColumns} FROM estate_snapshots ORDER BY as_of`).all()
    : store.db.prepare(`SELECT ${snapshotColumns} FROM estate_snapshots WHERE as_of <= ? ORDER BY as_of`).all(upTo);
  return rows.map((r) => snapshotInfoSchema.parse(r));
}
