import type { z } from 'zod';
import { InputError } from '../../engine/errors.js';
import type { HistoryStore } from '../open-store.js';

/**
 * A stored conversation reference that failed validation, located by table and key so whoever
 * repairs the store (or removes the row) knows which row to look at. `within` is the column the
 * issues' paths start in, e.g. `reference_json` when a platform's own schema rejected the reference.
 */
export function conversationRefError(
  store: HistoryStore,
  row: { platform: unknown; key: unknown },
  issues: readonly z.core.$ZodIssue[],
  within?: string,
): InputError {
  const where = `conversation_refs (platform ${String(row.platform)}, key ${String(row.key)})`;
  return new InputError(
    issues.map((issue) => {
      const path = [...(within ? [within] : []), ...issue.path.map(String)].join('.');
      return { file: store.path, column: path ? `${where} ${path}` : where, message: issue.message };
    }),
  );
}
