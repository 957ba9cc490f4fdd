import type { InputTableRow } from '../input-table.js';

/** Finds a sheet's column by any of its RVTools names, case-insensitively (4.x says MiB, older exports MB). */
export type ColumnFinder = (names: readonly string[]) => string | undefined;

export function rvtoolsColumnFinder(header: readonly string[]): ColumnFinder {
  const byLower = new Map(header.map((h) => [h.toLowerCase(), h]));
  return (names) => {
    for (const n of names) {
      const found = byLower.get(n.toLowerCase());
      if (found) return found;
    }
    return undefined;
  };
}

/**
 * A number as RVTools or Excel writes it ("1,200", "23 %", 2600), or undefined for an empty or
 * non-numeric cell: usage figures are advisory, so a bad one is skipped rather than fatal.
 */
export function rvtoolsNumber(r: InputTableRow, column: string | undefined): number | undefined {
  if (column === undefined) return undefined;
  const text = r.cells[column];
  if (text === undefined) return undefined;
  const value = Number(text.replace(/[,%\s]/g, ''));
  return Number.isFinite(value) ? value : undefined;
}
