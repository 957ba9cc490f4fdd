import { recyclingShortfall } from '../../engine/dr/recycling-shortfall.js';
import type { Evaluation } from '../../engine/evaluate.js';
import type { Server } from '../../engine/estate/server.js';

/**
 * What a what-if with recycled kit (scenario `recycle`) must say first: which moved servers stand
 * in for which hosts, bought for nothing, or why none qualifies (still under warranty and at
 * least as large as the host model, engine/tco/recycled-hosts.ts).
 *
 * @example recycledKitSentence(evaluation, estate.servers) // "Recycling SS-SQL-01 as dr-01 and ... instead of buying them."
 */
export function recycledKitSentence(evaluation: Evaluation, servers: readonly Server[]): string {
  const { appraisal, plan, assumptions } = evaluation;
  const recycled = appraisal.recycledHosts ?? [];
  if (recycled.length > 0) {
    return `Recycling ${recycled.map((r) => `${r.server} as host ${r.host}`).join(', ')} instead of buying ${recycled.length === 1 ? 'it' : 'them'} (still under warranty and at least as large as a ${plan.hostModel.model}; their own support and power are counted).`;
  }
  const placed = new Set(plan.placements.map((p) => p.workload));
  const moved = servers.filter((s) => placed.has(s.id));
  return `No server can be recycled as a host, so every host is bought: ${recyclingShortfall(plan.hostModel, moved, appraisal.appraisalYear, assumptions.get('support.warrantyYears'))}.`;
}
