import { seededRandom } from '../../engine/packing/seeded-random.js';
import type { CanonicalRow } from '../../engine/io/format-canonical-csv.js';

/** What a published case says about its estate; everything else comes from the era rules below. */
export interface CaseEstateSpec {
  id: string;
  servers: number;
  /** Share of Windows servers (the rest run Red Hat Enterprise Linux 4). */
  windowsShare: number;
  seed: number;
}

/**
 * The era rules every reconstructed 2008 estate follows, the same for every case (docs/cases.md):
 * none is tuned per case. Servers of 2002-2006 with 2-4 cores, 2-8 GB, 5-15% p95 CPU and
 * 200-400 W, three-year warranties, and one server in ten that stays physical (vendor support
 * or a hardware dongle), as was common in 2008. Memory in use (30-70% of installed at p95) is
 * recorded because the 2008 consolidation assessments measured it: VMware Capacity Planner
 * collected weeks of performance counters, memory in use among them, and sized on measured peaks.
 * Likewise disk in use: servers came with mirrored 72-292 GB disks, 30-60% of it in use.
 */
const era = {
  cores: [2, 2, 4, 4],
  memGb: [2, 4, 4, 8],
  diskGb: [72, 146, 146, 292],
  diskInUse: { min: 0.3, max: 0.6 },
  cpuUtil: { min: 5, max: 15 },
  memUtil: { min: 30, max: 70 },
  watts: { min: 200, max: 400 },
  purchaseYears: [2002, 2003, 2004, 2005, 2006],
  warrantyYears: 3,
  notVirtualisableShare: 0.1,
  criticality: [
    ['critical', 0.1],
    ['high', 0.25],
    ['medium', 0.4],
    ['low', 0.25],
  ] as const,
};

/**
 * Core performance relative to a 2020 server core: data/core-performance.csv starts at 0.30 for
 * 2008 (Xeon 5400); NetBurst and early Core Xeons of 2002-04 are taken as 0.20, 2005-06 as 0.25.
 */
const corePerf = (year: number) => (year <= 2004 ? 0.2 : 0.25);

/** One reconstructed 2008 estate, byte-for-byte the same for the same spec. */
export function generateCaseEstate(spec: CaseEstateSpec): CanonicalRow[] {
  const random = seededRandom(spec.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (min: number, max: number) => min + random() * (max - min);
  const rows: CanonicalRow[] = [];
  for (let n = 1; n <= spec.servers; n += 1) {
    const windows = random() < spec.windowsShare;
    const purchaseYear = pick(era.purchaseYears);
    const draw = random();
    let cumulative = 0;
    const criticality = era.criticality.find(([, share]) => (cumulative += share) > draw)?.[0] ?? 'low';
    const physicalOnly = random() < era.notVirtualisableShare;
    rows.push({
      id: `${spec.id.toUpperCase()}-${String(n).padStart(2, '0')}`,
      kind: 'physical',
      service: `Application ${n}`,
      site: 'Main server room',
      environment: 'production',
      criticality,
      os: windows ? 'Windows Server 2003' : 'Red Hat Enterprise Linux 4',
      cpu_cores: pick(era.cores),
      cpu_util_p95: Math.round(between(era.cpuUtil.min, era.cpuUtil.max) * 10) / 10,
      core_perf: corePerf(purchaseYear),
      mem_gb: pick(era.memGb),
      mem_util_p95: Math.round(between(era.memUtil.min, era.memUtil.max)),
      // storage_gb is storage in use (docs/data-formats.md): what a P2V copies and the SAN must hold.
      storage_gb: Math.round(pick(era.diskGb) * between(era.diskInUse.min, era.diskInUse.max)),
      power_watts: Math.round(between(era.watts.min, era.watts.max)),
      rack_units: random() < 0.5 ? 1 : 2,
      purchase_year: purchaseYear,
      warranty_end: `${purchaseYear + era.warrantyYears}-06-30`,
      virtualisable: physicalOnly ? 'no' : 'yes',
      not_virtualisable_reason: physicalOnly ? 'vendor supports it on physical hardware only' : undefined,
    });
  }
  return rows;
}
