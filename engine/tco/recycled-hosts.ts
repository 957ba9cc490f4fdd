import type { Server } from '../estate/server.js';
import type { Plan, PlannedHost } from '../plan/plan.js';
import { warrantyEndYear } from './warranty-end-year.js';

/** A moved server that becomes one of the plan's hosts instead of a new one being bought. */
export interface RecycledHost {
  server: string;
  /** The planned host it stands in for (e.g. `dr-01`). */
  host: string;
  /** Its support as recorded; undefined when none is recorded (support.defaultPerServer applies). */
  supportPence: number | undefined;
  /** Its recorded power, when known. */
  watts: number | undefined;
}

/** DR hosts first (the 2008 case recycled its newer servers as DR hosts), then spares, then active hosts. */
const roleOrder: Record<PlannedHost['role'], number> = { dr: 0, 'dr-spare': 1, spare: 2, active: 3 };

/**
 * The moved physical servers that can serve as hosts of the plan instead of new ones: still under
 * warranty in year 0 and at least as large as the plan's host model in CPU (cores x core_perf)
 * and RAM, so the plan's sizing holds on them. A server without a known core_perf or warranty
 * is not reused (nothing shows it is fit). Largest first, onto DR hosts first.
 *
 * @example recycledHosts(plan, moved, 2026, 5).map((r) => `${r.server} -> ${r.host}`)
 */
export function recycledHosts(plan: Plan, moved: readonly Server[], year0: number, warrantyYears: number): RecycledHost[] {
  const model = plan.hostModel;
  const eligible = moved
    .filter((s) => {
      if (s.kind !== 'physical' || s.corePerf === undefined) return false;
      const warrantyEnds = warrantyEndYear(s, warrantyYears);
      return warrantyEnds !== undefined && warrantyEnds >= year0 && s.cpuCores * s.corePerf >= model.cores * model.corePerf && s.memGb >= model.ramGb;
    })
    .sort((a, b) => b.cpuCores * b.corePerf! - a.cpuCores * a.corePerf! || b.memGb - a.memGb || a.id.localeCompare(b.id, 'en-GB'));
  const slots = [...plan.hostDetails].sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.id.localeCompare(b.id, 'en-GB'));
  return eligible.slice(0, slots.length).map((s, i) => ({ server: s.id, host: slots[i]!.id, supportPence: s.annualSupportPence, watts: s.powerWatts }));
}
