import type { CanonicalRow } from '../../engine/io/format-canonical-csv.js';
import type { Prng } from './prng.js';
import type { Role, ServerSpec } from './services.js';

/**
 * Chances that a server which could plausibly be forgotten (see `couldBeUnused`) is a zombie or
 * idle. AWS Migration Evaluator finds about 8% of servers are zombies; the sample trust aims at
 * about 8% zombies and 12% idle servers across the whole estate (20 and 28 of 232).
 */
const ZOMBIE_CHANCE = 0.25;
const IDLE_CHANCE = 0.4;

/** Who answers for each service (docs/data-formats.md, owner). */
const owners: Record<string, string> = {
  'Ward systems': 'Chief Nursing Information Officer',
  'PAS/EPR': 'EPR programme lead',
  'Pathology LIMS': 'Pathology IT manager',
  'Radiology PACS/RIS': 'PACS manager',
  Pharmacy: 'Chief pharmacist',
  Theatres: 'Theatres manager',
  Maternity: 'Maternity digital midwife',
  Finance: 'Head of financial systems',
  HR: 'Head of workforce systems',
  'Email, file and print': 'Infrastructure manager',
  'Domain controllers': 'Infrastructure manager',
  'SQL clusters': 'Database team lead',
  Backup: 'Infrastructure manager',
  Intranet: 'Head of communications',
  'Infrastructure management': 'Infrastructure manager',
  'Information and BI': 'Head of information',
  'Outpatients and community': 'Outpatients operations manager',
  'Estates and facilities': 'Head of estates',
};

/** Background network (kbit/s) and disk (IOPS) p95 of a server in use, by role. */
const busy: Record<Role, { net: [number, number]; disk: [number, number] }> = {
  app: { net: [300, 20_000], disk: [20, 800] },
  web: { net: [1_000, 40_000], disk: [10, 300] },
  db: { net: [2_000, 60_000], disk: [300, 6_000] },
  file: { net: [2_000, 90_000], disk: [100, 2_500] },
  archive: { net: [50, 3_000], disk: [10, 400] },
  backup: { net: [50_000, 500_000], disk: [500, 8_000] },
  infra: { net: [100, 8_000], disk: [10, 400] },
  appliance: { net: [20, 2_000], disk: [5, 150] },
};

/** Resilient, clinical-critical and shared-platform servers are watched too closely to be forgotten. */
function couldBeUnused(spec: ServerSpec, row: CanonicalRow): boolean {
  const criticality = String(row.criticality);
  return spec.antiAffinity === undefined && (criticality === 'medium' || criticality === 'low') && spec.role !== 'db' && spec.role !== 'backup';
}

function daysBefore(asOf: string, days: number): string {
  return new Date(Date.parse(`${asOf}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The activity columns of one sample server (net_kbps_p95, disk_iops_p95, last_logon,
 * last_change, owner), and for idle and zombie servers the low CPU and memory that go with them.
 * Drawn from their own seeded stream, so the rest of the sample trust does not move.
 */
export function activitySignals(prng: Prng, spec: ServerSpec, row: CanonicalRow, asOf: string): CanonicalRow {
  const r = prng.next();
  const eligible = couldBeUnused(spec, row);
  const activity = eligible && r < ZOMBIE_CHANCE ? 'zombie' : eligible && r < ZOMBIE_CHANCE + IDLE_CHANCE ? 'idle' : 'active';
  // Monitoring rarely covers everything: ward comms rooms and appliances often report no counters.
  const monitored = spec.role !== 'appliance' && !prng.chance(0.06);
  // Linux servers and appliances keep no interactive-logon record the inventory can read.
  const logonRecorded = row.os !== undefined && /windows/i.test(String(row.os)) && prng.chance(0.9);
  const orphaned = prng.chance(activity === 'zombie' ? 0.35 : 0.03);
  const cells: CanonicalRow = { owner: orphaned ? undefined : owners[String(row.service)] };
  if (activity === 'zombie') {
    Object.assign(cells, {
      cpu_util_p95: prng.float(0.3, 1.8, 1),
      mem_util_p95: prng.float(8, 18, 0),
      net_kbps_p95: monitored ? prng.float(0.5, 8, 1) : undefined,
      disk_iops_p95: monitored ? prng.float(0.2, 4, 1) : undefined,
      last_logon: logonRecorded ? daysBefore(asOf, prng.int(200, 1400)) : undefined,
      last_change: daysBefore(asOf, prng.int(180, 1500)),
    });
  } else if (activity === 'idle') {
    Object.assign(cells, {
      cpu_util_p95: prng.float(1, 4.8, 1),
      mem_util_p95: prng.float(10, 19, 0),
      net_kbps_p95: monitored ? prng.float(15, 600, 0) : undefined,
      disk_iops_p95: monitored ? prng.float(3, 60, 0) : undefined,
      last_logon: logonRecorded ? daysBefore(asOf, prng.int(5, 300)) : undefined,
      last_change: daysBefore(asOf, prng.int(20, 400)),
    });
  } else {
    const { net, disk } = busy[spec.role];
    Object.assign(cells, {
      net_kbps_p95: monitored ? prng.float(net[0], net[1], 0) : undefined,
      disk_iops_p95: monitored ? prng.float(disk[0], disk[1], 0) : undefined,
      last_logon: logonRecorded ? daysBefore(asOf, prng.int(0, 60)) : undefined,
      last_change: daysBefore(asOf, prng.int(0, 120)),
    });
  }
  return cells;
}
