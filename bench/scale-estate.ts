import type { Estate } from '../engine/estate/estate.js';
import { serverSchema, type ServerRow } from '../engine/estate/server.js';
import { seededRandom } from '../engine/packing/seeded-random.js';

/** Servers per organisation (a large acute trust runs 2,000-5,000). */
const serversPerOrganisation = 4_000;

/** VM shapes as trusts run them: vCPUs and GB, with how often each occurs. */
const vmShapes: readonly { vcpus: number; memGb: number; weight: number }[] = [
  { vcpus: 1, memGb: 2, weight: 4 }, { vcpus: 2, memGb: 4, weight: 10 }, { vcpus: 2, memGb: 8, weight: 12 },
  { vcpus: 4, memGb: 8, weight: 12 }, { vcpus: 4, memGb: 16, weight: 14 }, { vcpus: 8, memGb: 16, weight: 8 },
  { vcpus: 8, memGb: 32, weight: 8 }, { vcpus: 8, memGb: 64, weight: 3 }, { vcpus: 16, memGb: 64, weight: 3 },
  { vcpus: 16, memGb: 128, weight: 1 }, { vcpus: 4, memGb: 32, weight: 4 }, { vcpus: 2, memGb: 16, weight: 3 },
];
const physicalCores = [4, 6, 8, 8, 12, 16, 16, 20, 24, 32];
const criticalities = ['low', 'medium', 'medium', 'medium', 'high', 'high', 'critical'] as const;

/**
 * A seeded, realistic estate of `servers` servers for the scale benchmark: organisations of about
 * 4,000 servers, each with a main data centre, a second site and a few comms rooms; three
 * quarters VMs in the usual shapes, the rest physical servers bought 2011-2023 at low
 * utilisation; 2% not virtualisable; clustered applications in anti-affinity pairs. Same
 * arguments, same estate.
 */
export function scaleEstate(servers: number, seed = 1): Estate {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const totalWeight = vmShapes.reduce((s, v) => s + v.weight, 0);
  const shape = () => {
    let r = random() * totalWeight;
    for (const v of vmShapes) if ((r -= v.weight) < 0) return v;
    return vmShapes[0]!;
  };
  // Utilisation p95 skewed low, as measured estates are: most servers idle, a few busy.
  const utilisation = (low: number, high: number) => Math.round((low + (high - low) * random() ** 2) * 10) / 10;
  const organisations = Math.max(1, Math.round(servers / serversPerOrganisation));
  const rows: ServerRow[] = [];
  for (let i = 0; i < servers; i++) {
    const org = i % organisations;
    const organisation = `Trust ${String.fromCharCode(65 + (org % 26))}${org >= 26 ? Math.floor(org / 26) : ''}`;
    const where = random();
    const site = where < 0.7 ? `${organisation} DC1` : where < 0.95 ? `${organisation} DC2` : `${organisation} Comms ${1 + Math.floor(random() * 6)}`;
    const virtual = random() < 0.75;
    const id = `S${String(i).padStart(6, '0')}`;
    const common = {
      id, site, organisation,
      service: `Service ${org}-${Math.floor(random() * 150)}`,
      environment: random() < 0.7 ? 'production' : random() < 0.5 ? 'test' : 'development',
      criticality: pick(criticalities),
      mem_util_p95: utilisation(25, 95),
      annual_support_gbp: virtual ? 0 : Math.round(200 + 900 * random()),
      anti_affinity: random() < 0.04 ? `cluster-${org}-${Math.floor(i / 2)}` : undefined,
      ...(random() < 0.02 ? { virtualisable: 'no', not_virtualisable_reason: 'certified appliance' } : {}),
    };
    if (virtual) {
      const v = shape();
      rows.push({ ...common, kind: 'virtual', cpu_cores: v.vcpus, mem_gb: v.memGb, cpu_util_p95: utilisation(3, 80), core_perf: 0.7, storage_gb: Math.round(40 + 600 * random() ** 2) });
    } else {
      const year = 2011 + Math.floor(random() * 13);
      rows.push({
        ...common, kind: 'physical', cpu_cores: pick(physicalCores), mem_gb: pick([16, 32, 32, 64, 64, 128, 256]),
        cpu_util_p95: utilisation(2, 60), purchase_year: year, storage_gb: Math.round(146 + 2_000 * random() ** 2),
        power_watts: Math.round(150 + 250 * random()),
      });
    }
  }
  return { servers: rows.map((r) => serverSchema.parse(r)), source: `scale estate of ${servers} servers (seed ${seed})`, asOf: '2026-04-01' };
}
