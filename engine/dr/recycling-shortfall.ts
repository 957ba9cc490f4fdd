import type { Server } from '../estate/server.js';
import type { HostModel } from '../hosts/host-model.js';
import { formatCount } from './format-count.js';
import { warrantyEndYear } from '../tco/warranty-end-year.js';

/**
 * Why no moved server can stand in for a host of the plan (engine/tco/recycled-hosts.ts), in
 * one sentence naming the nearest candidate, so "could we reuse servers as DR hosts?" gets a
 * reason rather than silence.
 *
 * @example recyclingShortfall(model, moved, 2026, 5) // "none of the 12 moved physical servers still under warranty ..."
 */
export function recyclingShortfall(model: HostModel, moved: readonly Server[], year0: number, warrantyYears: number): string {
  const physical = moved.filter((s) => s.kind === 'physical');
  const inWarranty = physical.filter((s) => (warrantyEndYear(s, warrantyYears) ?? -Infinity) >= year0);
  const need = `${model.cores} cores at core_perf ${model.corePerf} and ${model.ramGb} GB of RAM, as a ${model.model}`;
  if (inWarranty.length === 0) return `none of the ${formatCount(physical.length, 'moved physical server')} is still under warranty in ${year0}, so none can be reused as a host`;
  const largest = [...inWarranty].sort((a, b) => b.cpuCores * (b.corePerf ?? 0) - a.cpuCores * (a.corePerf ?? 0) || b.memGb - a.memGb || a.id.localeCompare(b.id, 'en-GB'))[0]!;
  return `none of the ${formatCount(inWarranty.length, 'moved physical server')} still under warranty in ${year0} has ${need}; the largest, ${largest.id}, has ${largest.cpuCores} cores at ${largest.corePerf ?? 'an unknown'} core_perf and ${largest.memGb} GB`;
}
