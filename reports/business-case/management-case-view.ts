import { nonCashBenefits } from '../../engine/benefits/non-cash-benefits.js';
import { buildFigure } from '../charts/build-figure.js';
import { ganttChart, type GanttRow } from '../charts/gantt-chart.js';
import { formatNumber } from '../format/numbers.js';
import { tableView } from '../html/table-view.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { ManagementCaseView } from './business-case-view.js';
import type { CaseFigures } from './case-figures.js';
import { financialYear } from './financial-year.js';
import type { MigrationWave } from './migration-waves.js';
import { riskRegister, riskScore, type ProjectRisk } from './risk-register.js';

interface Gateway {
  name: string;
  month: number;
  decision: string;
  by: string;
}

interface Benefit {
  benefit: string;
  measure: string;
  baseline: string;
  target: string;
  by: string;
  owner: string;
  cashReleasing: string;
}

/**
 * Management case: governance and gateways, the delivery plan as a Gantt chart (from the
 * migration waves), the risk register, the benefits plan and, stated plainly, what happens to
 * critical systems if the main data centre is lost.
 */
export async function managementCaseView(input: BusinessCaseInput, f: CaseFigures, waves: readonly MigrationWave[]): Promise<ManagementCaseView> {
  const { details } = input;
  const sro = details.seniorResponsibleOwner ?? 'the senior responsible owner';
  const year0 = input.preferred.evaluation.appraisal.appraisalYear;
  const lastWave = Math.max(...waves.map((w) => w.end), 4);
  const gateways: Gateway[] = [
    { name: 'Gateway 1: approval', month: 0, decision: 'Capital and the preferred option approved', by: details.meeting ?? 'Trust Board' },
    { name: 'Gateway 2: contract award', month: 3, decision: 'Supplier, price and design accepted within the approved capital', by: 'Programme board, Capital Management Group' },
    { name: 'Gateway 3: go-live readiness', month: 4, decision: 'Cluster built, failover tested, runbooks signed off; migration may start', by: 'Programme board, design authority' },
    { name: 'Gateway 4: project closure', month: lastWave + 2, decision: 'Old servers off and disposed of; asset register and contracts updated', by: 'Programme board' },
    { name: 'Gateway 5: benefits review', month: 18, decision: 'Benefits reported against their targets', by: details.meeting ?? 'Trust Board' },
  ];
  const rows: GanttRow[] = [
    { task: 'Procurement and design', start: 0, end: 3, kind: 'Phase' },
    { task: `Build and test${f.drEnabled ? ' (both sites)' : ''}`, start: 3, end: 4, kind: 'Phase' },
    ...waves.map((w) => ({ task: `${w.name} (${formatNumber(w.servers.length)})`, start: w.start, end: w.end, kind: 'Migration wave' as const })),
    { task: 'Decommission and close', start: lastWave, end: lastWave + 2, kind: 'Phase' },
    ...gateways.map((g) => ({ task: g.name, start: g.month, end: g.month, kind: 'Gateway' as const })),
  ];
  const risks = riskRegister(input, f);
  const benefitsBy = `Mar ${year0 + 2}`;
  const benefits: Benefit[] = [
    { benefit: 'Lower support, licence and energy bills', measure: 'Revenue spend on the server estate (ledger)', baseline: `${financialYear(year0)} do-nothing budget`, target: `${f.finance.recurringSavings.filter((r) => r.cashReleasing).reduce((sum, r) => sum + r.saving, 0) >= 0 ? 'Lower' : 'Higher'} by the table 12 cash-releasing total from ${f.finance.fullYear}`, by: benefitsBy, owner: 'Director of Finance', cashReleasing: 'Yes' },
    { benefit: 'Fewer physical servers', measure: 'Physical servers in the asset register', baseline: formatNumber(f.serversBefore), target: formatNumber(f.serversAfter), by: benefitsBy, owner: 'Head of IT Infrastructure', cashReleasing: 'No' },
    { benefit: 'Less rack space', measure: 'Rack units in use', baseline: formatNumber(f.rackUnitsBefore), target: formatNumber(f.rackUnitsAfter), by: benefitsBy, owner: 'Head of IT Infrastructure', cashReleasing: 'No' },
    { benefit: 'Lower electricity use', measure: 'MWh a year, metered', baseline: formatNumber(f.energyBeforeKwh / 1000), target: formatNumber(f.energyAfterKwh / 1000), by: benefitsBy, owner: 'Head of Estates', cashReleasing: 'Yes' },
    { benefit: 'Lower carbon emissions', measure: 'tCO2e a year (DESNZ factor)', baseline: formatNumber(f.tco2eBefore, 1), target: formatNumber(f.tco2eAfter, 1), by: benefitsBy, owner: 'Sustainability lead', cashReleasing: 'No' },
    { benefit: 'Staff time freed', measure: 'Hours a year on server administration', baseline: 'Timesheet sample before go-live', target: 'Lower, redeployed to service work', by: benefitsBy, owner: 'Head of IT Infrastructure', cashReleasing: 'No' },
    ...nonCashBenefits(input.estate, input.preferred.evaluation.plan, input.preferred.evaluation.assumptions).map((n) => ({
      benefit: n.label,
      measure: `${n.measure} (${n.unit})`,
      baseline: n.baseline === null ? 'None' : formatNumber(n.baseline, n.baseline % 1 === 0 ? 0 : 2),
      target: formatNumber(n.target, n.target % 1 === 0 ? 0 : 2),
      by: benefitsBy,
      owner: 'Head of IT Infrastructure',
      cashReleasing: 'No',
    })),
  ];
  const drRisk = risks.find((r) => /recovery site/.test(r.description))?.id ?? 'open';
  const critical = input.estate.servers.filter((s) => s.criticality === 'critical');
  const criticalServices = [...new Set(critical.map((s) => s.service))].sort();
  return {
    governance: [
      `Senior responsible owner: ${sro}${details.executiveLead ? `, accountable to the ${details.executiveLead}` : ''}. A programme board with clinical, finance, information governance and cyber security members meets monthly and reports highlights to the ${details.committeeRoute?.[details.committeeRoute.length - 1]?.committee ?? 'committee that oversees digital investment'}; the design authority signs off the technical design.`,
      'Delivery passes five gateways (table 14); each is a decision by the named group, recorded in its minutes, before the next stage starts. Month ranges are a planning assumption confirmed at gateway 2.',
    ],
    ganttFigure: await buildFigure(
      'figure-gantt',
      6,
      'Delivery plan: phases, migration waves and gateways, in months from approval',
      `Procurement and design take months 0 to 3; ${waves.length} migration wave${waves.length === 1 ? '' : 's'} run from month ${Math.min(...waves.map((w) => w.start), 4)} to ${lastWave}, least critical first; the project closes in month ${lastWave + 2} and benefits are reviewed in month 18.`,
      ganttChart(rows),
      tableView<GanttRow>(
        'Data for figure 6',
        [
          { label: 'Activity', value: (r) => r.task },
          { label: 'Kind', value: (r) => r.kind },
          { label: 'From month', numeric: true, value: (r) => formatNumber(r.start) },
          { label: 'To month', numeric: true, value: (r) => formatNumber(r.end) },
        ],
        rows,
        { className: 'compact' },
      ),
    ),
    gatewaysTable: tableView<Gateway>(
      'Table 14. Gateways',
      [
        { label: 'Gateway', value: (g) => g.name },
        { label: 'Month', numeric: true, value: (g) => formatNumber(g.month) },
        { label: 'Decision', value: (g) => g.decision },
        { label: 'Decided by', value: (g) => g.by },
      ],
      gateways,
    ),
    recovery: f.drEnabled
      ? [
          `Disaster recovery: this option includes a mirrored cluster at the second site for high and critical systems, replicated from the main site by the hypervisor. If the main data centre is lost, the ${formatNumber(critical.length)} critical servers (${criticalServices.join(', ')}) are restarted at the second site; the recovery time is proven by a site recovery test before wave 3 and every year after.`,
        ]
      : [
          `Disaster recovery: this option does not include a recovery site. N+1 hosts keep services running when one host fails, but if the main data centre is lost (fire, flood, or ransomware that encrypts the hosts) the ${formatNumber(critical.length)} critical servers (${criticalServices.join(', ')}) would be rebuilt from backup onto replacement hardware, which takes days rather than hours.`,
          `The board is asked to accept this risk for now or to choose the option with a recovery site (option 4 in the economic case); it is risk ${drRisk} in the register below and stays open until a recovery site is in place.`,
        ],
    risksTable: tableView<ProjectRisk>(
      'Table 15. Risk register (likelihood × impact, 1 to 5 each)',
      [
        { label: 'Id', nobreak: true, value: (r) => r.id },
        { label: 'Risk', value: (r) => r.description },
        { label: 'Owner', value: (r) => r.owner },
        { label: 'Score', numeric: true, nobreak: true, value: (r) => riskScore(r.likelihood, r.impact) },
        { label: 'Mitigation', value: (r) => r.mitigation },
        { label: 'Residual', numeric: true, nobreak: true, value: (r) => riskScore(r.residualLikelihood, r.residualImpact) },
        { label: 'BAF', nobreak: true, value: (r) => r.baf },
      ],
      risks,
      { className: 'compact', breakable: true },
    ),
    benefitsTable: tableView<Benefit>(
      'Table 16. Benefits realisation plan',
      [
        { label: 'Benefit', value: (b) => b.benefit },
        { label: 'Measure', value: (b) => b.measure },
        { label: 'Baseline', value: (b) => b.baseline },
        { label: 'Target', value: (b) => b.target },
        { label: 'By', nobreak: true, value: (b) => b.by },
        { label: 'Owner', value: (b) => b.owner },
        { label: 'Cash-releasing', value: (b) => b.cashReleasing },
      ],
      benefits,
      { className: 'compact', breakable: true },
    ),
  };
}
