import type { CanonicalRow } from '../../engine/io/format-canonical-csv.js';
import { activitySignals } from './activity-signals.js';
import { createPrng, type Prng } from './prng.js';
import { services, MAIN, type Criticality, type Role, type ServerSpec, type Size } from './services.js';

/** The seed of the bundled sample trust; change it and data/estate.csv changes. */
export const SAMPLE_TRUST_SEED = 20080201;

/**
 * The date the sample inventory describes. Support contracts are priced as of this date: a
 * server still under warranty costs nothing extra, one past it is on third-party maintenance.
 */
export const SAMPLE_TRUST_AS_OF = '2026-04-01';

/**
 * The trust's legacy vSphere cluster (three 2014 two-socket hosts, out of warranty). Its VMs
 * are listed as kind=virtual and carry an equal share of the hosts' power and maintenance, so
 * the hosts themselves are not listed and nothing is counted twice.
 */
export const LEGACY_CLUSTER = {
  hosts: 3,
  purchaseYear: 2014,
  warrantyEnd: '2019-05-31',
  corePerf: 0.7,
  wattsPerHost: 380,
  supportPerHostGbp: 1100,
} as const;

/** Purchase-year weights: most of the estate was bought server-by-server in 2014-2019. */
const yearWeights: Record<number, number> = {
  2011: 3, 2012: 5, 2013: 7, 2014: 9, 2015: 10, 2016: 11, 2017: 11,
  2018: 10, 2019: 9, 2020: 7, 2021: 7, 2022: 6, 2023: 5,
};

/** Relative per-core performance (2020 server core = 1.0), by purchase year. */
const corePerfByYear: Record<number, number> = {
  2011: 0.55, 2012: 0.6, 2013: 0.65, 2014: 0.7, 2015: 0.75, 2016: 0.8, 2017: 0.85,
  2018: 0.9, 2019: 0.95, 2020: 1.0, 2021: 1.1, 2022: 1.2, 2023: 1.3,
};

/** Physical cores by size and era (two-socket servers got more cores per socket each generation). */
function physicalCores(size: Size, year: number): number {
  const era = year <= 2013 ? 0 : year <= 2016 ? 1 : year <= 2019 ? 2 : 3;
  const table: Record<Size, readonly number[]> = {
    S: [4, 4, 8, 8],
    T: [4, 6, 8, 8],
    M: [12, 16, 20, 24],
    L: [16, 24, 32, 40],
    XL: [24, 32, 40, 48],
  };
  return table[size][era] ?? 8;
}

function pickYear(prng: Prng, range: [number, number]): number {
  const years = Object.keys(yearWeights).map(Number).filter((y) => y >= range[0] && y <= range[1]);
  const total = years.reduce((s, y) => s + (yearWeights[y] ?? 0), 0);
  let r = prng.next() * total;
  for (const y of years) {
    r -= yearWeights[y] ?? 0;
    if (r < 0) return y;
  }
  return years[years.length - 1] ?? range[1];
}

function operatingSystem(prng: Prng, family: 'windows' | 'linux', year: number): string {
  if (family === 'linux') {
    if (year <= 2014) return prng.pick(['Red Hat Enterprise Linux 6', 'SUSE Linux Enterprise 11']);
    if (year <= 2019) return prng.pick(['Red Hat Enterprise Linux 7', 'Ubuntu 18.04 LTS']);
    return prng.pick(['Red Hat Enterprise Linux 8', 'Ubuntu 22.04 LTS']);
  }
  // Not every server was rebuilt when its OS went out of support: old kit keeps old Windows.
  if (year <= 2012) return prng.pick(['Windows Server 2008 R2', 'Windows Server 2008 R2', 'Windows Server 2012 R2']);
  if (year <= 2016) return prng.pick(['Windows Server 2012 R2', 'Windows Server 2012 R2', 'Windows Server 2016']);
  if (year <= 2019) return prng.pick(['Windows Server 2016', 'Windows Server 2019']);
  return prng.pick(['Windows Server 2019', 'Windows Server 2022']);
}

function memoryGb(prng: Prng, size: Size, role: Role): number {
  const options: Record<Size, readonly number[]> = {
    S: [8, 16, 16, 32],
    T: [8, 16, 32],
    M: [32, 48, 64, 96],
    L: [64, 96, 128, 192],
    XL: [128, 192, 256, 384],
  };
  const gb = prng.pick(options[size]);
  return role === 'db' ? gb * 1.5 : gb;
}

/** p95 CPU over the last month: most servers idle along at 5-30%, databases run hotter. */
function cpuUtil(prng: Prng, role: Role, environment: string): number {
  if (environment !== 'production') return prng.float(1, 9, 1);
  if (prng.chance(0.04)) return prng.float(0.5, 3, 1); // a forgotten "zombie" server
  const ranges: Record<Role, [number, number]> = {
    app: [5, 30], web: [4, 22], db: [18, 55], file: [4, 14], archive: [3, 12],
    backup: [12, 38], infra: [3, 20], appliance: [3, 15],
  };
  const [lo, hi] = ranges[role];
  return prng.float(lo, hi, 1);
}

function storageGb(prng: Prng, size: Size, role: Role): number {
  switch (role) {
    case 'archive': return prng.pick([12000, 16000, 24000, 32000]);
    case 'backup': return prng.pick([40000, 48000, 64000]);
    case 'file': return size === 'XL' ? prng.pick([8000, 12000, 16000]) : prng.pick([2000, 4000]);
    case 'db': return prng.pick([1200, 2400, 3600, 4800]);
    default: {
      const bySize: Record<Size, readonly number[]> = {
        S: [146, 300, 300, 600], T: [300, 500, 1000], M: [300, 600, 900, 1200],
        L: [600, 1200, 1800, 2400], XL: [2400, 4800],
      };
      return prng.pick(bySize[size]);
    }
  }
}

/** Average draw at the wall: older kit idles hotter, so watts rise with age. */
function powerWatts(prng: Prng, size: Size, year: number, util: number): number {
  const [idle, max] = ({ S: [95, 200], T: [80, 180], M: [150, 360], L: [190, 480], XL: [260, 650] } as const)[size];
  const ageFactor = 1 + Math.max(0, 2020 - year) * 0.03;
  const watts = (idle + (util / 100) * (max - idle)) * ageFactor * prng.float(0.92, 1.08, 2);
  return Math.round(watts / 5) * 5;
}

function rackUnits(prng: Prng, size: Size): number {
  return ({ S: 1, T: 4, M: prng.pick([1, 2]), L: 2, XL: prng.pick([2, 4]) } as const)[size];
}

function warrantyEnd(prng: Prng, year: number): string {
  // Most kit came with three years; critical systems were often bought with five or extended to seven.
  const r = prng.next();
  const years = r < 0.45 ? 3 : r < 0.9 ? 5 : 7;
  const month = prng.int(1, 12);
  const day = prng.int(1, 28);
  return `${year + years}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Third-party maintenance once out of warranty; 4-hour cover for critical kit costs more. */
function annualSupportGbp(size: Size, criticality: Criticality, warranty: string): number {
  const inWarranty = warranty >= SAMPLE_TRUST_AS_OF;
  const critical = criticality === 'critical';
  if (inWarranty) return critical ? 150 : 0;
  const base = { S: 380, T: 320, M: 620, L: 880, XL: 1450 }[size];
  return Math.round(base * (critical ? 1.4 : 1));
}

function physicalRow(prng: Prng, spec: ServerSpec, service: string, criticality: Criticality): CanonicalRow {
  const environment = spec.environment ?? 'production';
  const year = pickYear(prng, spec.years ?? [2011, 2023]);
  const family = spec.os ?? (spec.role === 'archive' || prng.chance(0.15) ? 'linux' : 'windows');
  const util = cpuUtil(prng, spec.role, environment);
  const warranty = warrantyEnd(prng, year);
  return {
    id: spec.id,
    kind: 'physical',
    service,
    apps: spec.apps.join('; '),
    site: spec.site ?? MAIN,
    environment,
    criticality,
    os: operatingSystem(prng, family, year),
    cpu_cores: physicalCores(spec.size, year),
    cpu_util_p95: util,
    core_perf: corePerfByYear[year],
    mem_gb: memoryGb(prng, spec.size, spec.role),
    mem_util_p95: prng.float(30, 85, 0),
    storage_gb: storageGb(prng, spec.size, spec.role),
    power_watts: powerWatts(prng, spec.size, year, util),
    rack_units: rackUnits(prng, spec.size),
    purchase_year: year,
    warranty_end: warranty,
    annual_support_gbp: annualSupportGbp(spec.size, criticality, warranty),
    virtualisable: spec.notVirtualisable ? 'no' : 'yes',
    not_virtualisable_reason: spec.notVirtualisable,
    anti_affinity: spec.antiAffinity,
  };
}

function virtualRow(prng: Prng, spec: ServerSpec, service: string, criticality: Criticality, vmCount: number): CanonicalRow {
  const family = spec.os ?? (prng.chance(0.15) ? 'linux' : 'windows');
  return {
    id: spec.id,
    kind: 'virtual',
    service,
    apps: spec.apps.join('; '),
    site: MAIN,
    environment: spec.environment ?? 'production',
    criticality,
    os: operatingSystem(prng, family, prng.pick([2014, 2016, 2018])),
    cpu_cores: ({ S: prng.pick([2, 2, 4]), T: 2, M: 4, L: 8, XL: 8 } as const)[spec.size],
    cpu_util_p95: cpuUtil(prng, spec.role, spec.environment ?? 'production'),
    core_perf: LEGACY_CLUSTER.corePerf,
    mem_gb: prng.pick([4, 8, 8, 16]),
    mem_util_p95: prng.float(35, 90, 0),
    storage_gb: prng.pick([80, 100, 150, 200, 300]),
    power_watts: Math.round((LEGACY_CLUSTER.hosts * LEGACY_CLUSTER.wattsPerHost) / vmCount),
    rack_units: 0,
    purchase_year: LEGACY_CLUSTER.purchaseYear,
    warranty_end: LEGACY_CLUSTER.warrantyEnd,
    annual_support_gbp: Math.round((LEGACY_CLUSTER.hosts * LEGACY_CLUSTER.supportPerHostGbp) / vmCount),
    virtualisable: 'yes',
    anti_affinity: spec.antiAffinity,
  };
}

/**
 * Every server of the sample trust as canonical CSV cells, in service order. Deterministic. The
 * activity columns come from a second stream (seed + 1), so adding them moved no other figure.
 */
export function generateSampleTrust(seed: number = SAMPLE_TRUST_SEED): CanonicalRow[] {
  const prng = createPrng(seed);
  const signals = createPrng(seed + 1);
  const vmCount = services.flatMap((s) => s.servers).filter((s) => s.virtual).length;
  return services.flatMap((service) =>
    service.servers.map((spec) => {
      const criticality = spec.environment && spec.environment !== 'production' ? 'low' : (spec.criticality ?? service.criticality);
      const row = spec.virtual
        ? virtualRow(prng, spec, service.service, criticality, vmCount)
        : physicalRow(prng, spec, service.service, criticality);
      return { ...row, ...activitySignals(signals, spec, row, SAMPLE_TRUST_AS_OF) };
    }),
  );
}
