import { z } from 'zod';

/**
 * One row of data/core-performance.csv: how fast a server core bought in a given year is,
 * relative to a 2020 server core (1.0), used when a server's own core_perf is unknown.
 */
export const corePerformanceRowSchema = z
  .object({
    purchase_year: z.coerce
      .number({ error: 'expected a year such as 2016' })
      .int({ error: 'expected a year such as 2016' })
      .min(1990, { error: 'expected a year from 1990 to 2100' })
      .max(2100, { error: 'expected a year from 1990 to 2100' }),
    core_perf: z.coerce
      .number({ error: 'expected a relative per-core performance above 0' })
      .positive({ error: 'expected a relative per-core performance above 0' }),
    cpu_generation: z.string().trim().default(''),
    source: z.string().trim().min(1, { error: 'every row needs a source' }),
  })
  .transform((r) => ({ year: r.purchase_year, corePerf: r.core_perf, cpuGeneration: r.cpu_generation, source: r.source }));

export type CorePerformanceRow = z.output<typeof corePerformanceRowSchema>;

/** Rows in ascending year, one per year (the loader checks both). */
export type CorePerformanceTable = readonly CorePerformanceRow[];
