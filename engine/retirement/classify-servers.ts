import type { AssumptionSet } from '../assumptions/assumption-set.js';
import type { Server } from '../estate/server.js';
import { duplicateApplications } from './duplicate-applications.js';
import {
  activitySignals,
  type Activity,
  type ActivitySignal,
  type DuplicateApplication,
  type Evidence,
  type RetirementClass,
  type RetirementReview,
  type ServerReview,
} from './retirement-review.js';

/** The thresholds of data/assumptions.json `retire.*`, read once per review. */
interface Thresholds {
  idleCpu: number;
  idleMem: number;
  zombieCpu: number;
  zombieNet: number;
  zombieDisk: number;
  recentDays: number;
}

function thresholds(assumptions: AssumptionSet): Thresholds {
  return {
    idleCpu: assumptions.get('retire.idleCpuPercent'),
    idleMem: assumptions.get('retire.idleMemPercent'),
    zombieCpu: assumptions.get('retire.zombieCpuPercent'),
    zombieNet: assumptions.get('retire.zombieNetKbps'),
    zombieDisk: assumptions.get('retire.zombieDiskIops'),
    recentDays: assumptions.get('retire.recentActivityDays'),
  };
}

/** Owner cells that record that nobody owns the server. */
const noOwner = /^(none|unknown|n\/?a|tbc|tbd|-+|\?+)$/i;

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** CPU and memory count only as a percentile over a period: one instant at export time cannot show a server is idle. */
function utilisation(server: Server): { cpu?: number; mem?: number } {
  if (server.usageBasis === 'snapshot') return {};
  return { cpu: server.cpuUtilP95, mem: server.memUtilP95 };
}

function missingSignals(server: Server, ownersRecorded: boolean): ActivitySignal[] {
  const { cpu, mem } = utilisation(server);
  const present: Record<ActivitySignal, boolean> = {
    cpu_util_p95: cpu !== undefined,
    mem_util_p95: mem !== undefined,
    net_kbps_p95: server.netKbpsP95 !== undefined,
    disk_iops_p95: server.diskIopsP95 !== undefined,
    last_logon: server.lastLogon !== undefined,
    last_change: server.lastChange !== undefined,
    owner: ownersRecorded,
  };
  return activitySignals.filter((s) => !present[s]);
}

/**
 * Idle: CPU and memory at or below the idle thresholds. Zombie: idle, CPU at or below the zombie
 * threshold, at least one of network and disk recorded and every recorded one near zero, and no
 * logon or change in the last `retire.recentActivityDays`. A server that shows some use stays idle.
 */
function activityOf(server: Server, t: Thresholds, asOf: string): { activity: Activity; evidence: Evidence[] } {
  const { cpu, mem } = utilisation(server);
  if (cpu === undefined || mem === undefined) return { activity: 'unknown', evidence: [] };
  if (cpu > t.idleCpu || mem > t.idleMem) return { activity: 'active', evidence: [] };
  const cpuLow: Evidence = { signal: 'cpu_util_p95', value: cpu, threshold: `<= ${t.idleCpu}%`, key: 'retire.idleCpuPercent' };
  const memLow: Evidence = { signal: 'mem_util_p95', value: mem, threshold: `<= ${t.idleMem}%`, key: 'retire.idleMemPercent' };
  const quiet: Evidence[] = [];
  const signsOfUse: Evidence[] = [];
  const judge = (signal: string, value: number | string, isQuiet: boolean, quietTest: string, useTest: string, key: string) =>
    (isQuiet ? quiet : signsOfUse).push({ signal, value, threshold: isQuiet ? quietTest : useTest, key });
  judge('cpu_util_p95', cpu, cpu <= t.zombieCpu, `<= ${t.zombieCpu}%`, `> ${t.zombieCpu}%`, 'retire.zombieCpuPercent');
  const trafficKnown = server.netKbpsP95 !== undefined || server.diskIopsP95 !== undefined;
  if (server.netKbpsP95 !== undefined) {
    judge('net_kbps_p95', server.netKbpsP95, server.netKbpsP95 <= t.zombieNet, `<= ${t.zombieNet} kbit/s`, `> ${t.zombieNet} kbit/s`, 'retire.zombieNetKbps');
  }
  if (server.diskIopsP95 !== undefined) {
    judge('disk_iops_p95', server.diskIopsP95, server.diskIopsP95 <= t.zombieDisk, `<= ${t.zombieDisk} IOPS`, `> ${t.zombieDisk} IOPS`, 'retire.zombieDiskIops');
  }
  for (const [signal, date] of [['last_logon', server.lastLogon], ['last_change', server.lastChange]] as const) {
    if (date === undefined) continue;
    const age = daysBetween(date, asOf);
    judge(signal, date, age > t.recentDays, `older than ${t.recentDays} days (${age} days before ${asOf})`, `within ${t.recentDays} days of ${asOf}`, 'retire.recentActivityDays');
  }
  if (trafficKnown && signsOfUse.length === 0) return { activity: 'zombie', evidence: [quiet[0]!, memLow, ...quiet.slice(1)] };
  return { activity: 'idle', evidence: [cpuLow, memLow, ...signsOfUse] };
}

/**
 * No owner, or no service (the schema's "Unassigned"), judged only when the estate records owners
 * or services for other servers: an export without those columns would otherwise orphan everything.
 */
function orphanEvidence(server: Server, recorded: { owners: boolean; services: boolean }): Evidence[] {
  const evidence: Evidence[] = [];
  if (recorded.owners && (server.owner === undefined || noOwner.test(server.owner))) {
    evidence.push({ signal: 'owner', value: server.owner ?? '(blank)', threshold: 'no owner recorded, where other servers have one' });
  }
  if (recorded.services && server.service === 'Unassigned') {
    evidence.push({ signal: 'service', value: server.service, threshold: 'no service recorded, where other servers have one' });
  }
  return evidence;
}

/**
 * Reviews every server for switching off rather than moving: its activity (active, idle, zombie
 * or unknown), whether it is orphaned, and whether its applications run elsewhere too, each flag
 * with the signal, value and threshold behind it and the signals the estate does not record.
 * Thresholds are the `retire.*` assumptions; dates are aged against `asOf` (YYYY-MM-DD).
 * Pure and deterministic: the chat, `unsprawl estate` and the plan call the same function.
 *
 * @example classifyServers(estate.servers, assumptions, '2026-10-30').servers.filter((s) => s.activity === 'zombie')
 */
export function classifyServers(servers: readonly Server[], assumptions: AssumptionSet, asOf: string): RetirementReview {
  const t = thresholds(assumptions);
  const ownersRecorded = servers.some((s) => s.owner !== undefined);
  const recorded = { owners: ownersRecorded, services: servers.some((s) => s.service !== 'Unassigned') };
  const duplicates = duplicateApplications(servers);
  const duplicatesOf = new Map<string, DuplicateApplication[]>();
  for (const d of duplicates) for (const id of d.servers) duplicatesOf.set(id, [...(duplicatesOf.get(id) ?? []), d]);

  const reviews = servers.map((server): ServerReview => {
    const { activity, evidence } = activityOf(server, t, asOf);
    const classes: RetirementClass[] = activity === 'idle' || activity === 'zombie' ? [activity] : [];
    const orphan = orphanEvidence(server, recorded);
    if (orphan.length > 0) classes.push('orphaned');
    const dupes = duplicatesOf.get(server.id) ?? [];
    if (dupes.length > 0) classes.push('duplicate-apps');
    const dupeEvidence = dupes.map((d): Evidence => ({
      signal: 'apps',
      value: d.app,
      threshold: `also on ${d.servers.filter((id) => id !== server.id).join(', ')} (${d.environment})`,
    }));
    return { workload: server.id, activity, classes, evidence: [...evidence, ...orphan, ...dupeEvidence], missingSignals: missingSignals(server, ownersRecorded) };
  });

  const counts = { active: 0, idle: 0, zombie: 0, unknown: 0, orphaned: 0, 'duplicate-apps': 0 };
  for (const r of reviews) {
    counts[r.activity] += 1;
    if (r.classes.includes('orphaned')) counts.orphaned += 1;
    if (r.classes.includes('duplicate-apps')) counts['duplicate-apps'] += 1;
  }
  const missing = activitySignals
    .map((signal) => ({ signal, servers: reviews.filter((r) => r.missingSignals.includes(signal)).length }))
    .filter((m) => m.servers > 0);
  return { asOf, servers: reviews, counts, duplicates, missingSignals: missing };
}
