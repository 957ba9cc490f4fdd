/**
 * What the estate's activity signals say about each server: keep and move it, or switch it off
 * instead (issue 22). Types only; classifyServers (classify-servers.ts) builds a review.
 */

/** The estate columns a review reads, by their canonical names (docs/data-formats.md). */
export const activitySignals = ['cpu_util_p95', 'mem_util_p95', 'net_kbps_p95', 'disk_iops_p95', 'last_logon', 'last_change', 'owner'] as const;
export type ActivitySignal = (typeof activitySignals)[number];

/**
 * How busy a server is, in Azure Migrate's buckets: `active`; `idle`, low CPU and memory but
 * some sign of use; `zombie`, near zero on every signal recorded; `unknown` when CPU or memory
 * utilisation is not measured over a period (a one-instant RVTools snapshot cannot show idleness).
 */
export type Activity = 'active' | 'idle' | 'zombie' | 'unknown';

/**
 * Why a server is flagged: idle or zombie (switch-off candidates), orphaned (no owner or no
 * service: ask before anything else), or duplicate-apps (an application that also runs on other
 * servers in the same environment: a rationalisation candidate).
 */
export type RetirementClass = 'idle' | 'zombie' | 'orphaned' | 'duplicate-apps';

/** One observation behind a flag: the signal, what the server records, and the test it met. */
export interface Evidence {
  /** Canonical column, e.g. `cpu_util_p95`, `owner`, `service`, `apps`. */
  signal: string;
  value: number | string;
  /** The test the value met, in words with its figure, e.g. `<= 5` or `older than 90 days`. */
  threshold: string;
  /** The assumption the threshold comes from (data/assumptions.json), when there is one. */
  key?: string;
}

export interface ServerReview {
  workload: string;
  activity: Activity;
  /** Every class the server falls in, in the order idle/zombie, orphaned, duplicate-apps. */
  classes: RetirementClass[];
  evidence: Evidence[];
  /** Signals the estate does not record for this server (CPU and memory snapshots count as missing). */
  missingSignals: ActivitySignal[];
}

/** An application run more than once in one environment: by several services, or in several versions side by side. */
export interface DuplicateApplication {
  app: string;
  environment: string;
  servers: string[];
}

export interface RetirementReview {
  /** The date last_logon and last_change are aged against (YYYY-MM-DD). */
  asOf: string;
  /** Every server reviewed, in estate order. */
  servers: ServerReview[];
  counts: Record<Activity | Exclude<RetirementClass, 'idle' | 'zombie'>, number>;
  duplicates: DuplicateApplication[];
  /** For each signal, how many servers lack it; signals every server records are left out. */
  missingSignals: { signal: ActivitySignal; servers: number }[];
}

/** What a scenario switches off instead of moving: nothing, the zombies, or the zombies and the idle servers. */
export const retireOptions = ['none', 'zombie', 'idle'] as const;
export type RetireOption = (typeof retireOptions)[number];

/** A server the plan switches off instead of moving, with why. */
export interface RetiredWorkload {
  workload: string;
  class: 'idle' | 'zombie';
  evidence: Evidence[];
}
