import type { Server } from '../../engine/estate/server.js';
import type { PlannedHost, UnplacedWorkload } from '../../engine/plan/plan.js';
import { formatNumber, formatPercent } from '../format/numbers.js';
import { tableView } from '../html/table-view.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { TechnicalAnnexView } from './business-case-view.js';
import type { MigrationWave } from './migration-waves.js';

/**
 * Annex D, restricted audience only: the servers in scope by name, where each lands, what stays
 * physical and why, and which servers move in each wave. Every identifier prints whole.
 */
export function technicalAnnexView(input: BusinessCaseInput, waves: readonly MigrationWave[]): TechnicalAnnexView {
  const { plan } = input.preferred.evaluation;
  const byId = new Map(input.estate.servers.map((s) => [s.id, s]));
  const hostOf = new Map(plan.placements.map((p) => [p.workload, p.host]));
  const reasonOf = new Map(plan.unplaced.map((u) => [u.workload, u.reason]));
  const inScope = plan.inScope.map((id) => byId.get(id)).filter((s): s is Server => s !== undefined);
  return {
    introduction: [
      'This annex names servers, hosts and sites. It is for the programme board and the teams delivering the project, not for publication: it would tell an attacker where each system runs.',
    ],
    inventoryTable: tableView<Server>(
      `Table D1. The ${formatNumber(inScope.length)} servers in scope`,
      [
        { label: 'Server', nobreak: true, value: (s) => s.id },
        { label: 'Service', value: (s) => s.service },
        { label: 'Site', value: (s) => s.site },
        { label: 'Criticality', value: (s) => s.criticality },
        { label: 'Cores', numeric: true, value: (s) => formatNumber(s.cpuCores) },
        { label: 'CPU p95', numeric: true, value: (s) => (s.cpuUtilP95 === undefined ? '—' : `${formatNumber(s.cpuUtilP95)}%`) },
        { label: 'RAM GB', numeric: true, value: (s) => formatNumber(s.memGb) },
        { label: 'Bought', numeric: true, value: (s) => (s.purchaseYear === undefined ? '—' : String(s.purchaseYear)) },
        { label: 'Plan', value: (s) => (hostOf.has(s.id) ? '' : `stays (${reasonOf.get(s.id) ?? 'not placed'})`), ids: (s) => { const host = hostOf.get(s.id); return host ? [host] : []; } },
      ],
      inScope,
      { className: 'compact inventory' },
    ),
    placementTable: tableView<PlannedHost>(
      `Table D2. The ${formatNumber(plan.hosts)} hosts (${plan.hostModel.vendor} ${plan.hostModel.model}: ${plan.hostModel.cores} cores, ${formatNumber(plan.hostModel.ramGb)} GB) and what each carries`,
      [
        { label: 'Host', nobreak: true, value: (h) => h.id },
        { label: 'Cluster', nobreak: true, value: (h) => h.cluster },
        { label: 'Site', value: (h) => h.site },
        { label: 'Role', value: (h) => h.role },
        { label: 'Servers', numeric: true, value: (h) => formatNumber(h.workloads.length) },
        { label: 'CPU', numeric: true, value: (h) => formatPercent(h.utilisation.cpu) },
        { label: 'RAM', numeric: true, value: (h) => formatPercent(h.utilisation.ram) },
        { label: 'Workloads', value: (h) => (h.workloads.length === 0 ? 'spare capacity' : ''), ids: (h) => [...h.workloads] },
      ],
      plan.hostDetails,
      { className: 'compact placement' },
    ),
    unplacedTable: tableView<UnplacedWorkload>(
      `Table D3. Servers that stay as they are (${formatNumber(plan.unplaced.length)})`,
      [
        { label: 'Server', nobreak: true, value: (u) => u.workload },
        { label: 'Reason', value: (u) => u.reason },
      ],
      plan.unplaced,
      { className: 'compact' },
    ),
    hasUnplaced: plan.unplaced.length > 0,
    wavesTable: tableView<MigrationWave>(
      'Table D4. Migration waves by server',
      [
        { label: 'Wave', value: (w) => w.name },
        { label: 'Months', numeric: true, value: (w) => `${w.start}–${w.end}` },
        { label: 'Servers', value: () => '', ids: (w) => w.servers.map((s) => s.id) },
      ],
      waves,
      { className: 'compact placement' },
    ),
  };
}
