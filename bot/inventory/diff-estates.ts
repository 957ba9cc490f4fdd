import type { Estate } from '../../engine/estate/estate.js';
import type { Server } from '../../engine/estate/server.js';
import { formatMoney } from '../../reports/format/numbers.js';

/** One value that moved, named by its inventory column (as people wrote it), old -> new. */
export interface FieldChange {
  column: string;
  before: string;
  after: string;
}

export interface ServerChange {
  id: string;
  changes: FieldChange[];
}

export interface EstateChanges {
  added: string[];
  removed: string[];
  changed: ServerChange[];
  before: number;
  after: number;
}

/** The engine's camelCase field as the inventory's column: cpuCores -> cpu_cores; money back in pounds. */
function columnOf(field: keyof Server): string {
  if (field === 'annualSupportPence') return 'annual_support_gbp';
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function shown(field: keyof Server, value: unknown): string {
  if (value === undefined || value === null || value === '') return '(blank)';
  if (field === 'annualSupportPence' && typeof value === 'number') return formatMoney(value as Parameters<typeof formatMoney>[0]);
  if (Array.isArray(value)) return value.length === 0 ? '(blank)' : value.join('; ');
  return String(value);
}

function changesOf(before: Server, after: Server): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)] as (keyof Server)[])];
  return keys
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => ({ column: columnOf(key), before: shown(key, before[key]), after: shown(key, after[key]) }))
    .sort((a, b) => a.column.localeCompare(b.column));
}

/**
 * What an uploaded inventory changes compared with the estate it replaces, matched on server
 * id: servers added, removed, and changed (each moved value by its column, old -> new). Lists are
 * sorted so the reply reads the same every time.
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
    const changes = changesOf(previous, server);
    if (changes.length > 0) changed.push({ id, changes });
  }
  changed.sort((a, b) => a.id.localeCompare(b.id));
  return { added, removed, changed, before: before.servers.length, after: after.servers.length };
}
