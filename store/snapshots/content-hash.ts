import { createHash } from 'node:crypto';
import type { ServerRow } from '../../engine/estate/server.js';

/** SHA-256 of the rows in id order: the same inventory gives the same hash whatever the file order. */
export function contentHash(rows: readonly ServerRow[]): string {
  const ordered = [...rows].sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(ordered)).digest('hex');
}
