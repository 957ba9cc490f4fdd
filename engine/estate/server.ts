import { z } from 'zod';
import { poundsToPence } from '../money.js';
import { isCalendarDate } from './is-calendar-date.js';

/**
 * One server of the estate, in the canonical CSV columns of DESIGN.md. The schema is the single
 * source of the type: loaders hand it a row of raw values (empty cells already removed) and get
 * a `Server` back, or zod issues that name the column.
 *
 * Defaults (documented in docs/data-formats.md):
 * - kind physical, service "Unassigned", site "Main", environment production, criticality medium
 * - virtualisable yes, storage 0 GB
 * - annual_support_gbp blank: not recorded (support.defaultPerServer applies to a physical server);
 *   0 means recorded as nothing (no contract), and is costed as nothing
 * - cpu_util_p95 / mem_util_p95 unknown: sizing then treats the server "as-is" (100%)
 * - core_perf unknown: estimated from purchase_year (data/core-performance.csv)
 * - power_watts unknown: estimated by the TCO model from cores (see docs/model.md)
 * - rack_units unknown: 1 for physical, 0 for virtual
 */
/** Decimal text as a spreadsheet writes it: no hex, no "Infinity", no empty string. */
const decimalText = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A number within a plausible range: a JSON number, or decimal text (CSV and spreadsheet
 * cells). Booleans, arrays, NaN, Infinity and anything outside the range are refused, so a
 * typo such as 1e308 cores or `true` GB is a row error instead of a poisoned history.
 */
function numberIn(expected: string, range: { min: number; max: number; aboveMin?: boolean; integer?: boolean }) {
  return z.unknown().transform((value, ctx) => {
    const n = typeof value === 'number' ? value : typeof value === 'string' && decimalText.test(value.trim()) ? Number(value.trim()) : Number.NaN;
    const inRange = Number.isFinite(n) && (range.aboveMin ? n > range.min : n >= range.min) && n <= range.max && (!range.integer || Number.isInteger(n));
    if (!inRange) {
      ctx.addIssue({ code: 'custom', message: `expected ${expected}` });
      return z.NEVER;
    }
    return n;
  });
}

/**
 * The plausible range of every numeric column (docs/data-formats.md). Wide enough for the
 * largest real servers (a 32-socket host, 64 TB of memory), narrow enough that the money and
 * energy arithmetic downstream stays exact in pence and finite.
 */
export const serverRanges = {
  cpu_cores: { min: 1, max: 4096 },
  percent: { min: 0, max: 100 },
  core_perf: { min: 0, max: 20 },
  mem_gb: { min: 0, max: 65_536 },
  storage_gb: { min: 0, max: 10_000_000 },
  power_watts: { min: 0, max: 50_000 },
  rack_units: { min: 0, max: 60 },
  purchase_year: { min: 1990, max: 2100 },
  annual_support_gbp: { min: 0, max: 10_000_000 },
  net_kbps_p95: { min: 0, max: 100_000_000 },
  disk_iops_p95: { min: 0, max: 10_000_000 },
} as const;

const percent = numberIn('a number from 0 to 100', serverRanges.percent);

/** Free text in a column; a JSON number or boolean here is a mistake worth naming. */
const text = (what: string) => z.string({ error: `expected ${what} as text` }).trim();

/** yes/no text in a cell, or a JSON boolean (the one place JSON booleans are meant). */
const yesNo = z
  .union([z.boolean().transform((b) => (b ? 'yes' : 'no')), z.string()], { error: 'expected yes or no' })
  .transform((v) => v.trim().toLowerCase())
  .pipe(z.enum(['yes', 'no', 'y', 'n', 'true', 'false'], { error: 'expected yes or no' }))
  .transform((v) => v === 'yes' || v === 'y' || v === 'true');

/** Semicolon- or pipe-separated list in a CSV cell, or an array in JSON. */
const list = z
  .union([z.string(), z.array(z.string())], { error: 'expected a list of names (text separated by ; or |, or a JSON array of text)' })
  .transform((v) => (Array.isArray(v) ? v : v.split(/[;|]/)).map((s) => s.trim()).filter((s) => s.length > 0));

export const criticalities = ['low', 'medium', 'high', 'critical'] as const;
export const criticalitySchema = z
  .string({ error: 'expected critical, high, medium or low' })
  .trim()
  .toLowerCase()
  .pipe(z.enum(criticalities, { error: 'expected critical, high, medium or low' }));
export type Criticality = z.infer<typeof criticalitySchema>;

/** Rank for "at or above" comparisons (DR for high and above, and so on). */
export function criticalityRank(c: Criticality): number {
  return criticalities.indexOf(c);
}

const isoDate = z
  .string({ error: 'expected a date as YYYY-MM-DD' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, { error: 'expected a real calendar date' });

export const serverSchema = z
  .object({
    id: z
      .union([z.string(), z.number()], { error: 'expected a server id (text)' })
      .transform((v) => String(v).trim())
      .pipe(z.string().min(1, { error: 'expected a server id' }).max(200, { error: 'expected a server id of at most 200 characters' })),
    kind: text('physical or virtual')
      .toLowerCase()
      .pipe(z.enum(['physical', 'virtual'], { error: 'expected physical or virtual' }))
      .default('physical'),
    service: text('a service name').min(1, { error: 'expected a service name' }).default('Unassigned'),
    apps: list.default([]),
    site: text('a site name').min(1, { error: 'expected a site name' }).default('Main'),
    environment: text('an environment name').toLowerCase().min(1, { error: 'expected an environment name' }).default('production'),
    criticality: criticalitySchema.default('medium'),
    os: text('an operating system name').default(''),
    cpu_cores: numberIn('a whole number of cores from 1 to 4096', { ...serverRanges.cpu_cores, integer: true }),
    cpu_util_p95: percent.optional(),
    core_perf: numberIn('a relative per-core performance above 0 and at most 20 (1.0 = a 2020 server core)', { ...serverRanges.core_perf, aboveMin: true }).optional(),
    mem_gb: numberIn('memory in GB above 0 and at most 65536', { ...serverRanges.mem_gb, aboveMin: true }),
    mem_util_p95: percent.optional(),
    storage_gb: numberIn('storage in GB from 0 to 10000000', serverRanges.storage_gb).default(0),
    power_watts: numberIn('power in watts from 0 to 50000', serverRanges.power_watts).optional(),
    rack_units: numberIn('a whole number of rack units from 0 to 60', { ...serverRanges.rack_units, integer: true }).optional(),
    purchase_year: numberIn('a year from 1990 to 2100', { ...serverRanges.purchase_year, integer: true }).optional(),
    warranty_end: isoDate.optional(),
    annual_support_gbp: numberIn('an amount in pounds from 0 to 10000000', serverRanges.annual_support_gbp).optional(),
    virtualisable: yesNo.default(true),
    not_virtualisable_reason: text('a reason').optional(),
    anti_affinity: text('an anti-affinity group name').min(1, { error: 'expected an anti-affinity group name' }).optional(),
    /** The host and cluster a virtual server runs on today (RVTools vInfo Host and Cluster). */
    host: text('a host name').min(1, { error: 'expected a host name' }).optional(),
    cluster: text('a cluster name').min(1, { error: 'expected a cluster name' }).optional(),
    /**
     * What cpu_util_p95 and mem_util_p95 measure: `p95`, a 95th percentile over a period (the
     * default), or `snapshot`, one instant at export time (RVTools usage columns), which sizing
     * treats with a comfort margin (docs/model.md).
     */
    usage_basis: z.string().trim().toLowerCase().pipe(z.enum(['p95', 'snapshot'], { error: 'expected p95 or snapshot' })).optional(),
    /**
     * Activity signals for finding servers to switch off rather than move (engine/retirement):
     * network throughput and disk IOPS at the 95th percentile, the last interactive logon and the
     * last change to the server (software, configuration or content), and who owns it. Each is
     * optional; a missing one narrows what can be said about the server, never fails the load.
     */
    net_kbps_p95: numberIn('network throughput in kbit/s from 0 to 100000000', serverRanges.net_kbps_p95).optional(),
    disk_iops_p95: numberIn('disk I/O operations per second from 0 to 10000000', serverRanges.disk_iops_p95).optional(),
    last_logon: isoDate.optional(),
    last_change: isoDate.optional(),
    owner: text('an owner').min(1, { error: 'expected an owner' }).optional(),
    /** The organisation (trust) that owns the server, when several share one estate (an ICS). */
    organisation: text('an organisation name').min(1, { error: 'expected an organisation name' }).optional(),
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
    /** Undefined when not recorded; 0 when recorded as nothing. */
    annualSupportPence: r.annual_support_gbp === undefined ? undefined : poundsToPence(r.annual_support_gbp),
    virtualisable: r.virtualisable,
    notVirtualisableReason: r.not_virtualisable_reason,
    antiAffinity: r.anti_affinity,
    currentHost: r.host,
    currentCluster: r.cluster,
    usageBasis: r.usage_basis ?? (r.cpu_util_p95 !== undefined || r.mem_util_p95 !== undefined ? 'p95' : undefined),
    netKbpsP95: r.net_kbps_p95,
    diskIopsP95: r.disk_iops_p95,
    lastLogon: r.last_logon,
    lastChange: r.last_change,
    owner: r.owner,
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
  'virtualisable', 'not_virtualisable_reason', 'anti_affinity', 'host', 'cluster', 'usage_basis',
  'net_kbps_p95', 'disk_iops_p95', 'last_logon', 'last_change', 'owner', 'organisation',
] as const;
