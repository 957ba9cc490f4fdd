import { beforeAll, describe, expect, it } from 'vitest';
import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import { serverSchema, type ServerRow } from '../../../engine/estate/server.js';
import { hostModelSchema } from '../../../engine/hosts/host-model.js';
import { loadAssumptions } from '../../../engine/io/load-assumptions.js';
import { loadCorePerformance } from '../../../engine/io/load-core-performance.js';
import type { CorePerformanceTable } from '../../../engine/sizing/core-performance-table.js';
import { estimateCorePerf } from '../../../engine/sizing/estimate-core-perf.js';
import { sizeWorkload } from '../../../engine/sizing/size-workload.js';

const host = hostModelSchema.parse({
  model: 'Test 2x16', vendor: 'Test', sockets: 2, cores_per_socket: 16, core_perf: 1.5, ram_gb: 512,
  watts_idle: 200, watts_max: 800, rack_units: 1, price_gbp: 20000, annual_support_gbp: 1000,
});
const server = (row: Partial<ServerRow>) => serverSchema.parse({ id: 'S1', cpu_cores: 8, mem_gb: 64, ...row });

let assumptions: AssumptionSet;
let table: CorePerformanceTable;
beforeAll(async () => {
  assumptions = await loadAssumptions();
  table = await loadCorePerformance();
});

describe('sizeWorkload', () => {
  it('sizes a one-instant use figure with the snapshot comfort factor, and says which signal sized it', () => {
    const flat = assumptions.with({ 'growth.annual': 0, 'sizing.snapshotComfortFactor': 1.5 }, 'cli');
    const measured = { kind: 'virtual', cpu_util_p95: 20, mem_util_p95: 40, core_perf: 1.5 } as const;
    const p95 = sizeWorkload(server(measured), { host, assumptions: flat });
    const snapshot = sizeWorkload(server({ ...measured, usage_basis: 'snapshot' }), { host, assumptions: flat });
    expect(p95.signal).toBe('p95');
    expect(snapshot.signal).toBe('snapshot');
    expect(p95.cpuCores).toBeCloseTo(8 * 0.2, 10);
    expect(snapshot.cpuCores).toBeCloseTo(8 * 0.2 * 1.5, 10);
    expect(snapshot.memGb).toBeCloseTo(64 * 0.4 * 1.5, 10);
    // The margin never takes a VM past its whole allocation.
    const hot = sizeWorkload(server({ ...measured, mem_util_p95: 90, usage_basis: 'snapshot' }), { host, assumptions: flat });
    expect(hot.memGb).toBe(64);
    const unmeasured = sizeWorkload(server({ kind: 'virtual' }), { host, assumptions: flat });
    expect(unmeasured.signal).toBe('allocation');
    expect(unmeasured.memGb).toBe(64);
  });

  it('applies the DESIGN.md formula: cores x p95 x core_perf / host core_perf, grown over the horizon', () => {
    const flat = assumptions.with({ 'growth.annual': 0 }, 'cli');
    const d = sizeWorkload(server({ cpu_util_p95: 50, core_perf: 0.75, mem_util_p95: 40, storage_gb: 300 }), { host, assumptions: flat });
    expect(d.cpuCores).toBeCloseTo((8 * 0.5 * 0.75) / 1.5, 10);
    expect(d.memGb).toBeCloseTo(64 * 0.4, 10);
    expect(d.storageGb).toBe(300);
    // A physical server is right-sized: 2 host cores of demand x 1.3 comfort = 2.6, so 3 vCPUs.
    expect(d.vcpus).toBe(3);
  });

  it('takes the share page sharing saves off the memory demand, before the floor', () => {
    const flat = assumptions.with({ 'growth.annual': 0, 'sizing.memorySharing': 0.15 }, 'cli');
    const shared = sizeWorkload(server({ mem_util_p95: 40 }), { host, assumptions: flat });
    expect(shared.memGb).toBeCloseTo(64 * 0.4 * 0.85, 10);
    const tiny = sizeWorkload(server({ mem_gb: 2, mem_util_p95: 50 }), { host, assumptions: flat });
    expect(tiny.memGb).toBe(assumptions.get('sizing.minMemGb'));
    expect(sizeWorkload(server({ mem_util_p95: 40 }), { host, assumptions: flat.with({ 'sizing.memorySharing': 0 }, 'cli') }).memGb).toBeCloseTo(64 * 0.4, 10);
  });

  it('raises the memory in use to sizing.installedMemoryFloor of the installed memory (1 = the P2V default)', () => {
    const flat = assumptions.with({ 'growth.annual': 0, 'sizing.memorySharing': 0.15 }, 'cli');
    const installed = flat.with({ 'sizing.installedMemoryFloor': 1 }, 'cli');
    expect(sizeWorkload(server({ mem_util_p95: 40 }), { host, assumptions: installed }).memGb).toBeCloseTo(64 * 0.85, 10);
    const half = flat.with({ 'sizing.installedMemoryFloor': 0.5 }, 'cli');
    expect(sizeWorkload(server({ mem_util_p95: 40 }), { host, assumptions: half }).memGb).toBeCloseTo(64 * 0.5 * 0.85, 10);
    // A server using more than the floor keeps its measured use.
    expect(sizeWorkload(server({ mem_util_p95: 70 }), { host, assumptions: half }).memGb).toBeCloseTo(64 * 0.7 * 0.85, 10);
  });

  it('right-sizes the vCPUs of a physical server being converted, within its floor and its cores', () => {
    const flat = assumptions.with({ 'growth.annual': 0 }, 'cli');
    const idle = sizeWorkload(server({ cpu_util_p95: 2, core_perf: 1.5 }), { host, assumptions: flat });
    expect(idle.vcpus).toBe(assumptions.get('sizing.minVcpuAllocation'));
    const busy = sizeWorkload(server({ cpu_util_p95: 95, core_perf: 1.5 }), { host, assumptions: flat });
    expect(busy.vcpus).toBe(8);
    const generous = sizeWorkload(server({ cpu_util_p95: 50, core_perf: 1.5 }), { host, assumptions: flat.with({ 'sizing.vcpuComfortFactor': 1.5 }, 'cli') });
    expect(generous.vcpus).toBe(Math.ceil(4 * 1.5));
  });

  it('keeps the allocation of a server that is already a VM', () => {
    const vm = sizeWorkload(server({ kind: 'virtual', cpu_util_p95: 2, core_perf: 1.5 }), { host, assumptions });
    expect(vm.vcpus).toBe(8);
  });

  it('grows CPU, memory and storage by (1 + growth.annual)^horizon.years', () => {
    const grown = assumptions.with({ 'growth.annual': 0.1, 'horizon.years': 3 }, 'cli');
    const d = sizeWorkload(server({ cpu_util_p95: 100, core_perf: 1.5, storage_gb: 100 }), { host, assumptions: grown });
    expect(d.cpuCores).toBeCloseTo(8 * 1.331, 10);
    expect(d.memGb).toBeCloseTo(64 * 1.331, 10);
    expect(d.storageGb).toBeCloseTo(133.1, 10);
  });

  it('sizes unmeasured CPU at sizing.unknownCpuUtilP95 and unmeasured memory at mem_gb', () => {
    const a = assumptions.with({ 'growth.annual': 0, 'sizing.unknownCpuUtilP95': 60 }, 'cli');
    const d = sizeWorkload(server({ core_perf: 1.5 }), { host, assumptions: a });
    expect(d.cpuCores).toBeCloseTo(8 * 0.6, 10);
    expect(d.memGb).toBe(64);
  });

  it('raises idle servers to the sizing.minVcpu and sizing.minMemGb floors', () => {
    const a = assumptions.with({ 'growth.annual': 0, 'sizing.minVcpu': 1, 'sizing.minMemGb': 4 }, 'cli');
    const d = sizeWorkload(server({ cpu_cores: 2, cpu_util_p95: 1, mem_gb: 8, mem_util_p95: 10, core_perf: 1 }), { host, assumptions: a });
    expect(d.cpuCores).toBe(1);
    expect(d.memGb).toBe(4);
  });

  it('estimates core_perf from purchase_year when the server has none', () => {
    const a = assumptions.with({ 'growth.annual': 0 }, 'cli');
    const d = sizeWorkload(server({ cpu_util_p95: 100, purchase_year: 2016 }), { host, assumptions: a, corePerformance: table });
    expect(d.cpuCores).toBeCloseTo((8 * estimateCorePerf(2016, table)) / 1.5, 10);
    const unknown = sizeWorkload(server({ cpu_util_p95: 100 }), { host, assumptions: a, corePerformance: table });
    expect(unknown.cpuCores).toBeCloseTo(8 / 1.5, 10);
  });

  it('treats virtual servers as workloads like physical ones', () => {
    const d = sizeWorkload(server({ kind: 'virtual', cpu_util_p95: 50, core_perf: 1.5 }), { host, assumptions: assumptions.with({ 'growth.annual': 0 }, 'cli') });
    expect(d.cpuCores).toBeCloseTo(4, 10);
  });
});

describe('estimateCorePerf and data/core-performance.csv', () => {
  it('reads one row per year, ascending, with 2020 = 1.0 and a source on every row', () => {
    expect(table.map((r) => r.year)).toEqual([...table.map((r) => r.year)].sort((x, y) => x - y));
    expect(table.find((r) => r.year === 2020)?.corePerf).toBe(1);
    expect(table.every((r) => r.source.length > 0)).toBe(true);
  });

  it('interpolates between listed years and clamps outside the table', () => {
    const small: CorePerformanceTable = [
      { year: 2010, corePerf: 0.4, cpuGeneration: '', source: 's' },
      { year: 2020, corePerf: 1, cpuGeneration: '', source: 's' },
    ];
    expect(estimateCorePerf(2015, small)).toBeCloseTo(0.7, 10);
    expect(estimateCorePerf(2001, small)).toBe(0.4);
    expect(estimateCorePerf(2030, small)).toBe(1);
    expect(estimateCorePerf(2020, small)).toBe(1);
  });
});
