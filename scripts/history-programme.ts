import type { CanonicalRow } from '../engine/io/format-canonical-csv.js';
import { createPrng, type Prng } from './sample-trust/prng.js';

/**
 * The sample trust's consolidation programme, month by month, as inventory snapshots: the
 * story the monthly summary tells on a fresh install. Pure and seeded: the same estate and
 * seed give the same snapshots byte for byte (scripts/history-generate.ts writes them).
 *
 * From the first snapshot on, virtualisation hosts are listed as physical servers (a hypervisor
 * in `os`) carrying their own power and support, and their VMs carry none, so nothing is counted
 * twice. (data/estate.csv, an April inventory, instead spreads the three legacy hosts over their VMs.)
 */
export const HISTORY_SEED = 20260501;

export interface MonthPlan {
  month: string;
  asOf: string;
  /** Physical servers moved onto the new cluster (P2V) this month. */
  virtualise: number;
  /** Idle and zombie servers switched off without migration. */
  retireIdle: number;
  /** New workloads that arrived this month. */
  added: readonly NewWorkload[];
  /** Legacy cluster: its VMs move to the new hosts, then its hosts are switched off. */
  legacy?: 'migrate-vms' | 'retire-hosts';
  /** The new cluster's hosts are installed this month. */
  buildCluster?: true;
}

interface NewWorkload {
  id: string;
  service: string;
  apps: string;
  kind: 'virtual' | 'physical';
  criticality: string;
  os: string;
  cores: number;
  memGb: number;
  util: number;
  storageGb: number;
  reason?: string;
}

/** What actually happened (the approved plan, in approved-plan.json, said a little more). */
export const programme: readonly MonthPlan[] = [
  // The baseline: the April inventory before the programme started.
  { month: '2026-04', asOf: '2026-04-30', virtualise: 0, retireIdle: 0, added: [] },
  { month: '2026-05', asOf: '2026-05-29', virtualise: 0, retireIdle: 2, buildCluster: true, added: [
    { id: 'MDC-MAT-VM21', service: 'Maternity', apps: 'Maternity badger notes interface', kind: 'virtual', criticality: 'high', os: 'Windows Server 2022', cores: 4, memGb: 16, util: 18, storageGb: 200 },
  ] },
  { month: '2026-06', asOf: '2026-06-30', virtualise: 10, retireIdle: 3, added: [
    { id: 'MDC-BI-VM21', service: 'Information and BI', apps: 'Urgent and emergency care dashboard', kind: 'virtual', criticality: 'medium', os: 'Windows Server 2022', cores: 4, memGb: 32, util: 22, storageGb: 500 },
  ] },
  // A change freeze around the EPR upgrade slowed July.
  { month: '2026-07', asOf: '2026-07-31', virtualise: 6, retireIdle: 2, added: [
    { id: 'MDC-PATH-APL01', service: 'Pathology LIMS', apps: 'Blood gas analyser middleware', kind: 'physical', criticality: 'high', os: 'Windows Server 2022', cores: 8, memGb: 32, util: 9, storageGb: 480, reason: 'Vendor-supplied appliance with analyser serial interfaces' },
  ] },
  { month: '2026-08', asOf: '2026-08-28', virtualise: 14, retireIdle: 3, legacy: 'migrate-vms', added: [
    { id: 'MDC-HR-VM21', service: 'HR', apps: 'E-rostering integration', kind: 'virtual', criticality: 'medium', os: 'Windows Server 2022', cores: 2, memGb: 8, util: 15, storageGb: 100 },
    { id: 'MDC-INF-VM21', service: 'Infrastructure management', apps: 'Patch management', kind: 'virtual', criticality: 'medium', os: 'Windows Server 2022', cores: 4, memGb: 16, util: 12, storageGb: 300 },
  ] },
  { month: '2026-09', asOf: '2026-09-30', virtualise: 15, retireIdle: 2, legacy: 'retire-hosts', added: [
    { id: 'MDC-PHRM-VM21', service: 'Pharmacy', apps: 'Closed-loop medicines administration gateway', kind: 'virtual', criticality: 'high', os: 'Windows Server 2022', cores: 4, memGb: 16, util: 20, storageGb: 200 },
  ] },
  { month: '2026-10', asOf: '2026-10-30', virtualise: 16, retireIdle: 3, added: [
    { id: 'MDC-INT-VM21', service: 'Intranet', apps: 'Staff app backend', kind: 'virtual', criticality: 'low', os: 'Ubuntu 22.04 LTS', cores: 2, memGb: 8, util: 10, storageGb: 100 },
  ] },
];

/** The new cluster, built in May: four 2-socket 24-core hosts (PowerEdge R760 in data/hosts.csv). */
export const NEW_CLUSTER = { hosts: 4, prefix: 'MDC-VMH-', cores: 48, corePerf: 1.5, memGb: 1024, wattsIdle: 240, wattsMax: 1050, supportGbp: 2100, rackUnits: 2, warrantyEnd: '2031-05-15' } as const;
const LEGACY = { hosts: 3, prefix: 'MDC-VMH-LEG', cores: 24, corePerf: 0.7, memGb: 384, watts: 380, supportGbp: 1100, year: 2014, warrantyEnd: '2019-05-31' } as const;

export interface HistorySnapshot {
  asOf: string;
  rows: CanonicalRow[];
}

/** Every monthly snapshot, oldest first, derived from the April inventory (data/estate.csv rows). */
export function generateHistory(april: readonly CanonicalRow[], seed: number = HISTORY_SEED): HistorySnapshot[] {
  const prng = createPrng(seed);
  let rows = april.map((r) => (r.kind === 'virtual' ? { ...r, power_watts: 0, annual_support_gbp: 0 } : { ...r }));
  rows.push(...legacyHosts());
  const legacyVms = new Set(rows.filter((r) => r.kind === 'virtual').map((r) => String(r.id)));
  const snapshots: HistorySnapshot[] = [];
  let legacyMigrated = false;
  for (const step of programme) {
    if (step.buildCluster) rows.push(...newHosts());
    rows = retireIdle(rows, step.retireIdle, prng);
    rows = virtualise(rows, step.virtualise, prng);
    if (step.legacy === 'migrate-vms') {
      legacyMigrated = true;
      rows = rows.map((r) => (legacyVms.has(String(r.id)) ? { ...r, core_perf: NEW_CLUSTER.corePerf } : r));
    }
    if (step.legacy === 'retire-hosts') rows = rows.filter((r) => !String(r.id).startsWith(LEGACY.prefix));
    rows.push(...step.added.map(newWorkloadRow));
    rows = loadHosts(rows, legacyMigrated ? new Set() : legacyVms);
    snapshots.push({ asOf: step.asOf, rows: rows.map((r) => ({ ...r })) });
  }
  return snapshots;
}

function legacyHosts(): CanonicalRow[] {
  return Array.from({ length: LEGACY.hosts }, (_, i) => ({
    id: `${LEGACY.prefix}0${i + 1}`, kind: 'physical', service: 'Virtualisation platform', apps: 'Legacy vSphere cluster',
    site: 'Main DC', environment: 'production', criticality: 'critical', os: 'VMware ESXi 6.5',
    cpu_cores: LEGACY.cores, cpu_util_p95: 35, core_perf: LEGACY.corePerf, mem_gb: LEGACY.memGb, mem_util_p95: 70, storage_gb: 0,
    power_watts: LEGACY.watts, rack_units: 2, purchase_year: LEGACY.year, warranty_end: LEGACY.warrantyEnd,
    annual_support_gbp: LEGACY.supportGbp, virtualisable: 'no', not_virtualisable_reason: 'Virtualisation host (runs VMs)',
  }));
}

function newHosts(): CanonicalRow[] {
  return Array.from({ length: NEW_CLUSTER.hosts }, (_, i) => ({
    id: `${NEW_CLUSTER.prefix}0${i + 1}`, kind: 'physical', service: 'Virtualisation platform', apps: 'Consolidation cluster',
    site: 'Main DC', environment: 'production', criticality: 'critical', os: 'VMware ESXi 8.0 U3',
    cpu_cores: NEW_CLUSTER.cores, cpu_util_p95: 5, core_perf: NEW_CLUSTER.corePerf, mem_gb: NEW_CLUSTER.memGb, mem_util_p95: 5, storage_gb: 15360,
    power_watts: NEW_CLUSTER.wattsIdle, rack_units: NEW_CLUSTER.rackUnits, purchase_year: 2026, warranty_end: NEW_CLUSTER.warrantyEnd,
    annual_support_gbp: NEW_CLUSTER.supportGbp, virtualisable: 'no', not_virtualisable_reason: 'Virtualisation host (runs VMs)',
    anti_affinity: undefined,
  }));
}

const isHost = (r: CanonicalRow) => r.service === 'Virtualisation platform';
const num = (v: CanonicalRow[keyof CanonicalRow], fallback = 0) => (v === undefined || v === '' ? fallback : Number(v));

/**
 * Switch-off candidates go first: physical, not critical, not a host, p95 CPU and memory within
 * the default idle thresholds (retire.idleCpuPercent 5, retire.idleMemPercent 20), quietest
 * network first, so the summary can show candidates being switched off.
 */
function retireIdle(rows: CanonicalRow[], count: number, prng: Prng): CanonicalRow[] {
  const candidates = rows
    .filter((r) => r.kind === 'physical' && !isHost(r) && r.criticality !== 'critical' && num(r.cpu_util_p95, 100) <= 5 && num(r.mem_util_p95, 100) <= 20)
    .sort((a, b) => num(a.net_kbps_p95, Infinity) - num(b.net_kbps_p95, Infinity) || String(a.id).localeCompare(String(b.id)));
  const chosen = new Set(pickSome(candidates, count, prng).map((r) => r.id));
  return rows.filter((r) => !chosen.has(r.id));
}

/** Oldest virtualisable Main DC servers are migrated first, right-sized onto the new hosts. */
function virtualise(rows: CanonicalRow[], count: number, prng: Prng): CanonicalRow[] {
  const candidates = rows
    .filter((r) => r.kind === 'physical' && !isHost(r) && r.virtualisable === 'yes' && r.site === 'Main DC')
    .sort((a, b) => num(a.purchase_year) - num(b.purchase_year) || String(a.id).localeCompare(String(b.id)));
  const chosen = new Set(pickSome(candidates.slice(0, count * 2), count, prng).map((r) => r.id));
  return rows.map((r) => (chosen.has(r.id) ? toVirtual(r) : r));
}

function pickSome<T>(items: readonly T[], count: number, prng: Prng): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(prng.next() * pool.length), 1)[0]!);
  return out;
}

/** P2V: same name, vCPUs right-sized to three times the p95 demand, costs moved to the hosts. */
function toVirtual(r: CanonicalRow): CanonicalRow {
  const cores = num(r.cpu_cores, 1);
  const demand = (cores * num(r.cpu_util_p95, 100)) / 100 * num(r.core_perf, 1);
  const vcpus = Math.min(cores, Math.max(2, 2 * Math.ceil((demand * 3) / NEW_CLUSTER.corePerf / 2)));
  return {
    ...r, kind: 'virtual', cpu_cores: vcpus, core_perf: NEW_CLUSTER.corePerf,
    cpu_util_p95: Math.min(90, Math.round(((demand / (vcpus * NEW_CLUSTER.corePerf)) * 100) * 10) / 10),
    power_watts: 0, rack_units: 0, purchase_year: 2026, warranty_end: NEW_CLUSTER.warrantyEnd, annual_support_gbp: 0,
  };
}

function newWorkloadRow(w: NewWorkload): CanonicalRow {
  const virtual = w.kind === 'virtual';
  return {
    id: w.id, kind: w.kind, service: w.service, apps: w.apps, site: 'Main DC', environment: 'production', criticality: w.criticality,
    os: w.os, cpu_cores: w.cores, cpu_util_p95: w.util, core_perf: virtual ? NEW_CLUSTER.corePerf : 1.3, mem_gb: w.memGb, mem_util_p95: 60,
    storage_gb: w.storageGb, power_watts: virtual ? 0 : 210, rack_units: virtual ? 0 : 1, purchase_year: 2026,
    warranty_end: virtual ? NEW_CLUSTER.warrantyEnd : '2031-07-10', annual_support_gbp: virtual ? 0 : 150,
    virtualisable: w.reason ? 'no' : 'yes', not_virtualisable_reason: w.reason,
  };
}

/**
 * Host utilisation and power follow the VMs placed on them: CPU p95 from the VMs' demand spread
 * evenly, watts = idle + utilisation x (max - idle) (the Cloud Carbon Footprint method).
 */
function loadHosts(rows: CanonicalRow[], onLegacy: ReadonlySet<string>): CanonicalRow[] {
  const onNew = rows.filter((r) => r.kind === 'virtual' && !onLegacy.has(String(r.id)));
  const demand = onNew.reduce((s, r) => s + (num(r.cpu_cores, 1) * num(r.cpu_util_p95, 100)) / 100 * num(r.core_perf, 1), 0);
  const memory = onNew.reduce((s, r) => s + num(r.mem_gb, 0), 0);
  const cpuUtil = Math.min(90, Math.max(3, Math.round((demand / (NEW_CLUSTER.hosts * NEW_CLUSTER.cores * NEW_CLUSTER.corePerf)) * 1000) / 10));
  const memUtil = Math.min(90, Math.max(3, Math.round((memory / (NEW_CLUSTER.hosts * NEW_CLUSTER.memGb)) * 1000) / 10));
  const watts = Math.round((NEW_CLUSTER.wattsIdle + (cpuUtil / 100) * (NEW_CLUSTER.wattsMax - NEW_CLUSTER.wattsIdle)) / 5) * 5;
  return rows.map((r) => (String(r.id).startsWith(NEW_CLUSTER.prefix) && !String(r.id).startsWith(LEGACY.prefix)
    ? { ...r, cpu_util_p95: cpuUtil, mem_util_p95: memUtil, power_watts: watts }
    : r));
}
