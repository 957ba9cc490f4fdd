import type { HostModel } from '../hosts/host-model.js';
import type { RetiredWorkload } from '../retirement/retirement-review.js';
import type { Scenario } from '../scenario/scenario.js';
import type { TodayInfrastructure } from './today-infrastructure.js';

/**
 * What sized a workload: `p95`, a measured 95th percentile; `snapshot`, use at one instant (an
 * RVTools export) with the comfort margin; `allocation`, no measurement, so its full allocation.
 */
export type SizingSignal = 'p95' | 'snapshot' | 'allocation';

/** Demand of one workload in target-host units, after sizing and growth. */
export interface WorkloadDemand {
  workload: string;
  signal: SizingSignal;
  /** CPU demand in target-host cores (already divided by host core_perf, grown over the horizon). */
  cpuCores: number;
  memGb: number;
  storageGb: number;
  /** Allocated vCPUs, for the overcommit.vcpuPerCore limit. */
  vcpus: number;
}

export type HostRole = 'active' | 'spare' | 'dr' | 'dr-spare';

/** One host of the plan and what it carries. */
export interface PlannedHost {
  /** Stable name, e.g. `main-01`, `dr-02`. */
  id: string;
  cluster: string;
  site: string;
  /** The one organisation whose workloads the host carries, when the estate names organisations and the scenario keeps them apart. */
  organisation?: string;
  role: HostRole;
  workloads: string[];
  /** Fraction of the host's raw capacity used (0-1) per dimension. */
  utilisation: { cpu: number; ram: number; storage: number; vcpu: number };
}

/** A workload that stays where it is, and why (not virtualisable, too large for the model, ...). */
export interface UnplacedWorkload {
  workload: string;
  reason: string;
}

/** One cluster: a site's (or the whole estate's) pool of identical hosts. */
export interface ClusterPlan {
  name: string;
  site: string;
  /** The one organisation the cluster serves, when organisations are kept apart (see PlannedHost.organisation). */
  organisation?: string;
  purpose: 'primary' | 'dr';
  activeHosts: number;
  spareHosts: number;
  lowerBound: number;
  /** Every site whose workloads the cluster carries (small sites fold into the main site's cluster). */
  sites?: string[];
  /** Workloads the cluster carries. */
  workloads?: number;
  /** Hosts the best first-fit-decreasing variant needed (spares included), for the gap the search closed. */
  baselineHosts?: number;
}

/**
 * The answer to "how many hosts of which model, and what goes where" for one scenario.
 * `hosts`, `lowerBound`, `placements` and `unplaced` are the stable JSON contract of
 * `unsprawl plan --json` (DESIGN.md).
 */
export interface Plan {
  scenario: Scenario;
  hostModel: HostModel;
  /** All hosts in the plan: active, HA spares and DR. */
  hosts: number;
  /** Lower bound on `hosts` under the same rules (active bound + spares + DR bound). */
  lowerBound: number;
  /** Ids of the servers the scenario's scope selected to move (those switched off are in `retired`). */
  inScope: string[];
  placements: { workload: string; host: string }[];
  /** Mirrored copies on the DR cluster(s), when the scenario enables DR. */
  drPlacements?: { workload: string; host: string }[];
  unplaced: UnplacedWorkload[];
  /** In-scope servers switched off instead of moved (scenario `retire`), with the evidence; absent or empty when retire is none. */
  retired?: RetiredWorkload[];
  clusters: ClusterPlan[];
  hostDetails: PlannedHost[];
  demands: WorkloadDemand[];
  /** The hosts the scope's servers run on today, when the estate lists them: "you run on N hosts today; this plan needs M". */
  today?: TodayInfrastructure;
}
