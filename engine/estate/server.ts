import { z } from 'zod';
import { poundsToPence } from '../money.js';

/**
 * One server of the estate, in the canonical CSV columns of DESIGN.md. The schema is the single
 * source of the type: loaders hand it a row of raw values (empty cells already removed) and get
 * a `Server` back, or zod issues that name the column.
 *
 * Defaults (documented in docs/data-formats.md):
 * - kind physical, service "Unassigned", site "Main", environment production, criticality medium
 * - virtualisable yes, storage 0 GB, annual support £0
 * - cpu_util_p95 / mem_util_p95 unknown: sizing then treats the server "as-is" (100%)
 * - core_perf unknown: estimated from purchase_year (data/core-performance.csv)
 * - power_watts unknown: estimated by the TCO model from cores (see docs/model.md)
 * - rack_units unknown: 1 for physical, 0 for virtual
 */
const percent = z.coerce
  .number({ error: 'expected a number from 0 to 100' })
  .min(0, { error: 'expected a number from 0 to 100' })
  .max(100, { error: 'expected a number from 0 to 100' });

const positive = (what: string) =>
  z.coerce.number({ error: `expected ${what}` }).positive({ error: `expected ${what}` });

const nonNegative = (what: string) =>
  z.coerce.number({ error: `expected ${what}` }).min(0, { error: `expected ${what}` });

const yesNo = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['yes', 'no', 'y', 'n', 'true', 'false'], { error: 'expected yes or no' }))
  .transform((v) => v === 'yes' || v === 'y' || v === 'true');

/** Semicolon- or pipe-separated list in a CSV cell, or an array in JSON. */
const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(/[;|]/)).map((s) => s.trim()).filter((s) => s.length > 0));

export const criticalities = ['low', 'medium', 'high', 'critical'] as const;
export const criticalitySchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(criticalities, { error: 'expected critical, high, medium or low' }));
export type Criticality = z.infer<typeof criticalitySchema>;

/** Rank for "at or above" comparisons (DR for high and above, and so on). */
export function criticalityRank(c: Criticality): number {
  return criticalities.indexOf(c);
}

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD', abort: true })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), { error: 'expected a real calendar date' });

export const serverSchema = z
  .object({
    id: z.coerce.string().trim().min(1, { error: 'expected a server id' }),
    kind: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(['physical', 'virtual'], { error: 'expected physical or virtual' }))
      .default('physical'),
    service: z.string().trim().min(1).default('Unassigned'),
    apps: list.default([]),
    site: z.string().trim().min(1).default('Main'),
    environment: z.string().trim().toLowerCase().min(1).default('production'),
    criticality: criticalitySchema.default('medium'),
    os: z.string().trim().default(''),
    cpu_cores: z.coerce
      .number({ error: 'expected a whole number of cores, 1 or more' })
      .int({ error: 'expected a whole number of cores, 1 or more' })
      .min(1, { error: 'expected a whole number of cores, 1 or more' }),
    cpu_util_p95: percent.optional(),
    core_perf: positive('a relative per-core performance above 0 (1.0 = a 2020 server core)').optional(),
    mem_gb: positive('memory in GB above 0'),
    mem_util_p95: percent.optional(),
    storage_gb: nonNegative('storage in GB, 0 or more').default(0),
    power_watts: nonNegative('power in watts, 0 or more').optional(),
    rack_units: z.coerce
      .number({ error: 'expected a whole number of rack units, 0 or more' })
      .int({ error: 'expected a whole number of rack units, 0 or more' })
      .min(0, { error: 'expected a whole number of rack units, 0 or more' })
      .optional(),
    purchase_year: z.coerce
      .number({ error: 'expected a year such as 2016' })
      .int({ error: 'expected a year such as 2016' })
      .min(1990, { error: 'expected a year from 1990 to 2100' })
      .max(2100, { error: 'expected a year from 1990 to 2100' })
      .optional(),
    warranty_end: isoDate.optional(),
    annual_support_gbp: nonNegative('an amount in pounds, 0 or more').default(0),
    virtualisable: yesNo.default(true),
    not_virtualisable_reason: z.string().trim().optional(),
    anti_affinity: z.string().trim().min(1).optional(),
    /** The organisation (trust) that owns the server, when several share one estate (an ICS). */
    organisation: z.string().trim().min(1).optional(),
  })
  .transform((r) => ({
    id: r.id,
    kind: r.kind,
    service: r.service,
    apps: r.apps,
    site: r.site,
    environment: r.environment,
    criticality: r.criticality,
    os: r.os,
    cpuCores: r.cpu_cores,
    cpuUtilP95: r.cpu_util_p95,
    corePerf: r.core_perf,
    memGb: r.mem_gb,
    memUtilP95: r.mem_util_p95,
    storageGb: r.storage_gb,
    powerWatts: r.power_watts,
    rackUnits: r.rack_units ?? (r.kind === 'physical' ? 1 : 0),
    purchaseYear: r.purchase_year,
    warrantyEnd: r.warranty_end,
    annualSupportPence: poundsToPence(r.annual_support_gbp),
    virtualisable: r.virtualisable,
    notVirtualisableReason: r.not_virtualisable_reason,
    antiAffinity: r.anti_affinity,
    organisation: r.organisation,
  }));

/** A validated server record, as the engine sees it (camelCase, money in pence). */
export type Server = z.output<typeof serverSchema>;
/** A server record as written in a file (canonical snake_case columns). */
export type ServerRow = z.input<typeof serverSchema>;

/** The canonical CSV columns, in file order. */
export const serverColumns = [
  'id', 'kind', 'service', 'apps', 'site', 'environment', 'criticality', 'os',
  'cpu_cores', 'cpu_util_p95', 'core_perf', 'mem_gb', 'mem_util_p95', 'storage_gb',
  'power_watts', 'rack_units', 'purchase_year', 'warranty_end', 'annual_support_gbp',
  'virtualisable', 'not_virtualisable_reason', 'anti_affinity', 'organisation',
] as const;
