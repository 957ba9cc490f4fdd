import type { Server } from '../estate/server.js';
import type { SizingSignal } from '../plan/plan.js';

/** The signal a server is sized from: its usage basis when it has a CPU or memory figure, else its allocation. */
export function sizingSignal(server: Server): SizingSignal {
  if (server.cpuUtilP95 === undefined && server.memUtilP95 === undefined) return 'allocation';
  return server.usageBasis ?? 'p95';
}
