import type { hostInUseColumns } from '../../engine/estate/host-in-use.js';
import type { licenceInUseColumns } from '../../engine/estate/licence-in-use.js';
import type { CanonicalRow } from '../../engine/io/format-canonical-csv.js';
import { createPrng, type Prng } from '../sample-trust/prng.js';

/** The seed of the bundled mostly virtual trust; change it and data/virtual-trust changes. */
export const VIRTUAL_TRUST_SEED = 20250926;

/** When the per-core vSphere subscription of the virtual trust renews. */
export const VIRTUAL_TRUST_RENEWAL = '2027-03-31';

const MAIN = 'Main DC';
const SECOND = 'Second site';

/**
 * The trust's vSphere clusters: hosts bought 2018-2021, two-socket, per-core subscription.
 * core_perf is the relative per-core performance of the hosts' CPUs (a 2020 core = 1.0), which
 * the VMs inherit since they run on those cores today.
 */
const clusters = [
  { name: 'MDC-PROD', site: MAIN, prefix: 'mdc-esx', hosts: 8, vendor: 'Dell Inc.', model: 'PowerEdge R740', cpuModel: 'Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz', coresPerSocket: 20, ramGb: 768, years: [2019, 2020], corePerf: 1.0 },
  { name: 'MDC-MGMT', site: MAIN, prefix: 'mdc-mgmt', hosts: 2, vendor: 'Dell Inc.', model: 'PowerEdge R650', cpuModel: 'Intel(R) Xeon(R) Silver 4314 CPU @ 2.40GHz', coresPerSocket: 16, ramGb: 384, years: [2021, 2021], corePerf: 1.1 },
  { name: 'SS-PROD', site: SECOND, prefix: 'ss-esx', hosts: 4, vendor: 'HPE', model: 'ProLiant DL380 Gen10', cpuModel: 'Intel(R) Xeon(R) Gold 6140 CPU @ 2.30GHz', coresPerSocket: 18, ramGb: 512, years: [2018, 2018], corePerf: 0.9 },
] as const;

/** A row of the hosts-in-use and licences CSVs, as written (blank = missing). */
type HostInUseRow = Partial<Record<(typeof hostInUseColumns)[number], string | number>>;
type LicenceInUseRow = Partial<Record<(typeof licenceInUseColumns)[number], string | number>>;

type ClusterName = (typeof clusters)[number]['name'];
type Criticality = 'critical' | 'high' | 'medium' | 'low';

/** Services and how many VMs each runs, with their usual size (vCPUs, GB) and where they live. */
const services: readonly { service: string; code: string; vms: number; criticality: Criticality; vcpus: readonly number[]; memGb: readonly number[]; cluster: ClusterName; os: 'windows' | 'linux'; testShare: number }[] = [
  { service: 'PAS/EPR', code: 'EPR', vms: 34, criticality: 'critical', vcpus: [4, 8, 8], memGb: [16, 24, 32], cluster: 'MDC-PROD', os: 'windows', testShare: 0.25 },
  { service: 'Ward systems', code: 'WARD', vms: 30, criticality: 'critical', vcpus: [2, 4], memGb: [8, 16], cluster: 'MDC-PROD', os: 'windows', testShare: 0.15 },
  { service: 'Pathology LIMS', code: 'LIMS', vms: 16, criticality: 'critical', vcpus: [4, 8], memGb: [16, 32], cluster: 'MDC-PROD', os: 'linux', testShare: 0.2 },
  { service: 'Radiology PACS/RIS', code: 'PACS', vms: 22, criticality: 'critical', vcpus: [4, 8, 16], memGb: [16, 24, 32], cluster: 'MDC-PROD', os: 'windows', testShare: 0.1 },
  { service: 'Pharmacy', code: 'PHAR', vms: 10, criticality: 'high', vcpus: [2, 4], memGb: [8, 16], cluster: 'MDC-PROD', os: 'windows', testShare: 0.2 },
  { service: 'Theatres', code: 'THR', vms: 10, criticality: 'high', vcpus: [2, 4], memGb: [8, 16], cluster: 'MDC-PROD', os: 'windows', testShare: 0.2 },
  { service: 'Maternity', code: 'MAT', vms: 10, criticality: 'high', vcpus: [2, 4], memGb: [8, 16], cluster: 'MDC-PROD', os: 'windows', testShare: 0.2 },
  { service: 'Integration engine', code: 'TIE', vms: 12, criticality: 'critical', vcpus: [4, 8], memGb: [16, 32], cluster: 'MDC-PROD', os: 'linux', testShare: 0.25 },
  { service: 'Clinical portal', code: 'PORT', vms: 14, criticality: 'high', vcpus: [2, 4], memGb: [8, 16], cluster: 'MDC-PROD', os: 'windows', testShare: 0.2 },
  { service: 'Community systems', code: 'COMM', vms: 14, criticality: 'high', vcpus: [2, 4], memGb: [8, 16], cluster: 'MDC-PROD', os: 'windows', testShare: 0.15 },
  { service: 'SQL clusters', code: 'SQL', vms: 18, criticality: 'critical', vcpus: [8, 8, 16], memGb: [32, 48, 64], cluster: 'MDC-PROD', os: 'windows', testShare: 0.15 },
  { service: 'Finance', code: 'FIN', vms: 10, criticality: 'medium', vcpus: [2, 4], memGb: [8, 16], cluster: 'MDC-PROD', os: 'windows', testShare: 0.2 },
  { service: 'HR', code: 'HR', vms: 8, criticality: 'medium', vcpus: [2, 4], memGb: [8, 16], cluster: 'MDC-PROD', os: 'windows', testShare: 0.2 },
  { service: 'Email, file and print', code: 'FPS', vms: 20, criticality: 'high', vcpus: [2, 4], memGb: [8, 16], cluster: 'MDC-PROD', os: 'windows', testShare: 0.05 },
  { service: 'Intranet', code: 'WEB', vms: 10, criticality: 'medium', vcpus: [2], memGb: [4, 8], cluster: 'MDC-PROD', os: 'linux', testShare: 0.2 },
  { service: 'Remote access', code: 'RAS', vms: 8, criticality: 'high', vcpus: [2, 4], memGb: [8], cluster: 'MDC-PROD', os: 'linux', testShare: 0 },
  { service: 'Telephony', code: 'TEL', vms: 8, criticality: 'high', vcpus: [2, 4], memGb: [8], cluster: 'MDC-PROD', os: 'linux', testShare: 0 },
  { service: 'Test and development', code: 'DEV', vms: 24, criticality: 'low', vcpus: [2, 4], memGb: [4, 8], cluster: 'MDC-PROD', os: 'windows', testShare: 1 },
  { service: 'Domain controllers', code: 'DC', vms: 4, criticality: 'critical', vcpus: [2], memGb: [8], cluster: 'MDC-MGMT', os: 'windows', testShare: 0 },
  { service: 'Monitoring and management', code: 'MGT', vms: 16, criticality: 'medium', vcpus: [2, 4], memGb: [8, 16], cluster: 'MDC-MGMT', os: 'linux', testShare: 0 },
  { service: 'Backup', code: 'BKP', vms: 6, criticality: 'high', vcpus: [4, 8], memGb: [16, 32], cluster: 'MDC-MGMT', os: 'windows', testShare: 0 },
  { service: 'PAS/EPR', code: 'EPR-DR', vms: 14, criticality: 'critical', vcpus: [4, 8], memGb: [16, 32], cluster: 'SS-PROD', os: 'windows', testShare: 0 },
  { service: 'Pathology LIMS', code: 'LIMS-DR', vms: 6, criticality: 'critical', vcpus: [4], memGb: [16], cluster: 'SS-PROD', os: 'linux', testShare: 0 },
  { service: 'Domain controllers', code: 'DC', vms: 2, criticality: 'critical', vcpus: [2], memGb: [8], cluster: 'SS-PROD', os: 'windows', testShare: 0 },
  { service: 'Radiology PACS/RIS', code: 'PACS-ARC', vms: 8, criticality: 'high', vcpus: [4, 8], memGb: [16, 32], cluster: 'SS-PROD', os: 'windows', testShare: 0 },
  { service: 'Email, file and print', code: 'FPS', vms: 8, criticality: 'high', vcpus: [2, 4], memGb: [8, 16], cluster: 'SS-PROD', os: 'windows', testShare: 0 },
  { service: 'Community systems', code: 'COMM', vms: 10, criticality: 'high', vcpus: [2, 4], memGb: [8, 16], cluster: 'SS-PROD', os: 'windows', testShare: 0.1 },
];

/** The physical stragglers: boxes in ward comms rooms and appliances that never moved onto the clusters. */
const stragglers: readonly CanonicalRow[] = [
  { id: 'WCR-A-NURSECALL01', service: 'Ward systems', apps: 'Nurse call server', site: 'Ward comms room A (Tower block)', criticality: 'critical', os: 'Windows Server 2012 R2', cpu_cores: 4, mem_gb: 16, power_watts: 180, purchase_year: 2014, virtualisable: 'no', not_virtualisable_reason: 'Nurse call vendor supports its own appliance only' },
  { id: 'WCR-A-TELEM01', service: 'Ward systems', apps: 'Cardiac telemetry gateway', site: 'Ward comms room A (Tower block)', criticality: 'critical', os: 'Windows Server 2016', cpu_cores: 8, mem_gb: 32, power_watts: 220, purchase_year: 2017, virtualisable: 'no', not_virtualisable_reason: 'Medical device gateway (MHRA-registered configuration)' },
  { id: 'WCR-B-FETAL01', service: 'Maternity', apps: 'Fetal monitoring central station', site: 'Ward comms room B (Women and children)', criticality: 'critical', os: 'Windows Server 2016', cpu_cores: 8, mem_gb: 32, power_watts: 230, purchase_year: 2016 },
  { id: 'WCR-B-PRINT01', service: 'Email, file and print', apps: 'Ward print server', site: 'Ward comms room B (Women and children)', criticality: 'medium', os: 'Windows Server 2012 R2', cpu_cores: 4, mem_gb: 8, power_watts: 150, purchase_year: 2013 },
  { id: 'WCR-C-OPD01', service: 'Clinical portal', apps: 'Outpatient check-in kiosks', site: 'Ward comms room C (Outpatients)', criticality: 'medium', os: 'Windows Server 2016', cpu_cores: 4, mem_gb: 16, power_watts: 170, purchase_year: 2017 },
  { id: 'WCR-C-BMS01', service: 'Estates', apps: 'Building management system', site: 'Ward comms room C (Outpatients)', criticality: 'high', os: 'Windows Server 2012 R2', cpu_cores: 4, mem_gb: 8, power_watts: 160, purchase_year: 2012, virtualisable: 'no', not_virtualisable_reason: 'BMS controller card in the server' },
  { id: 'MDC-PACS-MOD01', service: 'Radiology PACS/RIS', apps: 'Modality worklist gateway', site: MAIN, criticality: 'high', os: 'Red Hat Enterprise Linux 7', cpu_cores: 8, mem_gb: 32, power_watts: 250, purchase_year: 2017 },
  { id: 'MDC-FIN-PAY01', service: 'Finance', apps: 'Payroll interface (USB licence dongle)', site: MAIN, criticality: 'medium', os: 'Windows Server 2012 R2', cpu_cores: 4, mem_gb: 16, power_watts: 190, purchase_year: 2015, virtualisable: 'no', not_virtualisable_reason: 'USB licence dongle' },
  { id: 'MDC-BKP-MEDIA01', service: 'Backup', apps: 'Tape library media server', site: MAIN, criticality: 'high', os: 'Windows Server 2019', cpu_cores: 16, mem_gb: 64, power_watts: 420, purchase_year: 2019, virtualisable: 'no', not_virtualisable_reason: 'SAS-attached tape library' },
  { id: 'SS-PHAR-ROBOT01', service: 'Pharmacy', apps: 'Dispensing robot controller', site: SECOND, criticality: 'high', os: 'Windows Server 2016', cpu_cores: 4, mem_gb: 16, power_watts: 170, purchase_year: 2016, virtualisable: 'no', not_virtualisable_reason: 'Robot vendor supports its own appliance only' },
];

export interface VirtualTrust {
  servers: CanonicalRow[];
  hosts: HostInUseRow[];
  licences: LicenceInUseRow[];
}

/**
 * The bundled mostly virtual trust (`--estate sample:virtual`): about 350 VMs on 14 vSphere
 * hosts in 3 clusters, use as RVTools reports it (mostly one-instant readings, some p95 from
 * monitoring, some none), a per-core vSphere subscription renewing in 2027, Windows Server
 * Datacenter on every host core, and ten physical stragglers in ward comms rooms and appliances. Same seed, same files.
 */
export function generateVirtualTrust(seed = VIRTUAL_TRUST_SEED): VirtualTrust {
  const prng = createPrng(seed);
  const hosts = clusters.flatMap((c) => clusterHosts(c, prng));
  const servers: CanonicalRow[] = [];
  const counters = new Map<string, number>();
  for (const s of services) {
    const cluster = clusters.find((c) => c.name === s.cluster)!;
    const clusterHostIds = hosts.filter((h) => h.cluster === cluster.name).map((h) => String(h.id));
    for (let i = 0; i < s.vms; i++) {
      const prefix = `${cluster.site === MAIN ? 'MDC' : 'SS'}-${s.code}`;
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      const test = i >= s.vms - Math.round(s.vms * s.testShare);
      servers.push(virtualMachine(prng, `${prefix}-${String(n).padStart(2, '0')}`, s, cluster, prng.pick(clusterHostIds), test));
    }
  }
  servers.push(...stragglers.map((r) => ({ kind: 'physical', environment: 'production', ...r })));
  const cores = hosts.reduce((sum, h) => sum + Number(h.sockets) * Number(h.cores_per_socket), 0);
  const licences: LicenceInUseRow[] = [
    { product: 'VMware vSphere Foundation (per-core subscription)', hypervisor: 'vmware', unit: 'core', quantity: cores, used: cores, renewal_date: VIRTUAL_TRUST_RENEWAL },
    { product: 'VMware vCenter Server Standard', hypervisor: 'vmware', unit: 'other', quantity: 1, used: 1, renewal_date: VIRTUAL_TRUST_RENEWAL },
    { product: 'Windows Server 2022 Datacenter (per core, hosts)', hypervisor: 'other', unit: 'core', quantity: cores, used: cores },
  ];
  return { servers, hosts, licences };
}

function clusterHosts(c: (typeof clusters)[number], prng: Prng): HostInUseRow[] {
  return Array.from({ length: c.hosts }, (_, i): HostInUseRow => {
    const year = prng.int(c.years[0], c.years[1]);
    const month = prng.int(1, 12);
    const warrantyEnd = `${year + 5}-${String(month).padStart(2, '0')}-28`;
    return {
      id: `${c.prefix}${String(i + 1).padStart(2, '0')}.trust.nhs.uk`,
      cluster: c.name,
      site: c.site,
      vendor: c.vendor,
      model: c.model,
      cpu_model: c.cpuModel,
      sockets: 2,
      cores_per_socket: c.coresPerSocket,
      ram_gb: c.ramGb,
      cpu_util: prng.float(18, 42, 1),
      mem_util: prng.float(55, 78, 1),
      rack_units: c.model.includes('R650') ? 1 : 2,
      purchase_year: year,
      warranty_end: warrantyEnd,
      // Under the maker's warranty support is part of the purchase; after it, a post-warranty contract.
      annual_support_gbp: year + 5 <= 2026 ? 1450 : 0,
      hypervisor: 'vmware',
    };
  });
}

const roles = ['application server', 'web server', 'database server', 'interface server', 'reporting server'] as const;

function virtualMachine(prng: Prng, id: string, s: (typeof services)[number], cluster: (typeof clusters)[number], host: string, test: boolean): CanonicalRow {
  const vcpus = prng.pick(s.vcpus);
  const memGb = prng.pick(s.memGb);
  // As RVTools reports it: most VMs have one reading at export time, a few have a p95 from the monitoring system, some none.
  const basis = prng.chance(0.7) ? 'snapshot' : prng.chance(0.75) ? 'p95' : undefined;
  const busy = s.criticality === 'critical' ? [4, 25] : s.criticality === 'low' ? [1, 8] : [2, 15];
  return {
    id,
    kind: 'virtual',
    service: s.service,
    apps: `${s.service} ${prng.pick(roles)}`,
    site: cluster.site,
    environment: test ? 'test' : 'production',
    criticality: test ? 'low' : s.criticality,
    os: s.os === 'windows' ? prng.pick(['Windows Server 2016', 'Windows Server 2019', 'Windows Server 2022']) : prng.pick(['Red Hat Enterprise Linux 8', 'Red Hat Enterprise Linux 9', 'Ubuntu 22.04 LTS']),
    cpu_cores: vcpus,
    cpu_util_p95: basis === undefined ? undefined : prng.float(busy[0]!, busy[1]!, 1),
    core_perf: cluster.corePerf,
    mem_gb: memGb,
    mem_util_p95: basis === undefined ? undefined : prng.float(30, 70, 1),
    storage_gb: prng.pick([60, 100, 150, 250, 500]),
    rack_units: 0,
    host,
    cluster: cluster.name,
    usage_basis: basis,
  };
}
