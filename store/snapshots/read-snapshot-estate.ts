import { z } from 'zod';
import type { Estate } from '../../engine/estate/estate.js';
import { serverSchema } from '../../engine/estate/server.js';
import { InputError, type InputProblem } from '../../engine/errors.js';
import type { HistoryStore } from '../open-store.js';
import type { SnapshotInfo } from './snapshot-info.js';

const storedRowSchema = z.object({ server_id: z.string(), row_json: z.string() });

/**
 * The estate a snapshot holds, re-validated with the same schema the file loaders use, so a
 * store edited by hand (or by a buggy older version) is reported, never trusted.
 */
export function readSnapshotEstate(store: HistoryStore, info: SnapshotInfo): Estate {
  const label = `history snapshot ${info.asOf}`;
  const rows = store.db.prepare('SELECT server_id, row_json FROM snapshot_servers WHERE snapshot_id = ? ORDER BY position').all(info.id);
  const problems: InputProblem[] = [];
  const servers = rows.flatMap((raw, i) => {
    const stored = storedRowSchema.parse(raw);
    const parsed = serverSchema.safeParse(parseJson(stored.row_json));
    if (parsed.success) return [parsed.data];
    problems.push(...parsed.error.issues.map((issue) => ({ file: label, row: i + 2, column: issue.path.join('.'), message: issue.message })));
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
