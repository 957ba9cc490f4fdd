import type { Estate } from '../../engine/estate/estate.js';
import type { Server } from '../../engine/estate/server.js';

export interface ServerChange {
  id: string;
  /** The Server fields that differ (camelCase, as the engine names them). */
  fields: string[];
}

export interface EstateChanges {
  added: string[];
  removed: string[];
  changed: ServerChange[];
  before: number;
  after: number;
}

function changedFields(before: Server, after: Server): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof Server)[]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}

/**
 * What an uploaded inventory changes compared with the estate it replaces, matched on server
 * id: servers added, removed, and changed (with the fields that moved). Lists are sorted so the
 * reply reads the same every time.
 */
export function diffEstates(before: Estate, after: Estate): EstateChanges {
  const old = new Map(before.servers.map((s) => [s.id, s]));
  const next = new Map(after.servers.map((s) => [s.id, s]));
  const added = [...next.keys()].filter((id) => !old.has(id)).sort();
  const removed = [...old.keys()].filter((id) => !next.has(id)).sort();
  const changed: ServerChange[] = [];
  for (const [id, server] of next) {
    const previous = old.get(id);
    if (previous === undefined) continue;
    const fields = changedFields(previous, server);
    if (fields.length > 0) changed.push({ id, fields });
  }
  changed.sort((a, b) => a.id.localeCompare(b.id));
  return { added, removed, changed, before: before.servers.length, after: after.servers.length };
}
