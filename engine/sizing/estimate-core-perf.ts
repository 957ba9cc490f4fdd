import type { CorePerformanceTable } from './core-performance-table.js';

/**
 * Relative per-core performance of a server bought in `year`: the table's value for that year,
 * linear between listed years, and the nearest end of the table outside its range (an older
 * server is not assumed slower than the oldest generation listed).
 *
 * @example estimateCorePerf(2016, table) // 0.75 with the bundled table
 */
export function estimateCorePerf(year: number, table: CorePerformanceTable): number {
  const first = table[0];
  const last = table[table.length - 1];
  if (!first || !last) throw new RangeError('core performance table is empty');
  if (year <= first.year) return first.corePerf;
  if (year >= last.year) return last.corePerf;
  const upper = table.findIndex((r) => r.year >= year);
  const hi = table[upper]!;
  const lo = table[upper - 1]!;
  if (hi.year === year) return hi.corePerf;
  return lo.corePerf + ((hi.corePerf - lo.corePerf) * (year - lo.year)) / (hi.year - lo.year);
}
