import type { CanonicalRow } from '../../engine/io/format-canonical-csv.js';
import { createPrng, type Prng } from '../sample-trust/prng.js';

/** The seed of the bundled integrated care system; change it and data/ics/estate.csv changes. */
export const ICS_SEED = 20261205;

/** The date the inventory describes: support is priced as of it (in warranty costs nothing extra). */
export const ICS_AS_OF = '2026-04-01';

type Criticality = 'critical' | 'high' | 'medium' | 'low';

/** The three data centres: each trust's own, and a colocation site where all three rent rooms. */
const CASTLE_HILL = 'Castle Hill DC';
const ELM_PARK = 'Elm Park DC';
const RIVERSIDE = 'Riverside DC';

/** One service of a trust: how many servers, how critical, how large, and how much already runs as VMs. */
interface ServicePlan {
  service: string;
  code: string;
  servers: number;
  criticality: Criticality;
  /** Share of its servers that are VMs on the trust's legacy vSphere cluster. */
  virtual: number;
  /** Sizes to draw from (S small, M medium, L large). */
  sizes: readonly ('S' | 'M' | 'L')[];
  /** Servers that cannot be virtualised, with why (a dongle, a vendor appliance). */
  physicalOnly?: { count: number; reason: string };
}

interface TrustPlan {
  organisation: string;
  /** Host-name prefix, e.g. NH for Northfield Hospitals. */
  prefix: string;
  /** Sites with the share of the trust's servers at each, largest first (the first is its main site). */
  sites: readonly [string, number][];
  /** The legacy vSphere cluster its VMs run on today: hosts, watts and support a year each. */
  cluster: { hosts: number; watts: number; supportGbp: number };
  services: readonly ServicePlan[];
}

/**
 * Three neighbouring trusts of a fictional integrated care system, as their IT teams would list
 * them: an acute hospital trust, a community health trust and a mental health trust, each mostly
 * physical with a small legacy vSphere cluster, in their own data centres and the Riverside
 * colocation site they all use.
 */
const trusts: readonly TrustPlan[] = [
  {
    organisation: 'Northfield Hospitals NHS Trust',
    prefix: 'NH',
    sites: [[CASTLE_HILL, 0.75], [RIVERSIDE, 0.25]],
    cluster: { hosts: 4, watts: 420, supportGbp: 1200 },
    services: [
      { service: 'PAS/EPR', code: 'EPR', servers: 46, criticality: 'critical', virtual: 0.2, sizes: ['M', 'L', 'L'] },
      { service: 'Ward systems', code: 'WARD', servers: 34, criticality: 'critical', virtual: 0.2, sizes: ['S', 'M'], physicalOnly: { count: 3, reason: 'Vendor-certified nurse call appliance' } },
      { service: 'Pathology LIMS', code: 'LIMS', servers: 26, criticality: 'critical', virtual: 0.1, sizes: ['M', 'L'], physicalOnly: { count: 1, reason: 'USB licence dongle for the analyser middleware' } },
      { service: 'Radiology PACS/RIS', code: 'PACS', servers: 30, criticality: 'critical', virtual: 0.1, sizes: ['M', 'L', 'L'] },
      { service: 'Theatres', code: 'THR', servers: 14, criticality: 'high', virtual: 0.2, sizes: ['S', 'M'] },
      { service: 'Maternity', code: 'MAT', servers: 14, criticality: 'high', virtual: 0.2, sizes: ['S', 'M'] },
      { service: 'Pharmacy', code: 'PHAR', servers: 12, criticality: 'high', virtual: 0.2, sizes: ['S', 'M'], physicalOnly: { count: 1, reason: 'Dispensing robot vendor supports its own appliance only' } },
      { service: 'Clinical portal', code: 'PORT', servers: 18, criticality: 'high', virtual: 0.4, sizes: ['S', 'M'] },
      { service: 'Integration engine', code: 'TIE', servers: 12, criticality: 'critical', virtual: 0.2, sizes: ['M', 'L'] },
      { service: 'Finance and HR', code: 'FIN', servers: 22, criticality: 'medium', virtual: 0.4, sizes: ['S', 'M'] },
      { service: 'Email, file and print', code: 'FPS', servers: 34, criticality: 'high', virtual: 0.3, sizes: ['S', 'M', 'L'] },
      { service: 'Infrastructure', code: 'INF', servers: 42, criticality: 'high', virtual: 0.4, sizes: ['S', 'M'] },
      { service: 'Test and development', code: 'DEV', servers: 60, criticality: 'low', virtual: 0.5, sizes: ['S', 'S', 'M'] },
    ],
  },
  {
    organisation: 'Southmead Community Health NHS Trust',
    prefix: 'SC',
    sites: [[ELM_PARK, 0.8], [RIVERSIDE, 0.2]],
    cluster: { hosts: 3, watts: 380, supportGbp: 1100 },
    services: [
      { service: 'Community systems', code: 'COMM', servers: 44, criticality: 'critical', virtual: 0.3, sizes: ['M', 'L'] },
      { service: 'Child health', code: 'CHLD', servers: 16, criticality: 'high', virtual: 0.3, sizes: ['S', 'M'] },
      { service: 'District nursing', code: 'DN', servers: 20, criticality: 'high', virtual: 0.3, sizes: ['S', 'M'] },
      { service: 'Integration engine', code: 'TIE', servers: 8, criticality: 'critical', virtual: 0.2, sizes: ['M'] },
      { service: 'Finance and HR', code: 'FIN', servers: 16, criticality: 'medium', virtual: 0.5, sizes: ['S', 'M'] },
      { service: 'Email, file and print', code: 'FPS', servers: 26, criticality: 'high', virtual: 0.4, sizes: ['S', 'M'] },
      { service: 'Infrastructure', code: 'INF', servers: 34, criticality: 'high', virtual: 0.5, sizes: ['S', 'M'] },
      { service: 'Test and development', code: 'DEV', servers: 50, criticality: 'low', virtual: 0.6, sizes: ['S', 'S', 'M'] },
    ],
  },
  {
    organisation: 'Westbrook Mental Health NHS Trust',
    prefix: 'WM',
    sites: [[RIVERSIDE, 0.7], [ELM_PARK, 0.3]],
    cluster: { hosts: 2, watts: 360, supportGbp: 1000 },
    services: [
      { service: 'Mental health record', code: 'MHR', servers: 34, criticality: 'critical', virtual: 0.2, sizes: ['M', 'L'] },
      { service: 'Bed management', code: 'BED', servers: 10, criticality: 'high', virtual: 0.3, sizes: ['S', 'M'] },
      { service: 'Finance and HR', code: 'FIN', servers: 14, criticality: 'medium', virtual: 0.4, sizes: ['S', 'M'] },
      { service: 'Email, file and print', code: 'FPS', servers: 22, criticality: 'high', virtual: 0.3, sizes: ['S', 'M'] },
      { service: 'Infrastructure', code: 'INF', servers: 28, criticality: 'high', virtual: 0.4, sizes: ['S', 'M'] },
      { service: 'Test and development', code: 'DEV', servers: 36, criticality: 'low', virtual: 0.5, sizes: ['S', 'M'] },
    ],
  },
];

/** Purchase years, most kit bought 2013-2019, and the relative per-core performance of each (2020 = 1.0). */
const years = [2012, 2013, 2014, 2015, 2015, 2016, 2016, 2017, 2017, 2018, 2018, 2019, 2019, 2020, 2021, 2022, 2023] as const;
const corePerf = (year: number) => Math.round((0.6 + (year - 2012) * 0.06) * 100) / 100;

/**
 * The bundled integrated care system (`--estate sample:ics`): three trusts, about 720 servers in
 * three data centres, each trust's servers marked with its `organisation`, so the ICS can ask
 * "what if the three trusts shared hosts?" and see each trust's part of the costs and savings.
 * Same seed, same rows.
 */
export function generateIcs(seed = ICS_SEED): CanonicalRow[] {
  const prng = createPrng(seed);
  return trusts.flatMap((trust) => {
    const total = trust.services.reduce((n, s) => n + s.servers, 0);
    const vms = trust.services.reduce((n, s) => n + Math.round(s.servers * s.virtual), 0);
    const rows: CanonicalRow[] = [];
    for (const service of trust.services) {
      const virtualCount = Math.round(service.servers * service.virtual);
      for (let i = 0; i < service.servers; i++) {
        const virtual = i < virtualCount;
        // VMs run on the trust's cluster at its main site; physical servers stand where they were bought for.
        const site = virtual ? trust.sites[0]![0] : siteFor(prng, trust);
        const id = `${trust.prefix}-${siteCode(site)}-${service.code}-${String(i + 1).padStart(2, '0')}`;
        const test = service.criticality === 'low';
        const common: CanonicalRow = {
          id,
          service: service.service,
          apps: `${service.service} ${prng.pick(['application server', 'database server', 'web server', 'interface server', 'reporting server'])}`,
          site,
          environment: test ? prng.pick(['test', 'development', 'training']) : 'production',
          criticality: service.criticality,
          organisation: trust.organisation,
          // Clustered pairs (the first two servers of a critical service) must not share a host.
          anti_affinity: service.criticality === 'critical' && i < 2 ? `${trust.prefix}-${service.code}-pair` : undefined,
        };
        rows.push(virtual ? virtualRow(prng, common, trust, vms) : physicalRow(prng, common, service, i - virtualCount));
      }
    }
    if (rows.length !== total) throw new RangeError(`${trust.organisation}: planned ${total} servers, made ${rows.length}`);
    return rows;
  });
}

function siteFor(prng: Prng, trust: TrustPlan): string {
  let r = prng.next();
  for (const [site, share] of trust.sites) if ((r -= share) < 0) return site;
  return trust.sites[0]![0];
}

function siteCode(site: string): string {
  return site === CASTLE_HILL ? 'CH' : site === ELM_PARK ? 'EP' : 'RS';
}

function physicalRow(prng: Prng, common: CanonicalRow, service: ServicePlan, index: number): CanonicalRow {
  const size = prng.pick(service.sizes);
  const year = prng.pick(years);
  const era = year <= 2014 ? 0 : year <= 2017 ? 1 : 2;
  const cores = { S: [4, 8, 8], M: [12, 16, 20], L: [16, 24, 32] }[size][era]!;
  const util = common.environment === 'production' ? (prng.chance(0.05) ? prng.float(0.5, 3, 1) : prng.float(4, size === 'L' ? 45 : 28, 1)) : prng.float(1, 9, 1);
  const warrantyYears = prng.pick([3, 3, 5, 5, 7]);
  const warrantyEnd = `${year + warrantyYears}-${String(prng.int(1, 12)).padStart(2, '0')}-${String(prng.int(1, 28)).padStart(2, '0')}`;
  const [idle, max] = { S: [95, 200], M: [150, 360], L: [190, 480] }[size] as [number, number];
  const watts = Math.round(((idle + (util / 100) * (max - idle)) * (1 + Math.max(0, 2020 - year) * 0.03)) / 5) * 5;
  const critical = common.criticality === 'critical';
  const support = warrantyEnd >= ICS_AS_OF ? (critical ? 150 : 0) : Math.round({ S: 380, M: 620, L: 880 }[size] * (critical ? 1.4 : 1));
  const physicalOnly = service.physicalOnly && index < service.physicalOnly.count ? service.physicalOnly.reason : undefined;
  return {
    ...common,
    kind: 'physical',
    os: year <= 2014 ? prng.pick(['Windows Server 2008 R2', 'Windows Server 2012 R2', 'Red Hat Enterprise Linux 6']) : prng.pick(['Windows Server 2016', 'Windows Server 2019', 'Red Hat Enterprise Linux 7']),
    cpu_cores: cores,
    cpu_util_p95: util,
    core_perf: corePerf(year),
    mem_gb: prng.pick({ S: [8, 16, 32], M: [32, 64, 96], L: [96, 128, 192] }[size]),
    mem_util_p95: prng.float(30, 85, 0),
    storage_gb: prng.pick({ S: [146, 300, 600], M: [600, 1200, 1800], L: [1200, 2400, 4800] }[size]),
    power_watts: watts,
    rack_units: size === 'L' ? 2 : prng.pick([1, 2]),
    purchase_year: year,
    warranty_end: warrantyEnd,
    annual_support_gbp: support,
    virtualisable: physicalOnly ? 'no' : 'yes',
    not_virtualisable_reason: physicalOnly,
  };
}

/** A VM on the trust's legacy cluster at its main site: it carries an equal share of the hosts' power and support. */
function virtualRow(prng: Prng, common: CanonicalRow, trust: TrustPlan, vms: number): CanonicalRow {
  const { cluster } = trust;
  return {
    ...common,
    kind: 'virtual',
    os: prng.pick(['Windows Server 2016', 'Windows Server 2019', 'Windows Server 2022', 'Red Hat Enterprise Linux 8']),
    cpu_cores: prng.pick([2, 2, 4, 4, 8]),
    cpu_util_p95: prng.float(3, 35, 1),
    core_perf: 0.75,
    mem_gb: prng.pick([4, 8, 8, 16, 32]),
    mem_util_p95: prng.float(35, 90, 0),
    storage_gb: prng.pick([80, 100, 150, 200, 300]),
    power_watts: Math.round((cluster.hosts * cluster.watts) / vms),
    rack_units: 0,
    purchase_year: 2015,
    warranty_end: '2020-06-30',
    annual_support_gbp: Math.round((cluster.hosts * cluster.supportGbp) / vms),
    virtualisable: 'yes',
  };
}
