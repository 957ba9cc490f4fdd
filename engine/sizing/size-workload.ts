import type { AssumptionSet } from '../assumptions/assumption-set.js';
import type { Server } from '../estate/server.js';
import type { HostModel } from '../hosts/host-model.js';
import type { WorkloadDemand } from '../plan/plan.js';
import type { CorePerformanceTable } from './core-performance-table.js';
import { estimateCorePerf } from './estimate-core-perf.js';
import { sizingSignal } from './sizing-signal.js';

export interface SizingContext {
  host: HostModel;
  assumptions: AssumptionSet;
  /** Per-core performance by purchase year, for servers without core_perf (data/core-performance.csv). */
  corePerformance?: CorePerformanceTable;
}

/**
 * Relative per-core performance of a server: its own figure, else the estimate for its purchase
 * year, else 1.0 (a 2020 core), which over-sizes old servers rather than under-sizing them.
 */
export function serverCorePerf(server: Server, corePerformance?: CorePerformanceTable): number {
  if (server.corePerf !== undefined) return server.corePerf;
  if (server.purchaseYear !== undefined && corePerformance && corePerformance.length > 0) {
    return estimateCorePerf(server.purchaseYear, corePerformance);
  }
  return 1;
}

/**
 * What a server will need on the target host (DESIGN.md "Sizing", a performance-based assessment):
 * - CPU, in target-host cores: cpu_cores x cpu_util_p95/100 x core_perf / host.core_perf
 *   (sizing.unknownCpuUtilP95 when the utilisation was not measured);
 * - memory: mem_gb x mem_util_p95/100, or mem_gb when not measured, the share in use raised to
 *   sizing.installedMemoryFloor (1 = the installed memory a P2V conversion gives a VM by default),
 *   less the share the hypervisor shares away between VMs (sizing.memorySharing: transparent page
 *   sharing, on by default in ESX 3.x, off by default since 2014);
 * - storage: storage_gb;
 * each grown by (1 + growth.annual)^horizon.years, then raised to the floors sizing.minVcpu and
 * sizing.minMemGb. A use measured at one instant (usage_basis snapshot) is first multiplied by
 * sizing.snapshotComfortFactor, at most 100%, since one reading can miss the peak a percentile
 * catches. The demand names its signal. vCPUs (for the overcommit.vcpuPerCore limit): see allocatedVcpus.
 */
export function sizeWorkload(server: Server, context: SizingContext): WorkloadDemand {
  const { host, assumptions } = context;
  const growth = (1 + assumptions.get('growth.annual')) ** assumptions.get('horizon.years');
  const signal = sizingSignal(server);
  const margin = signal === 'snapshot' ? assumptions.get('sizing.snapshotComfortFactor') : 1;
  const withMargin = (util: number | undefined) => (util === undefined ? undefined : Math.min(100, util * margin));
  const cpuUtil = withMargin(server.cpuUtilP95) ?? assumptions.get('sizing.unknownCpuUtilP95');
  const memUtil = withMargin(server.memUtilP95);
  const corePerf = serverCorePerf(server, context.corePerformance);
  const cpuCores = ((server.cpuCores * cpuUtil) / 100) * (corePerf / host.corePerf) * growth;
  const memShare = memUtil === undefined ? 1 : Math.max(memUtil / 100, assumptions.get('sizing.installedMemoryFloor'));
  const memGb = server.memGb * memShare * (1 - assumptions.get('sizing.memorySharing')) * growth;
  return {
    workload: server.id,
    signal,
    cpuCores: Math.max(assumptions.get('sizing.minVcpu'), cpuCores),
    memGb: Math.max(assumptions.get('sizing.minMemGb'), memGb),
    storageGb: server.storageGb * growth,
    vcpus: allocatedVcpus(server, cpuCores, assumptions),
  };
}

/**
 * The vCPUs a workload will have. An existing VM keeps its allocation. A physical server being
 * converted (P2V) is right-sized as a performance-based assessment does: its measured demand in
 * host cores x sizing.vcpuComfortFactor, at least sizing.minVcpuAllocation, and never more than
 * the cores it has now. Without that, a 24-core server idling at 5% would take 24 vCPUs of the
 * host's overcommit budget.
 */
function allocatedVcpus(server: Server, demandCores: number, assumptions: AssumptionSet): number {
  if (server.kind === 'virtual') return server.cpuCores;
  const rightSized = Math.ceil(demandCores * assumptions.get('sizing.vcpuComfortFactor'));
  return Math.min(server.cpuCores, Math.max(assumptions.get('sizing.minVcpuAllocation'), rightSized));
}
