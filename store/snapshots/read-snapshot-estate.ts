import { z } from 'zod';
import type { Estate } from '../../engine/estate/estate.js';
import { serverSchema } from '../../engine/estate/server.js';
import { InputError, type InputProblem } from '../../engine/errors.js';
import { describeValue } from '../../engine/io/validate-rows.js';
import type { HistoryStore } from '../open-store.js';
import type { SnapshotInfo } from './snapshot-info.js';

const storedRowSchema = z.object({ server_id: z.string(), row_json: z.string() });

/**
 * The estate a snapshot holds, re-validated with the same schema the file loaders use, so a
 * store edited by hand (or written by an older version that let 1e308 through) is refused with
 * the snapshot's date and the value found, never trusted and never a crash further on.
 */
export function readSnapshotEstate(store: HistoryStore, info: SnapshotInfo): Estate {
  const label = `history snapshot ${info.asOf}`;
  const rows = store.db.prepare('SELECT server_id, row_json FROM snapshot_servers WHERE snapshot_id = ? ORDER BY position').all(info.id);
  const problems: InputProblem[] = [];
  const servers = rows.flatMap((raw, i) => {
    const stored = storedRowSchema.safeParse(raw);
    const values = stored.success ? parseJson(stored.data.row_json) : undefined;
    if (values === null || typeof values !== 'object') {
      problems.push({ file: label, row: i + 2, message: 'expected a stored server record, found an unreadable row: restore the store from a backup, or import this date again with --replace' });
      return [];
    }
    const parsed = serverSchema.safeParse(values);
    if (parsed.success) return [parsed.data];
    problems.push(...parsed.error.issues.map((issue) => {
      const column = issue.path.join('.');
      return { file: label, row: i + 2, column, message: `${issue.message}, ${describeValue((values as Record<string, unknown>)[column])}; import this date again with --replace` };
    }));
    return [];
  });
  if (rows.length !== info.serverCount) problems.push({ file: label, message: `expected ${info.serverCount} servers, found ${rows.length}` });
  if (problems.length > 0) throw new InputError(problems);
  return { servers, asOf: info.asOf, source: `${info.source} (snapshot ${info.asOf})` };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
