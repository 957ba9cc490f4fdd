import { recyclingShortfall } from '../../engine/dr/recycling-shortfall.js';
import type { Evaluation } from '../../engine/evaluate.js';
import type { Server } from '../../engine/estate/server.js';
import { recycledHosts } from '../../engine/tco/recycled-hosts.js';
import { warrantyEndYear } from '../../engine/tco/warranty-end-year.js';
import { formatNumber } from '../../reports/format/numbers.js';
import type { Answer } from './answer.js';

/** How many under-warranty servers the table lists, largest first. */
const shown = 10;

/**
 * "Which servers could we recycle as hosts?", "how many of our servers are still under warranty
 * and big enough to be hosts?": the moved physical servers that qualify as hosts of the plan
 * instead of new ones, by the engine's rule (engine/tco/recycled-hosts.ts): still under warranty
 * in the appraisal year and at least as large as the plan's host model in CPU (cores x
 * core_perf) and RAM. Names them, or says why none does, with the nearest candidates listed.
 *
 * @example recyclableServersAnswer(evaluate({ ... }), estate.servers, 'the whole estate').headline
 */
export function recyclableServersAnswer(evaluation: Evaluation, servers: readonly Server[], scopeName: string): Answer {
  const { plan, appraisal, assumptions, scenario } = evaluation;
  const model = plan.hostModel;
  const year0 = appraisal.appraisalYear;
  const warrantyYears = assumptions.get('support.warrantyYears');
  const placed = new Set(plan.placements.map((p) => p.workload));
  const moved = servers.filter((s) => placed.has(s.id));
  const physical = moved.filter((s) => s.kind === 'physical');
  const inWarranty = physical.filter((s) => (warrantyEndYear(s, warrantyYears) ?? -Infinity) >= year0);
  const qualifying = recycledHosts(plan, moved, year0, warrantyYears);
  const rule = `still under warranty in ${year0} and at least as large as the plan's host model, ${model.model} (${model.cores} cores at core_perf ${model.corePerf}, ${formatNumber(model.ramGb)} GB of RAM)`;
  const where = `of the ${formatNumber(physical.length)} physical servers the plan for ${scopeName} moves`;
  const headline =
    qualifying.length > 0
      ? qualifying.length === 1
        ? `1 ${where} could be recycled as a host, being ${rule}: ${qualifying[0]!.server}. Reusing it saves buying that host; its own support and power are counted instead.`
        : `${formatNumber(qualifying.length)} ${where} could be recycled as hosts, being ${rule}: ${qualifying.map((r) => r.server).join(', ')}. Reusing them saves buying those hosts; their own support and power are counted instead.`
      : `None ${where} can be recycled as a host (a server qualifies when it is ${rule}): ${recyclingShortfall(model, moved, year0, warrantyYears)}.`;
  const size = (s: Server) => s.cpuCores * (s.corePerf ?? 0);
  const largest = [...inWarranty].sort((a, b) => size(b) - size(a) || b.memGb - a.memGb || a.id.localeCompare(b.id, 'en-GB')).slice(0, shown);
  const recycledIds = new Set(qualifying.map((r) => r.server));
  return {
    kind: 'estate',
    headline,
    figures: [
      { label: 'Physical servers moved', value: formatNumber(physical.length), raw: physical.length },
      { label: `Still under warranty in ${year0}`, value: formatNumber(inWarranty.length), raw: inWarranty.length },
      { label: 'Large enough to be hosts', value: formatNumber(qualifying.length), raw: qualifying.length },
    ],
    tables:
      largest.length === 0
        ? []
        : [
            {
              title: `The largest servers still under warranty, against a ${model.model} (${model.cores} cores at core_perf ${model.corePerf}, ${formatNumber(model.ramGb)} GB)`,
              columns: ['Server', 'Service', 'Cores', 'Per-core performance', 'RAM (GB)', 'Warranty ends', 'Can be a host'],
              rows: largest.map((s) => [s.id, s.service, formatNumber(s.cpuCores), s.corePerf === undefined ? 'unknown' : String(s.corePerf), formatNumber(s.memGb), String(warrantyEndYear(s, warrantyYears)), recycledIds.has(s.id) ? 'Yes' : 'No']),
            },
          ],
    notes: [
      `The rule is the engine's for recycled kit (docs/model.md): a server with no recorded core_perf or warranty is not reused, because nothing shows it is fit; warranty ends at warranty_end, else the purchase year plus ${formatNumber(warrantyYears)} years.`,
    ],
    actions: [
      ...(qualifying.length > 0 ? [{ id: 'ask' as const, label: 'Cost it with them as hosts', question: `what if we consolidate ${scopeName} and recycle those servers as hosts?` }] : []),
      { id: 'ask', label: 'DR options', question: 'what are our DR options?' },
      { id: 'business-case', label: 'Business case PDF', scenario },
    ],
    scenario,
  };
}
