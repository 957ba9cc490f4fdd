import type { AssumptionSet } from '../assumptions/assumption-set.js';
import type { HostModel } from '../hosts/host-model.js';
import type { WorkloadDemand } from '../plan/plan.js';

/**
 * The packing dimensions for one host model: what a host may carry after headroom, and each
 * workload's demand in the same order. CPU (cores x headroom.cpu), RAM (ram_gb x headroom.ram),
 * vCPUs (cores x overcommit.vcpuPerCore) always; local storage (storage_gb x headroom.storage)
 * only when the model has any (storage_gb 0 means VMs live on shared SAN storage, which placement
 * does not constrain).
 */
export interface HostCapacity {
  names: string[];
  capacity: number[];
  /** What limits each dimension's capacity, for messages: "after headroom", "raw local storage". */
  limits: string[];
  vector(demand: WorkloadDemand): number[];
}

export function workloadVectors(host: HostModel, assumptions: AssumptionSet): HostCapacity {
  const withStorage = host.storageGb > 0;
  const names = ['CPU cores', 'RAM GB', 'vCPUs', ...(withStorage ? ['storage GB'] : [])];
  const capacity = [
    host.cores * assumptions.get('headroom.cpu'),
    host.ramGb * assumptions.get('headroom.ram'),
    host.cores * assumptions.get('overcommit.vcpuPerCore'),
    ...(withStorage ? [host.storageGb * assumptions.get('headroom.storage')] : []),
  ];
  return {
    names,
    capacity,
    limits: ['after headroom', 'after headroom', 'at the vCPU-per-core limit', ...(withStorage ? ['of local storage after headroom'] : [])],
    vector: (d) => [d.cpuCores, d.memGb, d.vcpus, ...(withStorage ? [d.storageGb] : [])],
  };
}
