import { beforeAll, describe, expect, it } from 'vitest';
import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import { serverSchema, type ServerRow } from '../../../engine/estate/server.js';
import { loadAssumptions } from '../../../engine/io/load-assumptions.js';
import { classifyServers } from '../../../engine/retirement/classify-servers.js';
import { retirementCandidates } from '../../../engine/retirement/retirement-candidates.js';
import type { RetirementReview, ServerReview } from '../../../engine/retirement/retirement-review.js';

const AS_OF = '2026-04-01';
const server = (id: string, row: Partial<ServerRow>) => serverSchema.parse({ id, cpu_cores: 4, mem_gb: 16, service: 'Clinical', owner: 'Head of IT', ...row });

/**
 * One server per case, with the default thresholds: idle at CPU <= 5% and memory <= 20%;
 * zombie at CPU <= 2%, network <= 10 kbit/s, disk <= 5 IOPS, no logon or change in 90 days.
 */
const estate = [
  server('ACTIVE', { cpu_util_p95: 40, mem_util_p95: 60, net_kbps_p95: 900 }),
  server('IDLE', { cpu_util_p95: 3, mem_util_p95: 15, net_kbps_p95: 200 }),
  server('ZOMBIE', { cpu_util_p95: 1, mem_util_p95: 12, net_kbps_p95: 2, disk_iops_p95: 1, last_logon: '2025-01-10', last_change: '2024-11-02' }),
  server('QUIET-BUT-USED', { cpu_util_p95: 1, mem_util_p95: 10, net_kbps_p95: 1, last_logon: '2026-03-20' }),
  server('NO-TRAFFIC-DATA', { cpu_util_p95: 1, mem_util_p95: 10 }),
  server('UNMEASURED', { mem_util_p95: 10 }),
  server('SNAPSHOT', { cpu_util_p95: 1, mem_util_p95: 5, usage_basis: 'snapshot' }),
  server('NOBODY', { cpu_util_p95: 30, mem_util_p95: 50, owner: undefined }),
  server('NOBODY-SAYS-SO', { cpu_util_p95: 30, mem_util_p95: 50, owner: 'unknown', service: undefined }),
  server('SCAN-01', { cpu_util_p95: 30, mem_util_p95: 50, apps: 'Kofax Capture 10; Scanning portal' }),
  server('SCAN-02', { cpu_util_p95: 30, mem_util_p95: 50, apps: 'Kofax Capture v11.2' }),
  server('SCAN-TST', { cpu_util_p95: 30, mem_util_p95: 50, apps: 'Kofax Capture 11', environment: 'test' }),
  server('FIN-SCAN', { cpu_util_p95: 30, mem_util_p95: 50, apps: 'Scanning portal', service: 'Finance' }),
  server('DC-01', { cpu_util_p95: 30, mem_util_p95: 50, apps: 'Active Directory', anti_affinity: 'ad-dc' }),
  server('DC-02', { cpu_util_p95: 30, mem_util_p95: 50, apps: 'Active Directory', anti_affinity: 'ad-dc' }),
];

let assumptions: AssumptionSet;
let review: RetirementReview;
const of = (id: string): ServerReview => {
  const found = review.servers.find((s) => s.workload === id);
  if (!found) throw new Error(`no review for ${id}`);
  return found;
};

beforeAll(async () => {
  assumptions = await loadAssumptions();
  review = classifyServers(estate, assumptions, AS_OF);
});

describe('classifyServers: which servers could be switched off, and why', () => {
  it('calls a server with CPU or memory above the idle thresholds active, with nothing to show', () => {
    expect(of('ACTIVE')).toMatchObject({ activity: 'active', classes: [], evidence: [] });
  });

  it('calls low CPU and memory with some network idle, citing each signal against its threshold', () => {
    expect(of('IDLE')).toMatchObject({ activity: 'idle', classes: ['idle'] });
    expect(of('IDLE').evidence).toEqual([
      { signal: 'cpu_util_p95', value: 3, threshold: '<= 5%', key: 'retire.idleCpuPercent' },
      { signal: 'mem_util_p95', value: 15, threshold: '<= 20%', key: 'retire.idleMemPercent' },
      { signal: 'cpu_util_p95', value: 3, threshold: '> 2%', key: 'retire.zombieCpuPercent' },
      { signal: 'net_kbps_p95', value: 200, threshold: '> 10 kbit/s', key: 'retire.zombieNetKbps' },
    ]);
  });

  it('calls a server near zero on every signal a zombie, with the age of its last logon and change', () => {
    expect(of('ZOMBIE')).toMatchObject({ activity: 'zombie', classes: ['zombie'], missingSignals: [] });
    expect(of('ZOMBIE').evidence).toEqual([
      { signal: 'cpu_util_p95', value: 1, threshold: '<= 2%', key: 'retire.zombieCpuPercent' },
      { signal: 'mem_util_p95', value: 12, threshold: '<= 20%', key: 'retire.idleMemPercent' },
      { signal: 'net_kbps_p95', value: 2, threshold: '<= 10 kbit/s', key: 'retire.zombieNetKbps' },
      { signal: 'disk_iops_p95', value: 1, threshold: '<= 5 IOPS', key: 'retire.zombieDiskIops' },
      { signal: 'last_logon', value: '2025-01-10', threshold: 'older than 90 days (446 days before 2026-04-01)', key: 'retire.recentActivityDays' },
      { signal: 'last_change', value: '2024-11-02', threshold: 'older than 90 days (515 days before 2026-04-01)', key: 'retire.recentActivityDays' },
    ]);
  });

  it('keeps a quiet server that someone logged on to recently idle, saying so', () => {
    expect(of('QUIET-BUT-USED').activity).toBe('idle');
    expect(of('QUIET-BUT-USED').evidence).toContainEqual({ signal: 'last_logon', value: '2026-03-20', threshold: 'within 90 days of 2026-04-01', key: 'retire.recentActivityDays' });
  });

  it('never calls a server a zombie on CPU and memory alone: network or disk must be recorded', () => {
    expect(of('NO-TRAFFIC-DATA')).toMatchObject({ activity: 'idle', missingSignals: ['net_kbps_p95', 'disk_iops_p95', 'last_logon', 'last_change'] });
  });

  it('says nothing about activity without a CPU and memory percentile; a one-instant snapshot counts as missing', () => {
    expect(of('UNMEASURED')).toMatchObject({ activity: 'unknown', classes: [] });
    expect(of('UNMEASURED').missingSignals).toContain('cpu_util_p95');
    expect(of('SNAPSHOT')).toMatchObject({ activity: 'unknown', classes: [] });
    expect(of('SNAPSHOT').missingSignals).toEqual(expect.arrayContaining(['cpu_util_p95', 'mem_util_p95']));
  });

  it('flags a server with no owner where others have one, or with no service, as orphaned', () => {
    expect(of('NOBODY')).toMatchObject({ activity: 'active', classes: ['orphaned'] });
    expect(of('NOBODY').evidence).toEqual([{ signal: 'owner', value: '(blank)', threshold: 'no owner recorded, where other servers have one' }]);
    expect(of('NOBODY-SAYS-SO').evidence).toEqual([
      { signal: 'owner', value: 'unknown', threshold: 'no owner recorded, where other servers have one' },
      { signal: 'service', value: 'Unassigned', threshold: 'no service recorded, where other servers have one' },
    ]);
  });

  it('flags two versions of an application side by side, or one kept by two services, but not a resilient pair or a test copy', () => {
    expect(review.duplicates).toEqual([
      { app: 'Kofax Capture 10', environment: 'production', servers: ['SCAN-01', 'SCAN-02'] },
      { app: 'Scanning portal', environment: 'production', servers: ['SCAN-01', 'FIN-SCAN'] },
    ]);
    expect(of('SCAN-01')).toMatchObject({ classes: ['duplicate-apps'] });
    expect(of('SCAN-01').evidence).toEqual([
      { signal: 'apps', value: 'Kofax Capture 10', threshold: 'also on SCAN-02 (production)' },
      { signal: 'apps', value: 'Scanning portal', threshold: 'also on FIN-SCAN (production)' },
    ]);
    expect(of('SCAN-TST').classes).toEqual([]);
    expect(of('DC-01').classes).toEqual([]);
  });

  it('counts each class and says how many servers lack each signal', () => {
    expect(review.counts).toEqual({ active: 9, idle: 3, zombie: 1, unknown: 2, orphaned: 2, 'duplicate-apps': 3 });
    expect(review.missingSignals).toContainEqual({ signal: 'disk_iops_p95', servers: 14 });
    expect(review.missingSignals.find((m) => m.signal === 'owner')).toBeUndefined();
  });

  it('treats owner as a missing signal, not as orphaned, when the estate records no owners at all', () => {
    const noOwners = classifyServers([server('A', { owner: undefined }), server('B', { owner: undefined })], assumptions, AS_OF);
    expect(noOwners.counts.orphaned).toBe(0);
    expect(noOwners.missingSignals).toContainEqual({ signal: 'owner', servers: 2 });
  });

  it('moves servers between classes when the thresholds are overridden', () => {
    const strict = classifyServers(estate, assumptions.with({ 'retire.idleCpuPercent': 2 }, 'cli'), AS_OF);
    expect(strict.servers.find((s) => s.workload === 'IDLE')?.activity).toBe('active');
  });
});

describe('retirementCandidates: what a scenario switches off', () => {
  it('switches off nothing, the zombies, or the zombies and the idle servers, never orphans or duplicates', () => {
    expect(retirementCandidates(review, 'none')).toEqual([]);
    expect(retirementCandidates(review, 'zombie').map((r) => [r.workload, r.class])).toEqual([['ZOMBIE', 'zombie']]);
    expect(retirementCandidates(review, 'idle').map((r) => [r.workload, r.class])).toEqual([
      ['IDLE', 'idle'], ['ZOMBIE', 'zombie'], ['QUIET-BUT-USED', 'idle'], ['NO-TRAFFIC-DATA', 'idle'],
    ]);
  });
});
