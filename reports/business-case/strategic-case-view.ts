import { assessMaturity, type MaturityScore } from '../../engine/maturity/assess-maturity.js';
import { beforeAfterChart } from '../charts/before-after-chart.js';
import { buildFigure } from '../charts/build-figure.js';
import { formatMoney, formatNumber } from '../format/numbers.js';
import { tableView } from '../html/table-view.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { StrategicCaseView } from './business-case-view.js';
import type { CaseFigures } from './case-figures.js';
import type { EstateFacts, ServiceFacts } from './estate-facts.js';
import { hypervisorName } from './hypervisor-name.js';
import { scopeInWords } from './scope-in-words.js';
import type { Audience } from './audience.js';
import { criticalSuccessFactors, type CriticalSuccessFactor } from './critical-success-factors.js';
import type { AssessedObjective, SpendingObjectives } from './spending-objectives.js';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "server virtualisation" inside a sentence; "IT service continuity" keeps its capitals. */
const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);

/**
 * Strategic case: the estate today, the case for change, spending objectives set before any
 * option is looked at, the critical success factors, and the scope. For a public meeting the
 * sites are counted, not named (a room name tells an intruder where the servers are).
 */
export async function strategicCaseView(input: BusinessCaseInput, f: CaseFigures, e: EstateFacts, objectives: SpendingObjectives, audience: Audience): Promise<StrategicCaseView> {
  const { scenario, plan, appraisal } = input.preferred.evaluation;
  const doNothingRefresh = appraisal.lines.filter((l) => l.side !== 'option' && l.item === 'refresh').reduce((s, l) => s + l.total, 0);
  const services = e.services.length;
  const maturity = assessMaturity(input.estate, plan);
  const raised = maturity.filter((m) => (m.after?.level ?? m.before.level) > m.before.level);
  const total: ServiceFacts = {
    service: 'All services',
    servers: e.servers,
    physical: e.physical,
    virtual: e.virtual,
    highestCriticality: 'low',
    outOfWarranty: e.outOfWarranty,
    pastServiceLife: e.pastServiceLife,
  };
  return {
    context: [
      `The inventory (${input.estate.source}${input.estate.asOf ? `, as of ${input.estate.asOf}` : ''}) lists ${formatNumber(e.servers)} servers: ${formatNumber(e.physical)} physical and ${formatNumber(e.virtual)} virtual, across ${e.sites.length} site${e.sites.length === 1 ? '' : 's'}${audience === 'restricted' ? ` (${e.sites.join(', ')})` : ''} and ${services} services.`,
      'Most services were bought as projects with hardware of their own. The result is a large number of lightly used servers, each with its own support contract, power supply, rack space and refresh date.',
    ],
    estateTable: tableView<ServiceFacts>(
      'Table 1. Servers by service (most critical first)',
      [
        { label: 'Service', value: (s) => s.service },
        { label: 'Servers', numeric: true, value: (s) => formatNumber(s.servers) },
        { label: 'Physical', numeric: true, value: (s) => formatNumber(s.physical) },
        { label: 'Virtual', numeric: true, value: (s) => formatNumber(s.virtual) },
        { label: 'Highest criticality', value: (s) => (s === total ? '' : capitalise(s.highestCriticality)) },
        { label: 'Out of warranty', numeric: true, value: (s) => formatNumber(s.outOfWarranty) },
        { label: `Past ${e.serviceLifeYears} years`, numeric: true, value: (s) => formatNumber(s.pastServiceLife) },
      ],
      e.services,
      { className: 'compact', totals: [total] },
    ),
    problems: [
      {
        title: 'Age and support',
        text: `${formatNumber(e.outOfWarranty)} physical servers are out of warranty and ${formatNumber(e.pastServiceLife)} are past their ${e.serviceLifeYears}-year service life${e.oldestPurchaseYear ? ` (the oldest was bought in ${e.oldestPurchaseYear})` : ''}. Out-of-warranty support costs more, parts take longer to find, and older operating systems stop receiving security updates.`,
      },
      {
        title: 'Energy, cooling and space',
        text: `The servers draw about ${formatNumber(f.energyBeforeKwh / 1000)} MWh a year including cooling, ${formatNumber(f.tco2eBefore, 1)} tonnes of CO2e, and fill ${formatNumber(f.rackUnitsBefore)} rack units. Most of that power keeps idle processors running.`,
      },
      {
        title: 'Resilience and disaster recovery',
        text: f.drEnabled
          ? 'A failed server takes its service down until it is repaired, and there is no mirrored copy of critical systems at a second site to restart them after the loss of the main data centre.'
          : 'A failed server takes its service down until it is repaired; services on their own hardware cannot restart elsewhere.',
      },
      {
        title: 'Doing nothing is not free',
        text: `Keeping the estate as it is costs ${formatMoney(f.doNothingTotal)} over ${f.horizonYears} years, including ${formatMoney(doNothingRefresh)} of like-for-like server replacements, and the risks above remain.`,
      },
    ],
    scope: [
      `Scope of this case: ${scenario.scope === 'all' ? 'every server in the inventory' : audience === 'restricted' ? `the servers selected by “${scenario.scope}”` : scopeInWords(scenario.scope)} (${formatNumber(f.inScope)} servers). ${formatNumber(f.moved)} of them move onto ${formatNumber(f.hosts)} ${f.hostVendor} ${f.hostModel} hosts running ${hypervisorName(scenario.hypervisor)}; ${formatNumber(f.unplaced)} stay as they are for reasons (supplier support, appliances) listed ${audience === 'restricted' ? 'in Annex D' : 'in the restricted technical annex'}.`,
      plan.hosts <= plan.lowerBound
        ? `No plan under the same rules could use fewer than ${formatNumber(plan.lowerBound)} hosts, so this plan of ${formatNumber(plan.hosts)} is as small as it can be.`
        : `The plan has ${formatNumber(plan.hosts)} hosts where no plan under the same rules could use fewer than ${formatNumber(plan.lowerBound)}, so it is at most ${formatNumber(plan.hosts - plan.lowerBound)} host${plan.hosts - plan.lowerBound === 1 ? '' : 's'} from the best possible.`,
    ],
    objectivesIntro: [
      objectives.defaults
        ? 'The trust’s board details set no spending objectives for this scheme, so the defaults below are used: targets typical of NHS infrastructure cases, worded from the estate as it is today. Every option in the economic case is assessed against them.'
        : 'The trust set these spending objectives before the options were appraised; they are worded from the estate as it is today, not from any option’s results, and every option in the economic case is assessed against them.',
    ],
    objectivesTable: tableView<AssessedObjective>(
      'Table 2. Spending objectives (specific, measurable, time-bound)',
      [
        { label: 'Ref', value: (o) => o.id },
        { label: 'Objective', value: (o) => o.text },
        { label: 'Measured by', value: (o) => o.measure },
      ],
      objectives.objectives,
    ),
    csfTable: tableView<CriticalSuccessFactor>(
      'Table 3. Critical success factors (HM Treasury business case guidance)',
      [
        { label: 'Factor', value: (c) => c.name },
        { label: 'What an option must show', value: (c) => c.test },
      ],
      criticalSuccessFactors,
    ),
    maturityIntro: [
      'The NHS Infrastructure Maturity Model (NIMM) scores an infrastructure’s capabilities from 1 (initial) to 5 (optimised). Five of them move with server consolidation; the table scores them from the inventory today and with this option carried out, by the documented rules (docs/model.md, section 12). NIMM’s own self-assessment also asks about process and governance, so these are what the estate shows, not a full assessment.',
      raised.length === 0
        ? 'This option does not raise any of the five.'
        : `This option raises ${raised.length === maturity.length ? 'all five' : `${formatNumber(raised.length)} of the five`}: ${raised.map((m) => `${inSentence(m.label)} from ${m.before.level} to ${m.after!.level}`).join(', ')}.`,
    ],
    maturityTable: tableView<MaturityScore>(
      'Table 3a. NIMM maturity today and with this option (1 initial to 5 optimised)',
      [
        { label: 'Capability', value: (m) => m.label },
        { label: 'Today', numeric: true, value: (m) => String(m.before.level) },
        { label: 'With this option', numeric: true, value: (m) => String(m.after?.level ?? m.before.level) },
        { label: 'Measure today', value: (m) => m.before.evidence },
        { label: 'Measure with this option', value: (m) => m.after?.evidence ?? m.before.evidence },
      ],
      maturity,
    ),
    footprintFigure: await buildFigure(
      'figure-footprint',
      1,
      'Physical servers and rack units, today and after consolidation',
      `Physical servers fall from ${formatNumber(f.serversBefore)} to ${formatNumber(f.serversAfter)} and rack units from ${formatNumber(f.rackUnitsBefore)} to ${formatNumber(f.rackUnitsAfter)}.`,
      beforeAfterChart([
        { measure: 'Physical servers', before: f.serversBefore, after: f.serversAfter },
        { measure: 'Rack units (U)', before: f.rackUnitsBefore, after: f.rackUnitsAfter },
      ]),
      tableView<{ measure: string; before: number; after: number }>(
        'Data for figure 1',
        [
          { label: 'Measure', value: (r) => r.measure },
          { label: 'Today', numeric: true, value: (r) => formatNumber(r.before) },
          { label: 'After consolidation', numeric: true, value: (r) => formatNumber(r.after) },
          { label: 'Change', numeric: true, value: (r) => formatNumber(r.after - r.before) },
        ],
        [
          { measure: 'Physical servers (hosts included)', before: f.serversBefore, after: f.serversAfter },
          { measure: 'Physical cores', before: f.coresBefore, after: f.coresAfter },
          { measure: 'Rack units (storage included)', before: f.rackUnitsBefore, after: f.rackUnitsAfter },
        ],
        { className: 'compact' },
      ),
    ),
  };
}
