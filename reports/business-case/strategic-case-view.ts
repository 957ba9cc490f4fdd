import { beforeAfterChart } from '../charts/before-after-chart.js';
import { buildFigure } from '../charts/build-figure.js';
import { formatMoney, formatNumber } from '../format/numbers.js';
import { tableView } from '../html/table-view.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { StrategicCaseView } from './business-case-view.js';
import type { CaseFigures } from './case-figures.js';
import type { EstateFacts, ServiceFacts } from './estate-facts.js';
import { hypervisorName } from './hypervisor-name.js';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Strategic case: the estate today, what is wrong with it, the scope and the objectives. */
export async function strategicCaseView(input: BusinessCaseInput, f: CaseFigures, e: EstateFacts): Promise<StrategicCaseView> {
  const { scenario, plan, appraisal } = input.preferred.evaluation;
  const doNothingRefresh = appraisal.lines.filter((l) => l.side !== 'option' && l.item === 'refresh').reduce((s, l) => s + l.total, 0);
  const services = e.services.length;
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
      `The inventory (${input.estate.source}${input.estate.asOf ? `, as of ${input.estate.asOf}` : ''}) lists ${formatNumber(e.servers)} servers: ${formatNumber(e.physical)} physical and ${formatNumber(e.virtual)} virtual, across ${e.sites.length} site${e.sites.length === 1 ? '' : 's'} (${e.sites.join(', ')}) and ${services} services.`,
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
      `Scope of this case: ${scenario.scope === 'all' ? 'every server in the inventory' : `the servers selected by “${scenario.scope}”`} (${formatNumber(f.inScope)} servers). ${formatNumber(f.moved)} of them move onto ${formatNumber(f.hosts)} ${f.hostVendor} ${f.hostModel} hosts running ${hypervisorName(scenario.hypervisor)}; ${formatNumber(f.unplaced)} stay as they are for the reasons listed in Appendix C.`,
      plan.hosts <= plan.lowerBound
        ? `No plan under the same rules could use fewer than ${formatNumber(plan.lowerBound)} hosts, so this plan of ${formatNumber(plan.hosts)} is as small as it can be.`
        : `The plan has ${formatNumber(plan.hosts)} hosts where no plan under the same rules could use fewer than ${formatNumber(plan.lowerBound)}, so it is at most ${formatNumber(plan.hosts - plan.lowerBound)} host${plan.hosts - plan.lowerBound === 1 ? '' : 's'} from the best possible.`,
    ],
    objectives: [
      'Replace unsupported and end-of-life server hardware with a supported, resilient platform.',
      `Reduce the number of physical servers from ${formatNumber(f.serversBefore)} to ${formatNumber(f.serversAfter)} and rack space from ${formatNumber(f.rackUnitsBefore)} to ${formatNumber(f.rackUnitsAfter)} units.`,
      `Reduce electricity use and carbon emissions by ${formatNumber((f.tco2eBefore - f.tco2eAfter), 1)} tCO2e a year.`,
      f.drEnabled
        ? 'Give high and critical systems a mirrored copy at the second site, so they can be restarted there after a site loss.'
        : 'Let services restart on another host within minutes after a hardware failure (N+1 clusters).',
      'Lower the total cost of ownership of the infrastructure over the appraisal period.',
    ],
    footprintFigure: await buildFigure(
      'figure-footprint',
      1,
      'Physical servers and rack units, today and after consolidation',
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
