import type { AssumptionInForce } from '../../engine/assumptions/assumption-set.js';
import type { Server } from '../../engine/estate/server.js';
import type { PlannedHost, UnplacedWorkload } from '../../engine/plan/plan.js';
import type { CostLine } from '../../engine/tco/appraisal.js';
import { formatMoney, formatNumber, formatPercent } from '../format/numbers.js';
import { tableView } from '../html/table-view.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { AppendicesView } from './business-case-view.js';
import type { CaseFigures } from './case-figures.js';
import { formatAssumptionValue } from './format-assumption-value.js';
import { glossary } from './glossary.js';
import { methodSections } from './method-sections.js';

const origins: Record<AssumptionInForce['origin'], string> = {
  default: '',
  file: ' (set in the assumptions file)',
  scenario: ' (set by the scenario)',
  cli: ' (set for this paper)',
  chat: ' (set in the question)',
};

const sides: Record<CostLine['side'], string> = { baseline: 'Do nothing', staying: 'Both', option: 'Option' };

/** Appendices A–E: assumptions, inventory, placement plan, method with cost lines, glossary. */
export function appendicesView(input: BusinessCaseInput, f: CaseFigures): AppendicesView {
  const { assumptions, plan, appraisal } = input.preferred.evaluation;
  const byId = new Map(input.estate.servers.map((s) => [s.id, s]));
  const hostOf = new Map(plan.placements.map((p) => [p.workload, p.host]));
  const reasonOf = new Map(plan.unplaced.map((u) => [u.workload, u.reason]));
  const inScope = plan.inScope.map((id) => byId.get(id)).filter((s): s is Server => s !== undefined);
  const overridden = assumptions.overridden();
  return {
    assumptionsNote: [
      `Every number the model uses is listed here with its source. ${overridden.length === 0 ? 'All are the documented defaults.' : `${overridden.length} differ from the documented defaults for this paper, as marked.`} Any of them can be changed and the paper regenerated (for example unsprawl report --set energy.pricePerKwh=0.30); the low and high values are the ranges used in the sensitivity analysis.`,
    ],
    assumptionsTable: tableView<AssumptionInForce>(
      'Table A1. Assumptions in force',
      [
        { label: 'Assumption', value: (a) => `${a.description} [${a.key}]` },
        { label: 'Value', value: (a) => `${formatAssumptionValue(a.value, a.unit)}${origins[a.origin]}` },
        { label: 'Range tested', value: (a) => (a.low !== undefined && a.high !== undefined ? `${formatAssumptionValue(a.low, a.unit)} – ${formatAssumptionValue(a.high, a.unit)}` : '—') },
        { label: 'Source', value: (a) => a.source },
      ],
      assumptions.all(),
      { className: 'compact assumptions' },
    ),
    inventoryTable: tableView<Server>(
      `Table B1. The ${formatNumber(inScope.length)} servers in scope`,
      [
        { label: 'Server', value: (s) => s.id },
        { label: 'Service', value: (s) => s.service },
        { label: 'Site', value: (s) => s.site },
        { label: 'Criticality', value: (s) => s.criticality },
        { label: 'Cores', numeric: true, value: (s) => formatNumber(s.cpuCores) },
        { label: 'CPU p95', numeric: true, value: (s) => (s.cpuUtilP95 === undefined ? '—' : `${formatNumber(s.cpuUtilP95)}%`) },
        { label: 'RAM GB', numeric: true, value: (s) => formatNumber(s.memGb) },
        { label: 'Bought', numeric: true, value: (s) => (s.purchaseYear === undefined ? '—' : String(s.purchaseYear)) },
        { label: 'Plan', value: (s) => hostOf.get(s.id) ?? `stays (${reasonOf.get(s.id) ?? 'not placed'})` },
      ],
      inScope,
      { className: 'compact inventory' },
    ),
    placementTable: tableView<PlannedHost>(
      `Table C1. The ${formatNumber(plan.hosts)} hosts (${plan.hostModel.vendor} ${plan.hostModel.model}: ${plan.hostModel.cores} cores, ${formatNumber(plan.hostModel.ramGb)} GB) and what each carries`,
      [
        { label: 'Host', value: (h) => h.id },
        { label: 'Cluster', value: (h) => h.cluster },
        { label: 'Site', value: (h) => h.site },
        { label: 'Role', value: (h) => h.role },
        { label: 'Servers', numeric: true, value: (h) => formatNumber(h.workloads.length) },
        { label: 'CPU', numeric: true, value: (h) => formatPercent(h.utilisation.cpu) },
        { label: 'RAM', numeric: true, value: (h) => formatPercent(h.utilisation.ram) },
        { label: 'Workloads', value: (h) => (h.workloads.length === 0 ? 'spare capacity' : h.workloads.join(', ')) },
      ],
      plan.hostDetails,
      { className: 'compact placement' },
    ),
    unplacedTable: tableView<UnplacedWorkload>(
      `Table C2. Servers that stay as they are (${formatNumber(plan.unplaced.length)})`,
      [
        { label: 'Server', value: (u) => u.workload },
        { label: 'Reason', value: (u) => u.reason },
      ],
      plan.unplaced,
      { className: 'compact' },
    ),
    hasUnplaced: plan.unplaced.length > 0,
    method: methodSections(f),
    costLinesTable: tableView<CostLine>(
      `Table D1. Cost lines, their formulas and ${f.horizonYears}-year totals (undiscounted)`,
      [
        { label: 'Line', value: (l) => l.label },
        { label: 'Case', value: (l) => sides[l.side] },
        { label: 'Formula', value: (l) => l.formula },
        { label: 'Total', numeric: true, value: (l) => formatMoney(l.total) },
      ],
      appraisal.lines.filter((l) => l.total !== 0),
      { className: 'compact' },
    ),
    glossary: [...glossary],
  };
}
