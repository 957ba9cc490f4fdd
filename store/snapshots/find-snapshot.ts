import type { HistoryStore } from '../open-store.js';
import { snapshotColumns, snapshotInfoSchema, type SnapshotInfo } from './snapshot-info.js';

export type SnapshotQuery =
  /** The month's snapshot: the latest one dated within the month (YYYY-MM). */
  | { month: string }
  /** The snapshot for exactly this date (YYYY-MM-DD). */
  | { asOf: string }
  /** The latest snapshot dated strictly before this date (YYYY-MM-DD): "the previous one". */
  | { before: string }
  | { latest: true };

/**
 * Finds one snapshot header, or undefined when there is none.
 *
 * @example findSnapshot(store, { month: '2026-10' }) // -> { asOf: '2026-10-31', ... }
 */
export function findSnapshot(store: HistoryStore, query: SnapshotQuery): SnapshotInfo | undefined {
  const [where, param] =
    'month' in query ? ['month = ?', query.month]
    : 'asOf' in query ? ['as_of = ?', query.asOf]
    : 'before' in query ? ['as_of < ?', query.before]
    : ['1 = ?', 1];
  const row = store.db.prepare(`SELECT ${snapshotColumns} FROM estate_snapshots WHERE ${where} ORDER BY as_of DESC LIMIT 1`).get(param);
  return row === undefined ? undefined : snapshotInfoSchema.parse(row);
}
