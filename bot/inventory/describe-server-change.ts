import type { ServerChange } from './diff-estates.js';

/** `SRV-001: cpu_cores 8 -> 12, os Windows 2012 -> Windows 2022`, for a chat reply. */
export function describeServerChange(change: ServerChange): string {
  return `${change.id}: ${change.changes.map((c) => `${c.column} ${c.before} -> ${c.after}`).join(', ')}`;
}
