import type { DrOptions } from '../engine/dr/dr-options.js';
import { drOptionsTable } from '../reports/format/dr-options-table.js';
import { textTable } from './text-table.js';

/** The DR options as the CLI prints them (`plan --dr-options`, `tco --compare`): headline, table, notes. */
export function drOptionsText(d: DrOptions): string {
  const t = drOptionsTable(d);
  return [t.title, '', t.headline, '', textTable(t.columns, t.rows, 2), ...t.notes, ...(d.recycling ? [`Recycled servers as hosts: ${d.recycling}.`] : [])].join('\n');
}
