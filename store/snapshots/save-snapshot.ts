import { z } from 'zod';
import { isCalendarDate } from '../../engine/estate/is-calendar-date.js';
import type { Estate } from '../../engine/estate/estate.js';
import { serverSchema, type ServerRow } from '../../engine/estate/server.js';
import { InputError } from '../../engine/errors.js';
import type { HistoryStore } from '../open-store.js';
import { contentHash } from './content-hash.js';
import { serverToRow } from './server-to-row.js';
import { snapshotColumns, snapshotInfoSchema, type SnapshotInfo } from './snapshot-info.js';

export const asOfSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' })
  .refine(isCalendarDate, { error: 'expected a real calendar date' });

export interface SaveSnapshotInput {
  estate: Estate;
  /** The date the inventory describes (YYYY-MM-DD); one snapshot per date. */
  asOf: string;
  /** Who imported it: a CLI user name, `slack:U123`, `seed`. */
  importedBy: string;
  now: Date;
  /** Replace a different snapshot already stored for the same date (otherwise refused). */
  replace?: boolean;
  /** Remove the bundled sample history (snapshots imported by `seed`) in the same transaction: a trust's first own import. */
  dropSeeded?: boolean;
}

export interface SaveSnapshotResult {
  outcome: 'stored' | 'unchanged' | 'replaced';
  snapshot: SnapshotInfo;
  /** Sample snapshots removed because `dropSeeded` was set. */
  droppedSeeded: number;
}

/**
 * Stores a validated estate as the snapshot for `asOf`, all in one transaction: either every
 * server row is written (and any replaced snapshot removed) or nothing changes. Saving the same
 * content again is a no-op, which makes seeding and re-running an import idempotent.
 *
 * @example saveSnapshot(store, { estate, asOf: '2026-10-31', importedBy: 'cli', now: new Date() })
 */
export function saveSnapshot(store: HistoryStore, input: SaveSnapshotInput): SaveSnapshotResult {
  const asOf = asOfSchema.safeParse(input.asOf);
  if (!asOf.success) {
    throw new InputError([{ file: input.estate.source, column: 'as_of', message: `${asOf.error.issues[0]?.message ?? 'invalid date'}, got "${input.asOf}"` }]);
  }
  const rows = checkedRows(input.estate);
  const hash = contentHash(rows);
  const { db } = store;
  const write = db.transaction((): SaveSnapshotResult => {
    const droppedSeeded = input.dropSeeded ? db.prepare("DELETE FROM estate_snapshots WHERE imported_by = 'seed'").run().changes : 0;
    const existing = db.prepare(`SELECT ${snapshotColumns} FROM estate_snapshots WHERE as_of = ?`).get(input.asOf);
    let outcome: SaveSnapshotResult['outcome'] = 'stored';
    if (existing) {
      const info = snapshotInfoSchema.parse(existing);
      if (info.contentHash === hash) return { outcome: 'unchanged', snapshot: info, droppedSeeded };
      if (!input.replace) {
        throw new InputError([{
          file: input.estate.source,
          message: `a different snapshot as of ${input.asOf} is already stored (${info.serverCount} servers from ${info.source}); import with --replace to overwrite it`,
        }]);
      }
      db.prepare('DELETE FROM estate_snapshots WHERE id = ?').run(info.id);
      outcome = 'replaced';
    }
    const { lastInsertRowid } = db
      .prepare(`INSERT INTO estate_snapshots (as_of, month, source, server_count, content_hash, imported_at, imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(input.asOf, input.asOf.slice(0, 7), input.estate.source, rows.length, hash, input.now.toISOString(), input.importedBy);
    const insertServer = db.prepare('INSERT INTO snapshot_servers (snapshot_id, position, server_id, row_json) VALUES (?, ?, ?, ?)');
    rows.forEach((row, position) => insertServer.run(lastInsertRowid, position, row.id, JSON.stringify(row)));
    const stored = db.prepare(`SELECT ${snapshotColumns} FROM estate_snapshots WHERE id = ?`).get(lastInsertRowid);
    return { outcome, snapshot: snapshotInfoSchema.parse(stored), droppedSeeded };
  });
  return write.immediate();
}

/** Rows in canonical form, re-validated so nothing the loader let through unchecked is stored. */
function checkedRows(estate: Estate): ServerRow[] {
  const problems: { file: string; row: number; column?: string; message: string }[] = [];
  const seen = new Set<string>();
  const rows = estate.servers.map((server, i) => {
    const row = serverToRow(server);
    const parsed = serverSchema.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: estate.source, row: i + 2, column: issue.path.join('.'), message: issue.message });
      }
    }
    if (seen.has(server.id)) problems.push({ file: estate.source, row: i + 2, column: 'id', message: `duplicate server id "${server.id}"` });
    seen.add(server.id);
    return row;
  });
  if (problems.length > 0) throw new InputError(problems);
  return rows;
}
