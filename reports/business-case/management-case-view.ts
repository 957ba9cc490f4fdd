import { nonCashBenefits } from '../../engine/benefits/non-cash-benefits.js';
import { criticalityRank, type Criticality, type Server } from '../../engine/estate/server.js';
import { formatMoney, formatNumber, formatPercent } from '../format/numbers.js';
import { tableView } from '../html/table-view.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { ManagementCaseView } from './business-case-view.js';
import type { CaseFigures } from './case-figures.js';

interface Milestone {
  when: string;
  milestone: string;
  detail: string;
}

interface Risk {
  risk: string;
  likelihood: string;
  impact: string;
  mitigation: string;
}

interface Benefit {
  benefit: string;
  measure: string;
  today: string;
  target: string;
  owner: string;
}

/**
 * Management case: delivery plan, risks, benefits. Migration waves come from the plan (the
 * servers it moves, least critical first, so the method is proven before clinical systems move);
 * the month ranges are a planning assumption the programme board confirms.
 */
export function managementCaseView(input: BusinessCaseInput, f: CaseFigures): ManagementCaseView {
  const { plan, assumptions } = input.preferred.evaluation;
  const byId = new Map(input.estate.servers.map((s) => [s.id, s]));
  const moved = plan.placements.map((p) => byId.get(p.workload)).filter((s): s is Server => s !== undefined);
  const count = (levels: Criticality[]) => moved.filter((s) => levels.includes(s.criticality)).length;
  const waves = [
    { levels: ['low', 'medium'] as Criticality[], when: 'Months 4–6', name: 'Migration wave 1: low and medium criticality' },
    { levels: ['high'] as Criticality[], when: 'Months 6–8', name: 'Migration wave 2: high criticality' },
    { levels: ['critical'] as Criticality[], when: 'Months 8–10', name: 'Migration wave 3: critical clinical systems' },
  ].filter((w) => count(w.levels) > 0);
  const milestones: Milestone[] = [
    { when: 'Month 0', milestone: 'Board approval', detail: 'Approve capital; confirm the programme board and senior responsible owner.' },
    { when: 'Months 1–3', milestone: 'Procurement and design', detail: `Further competition for ${formatNumber(f.hosts)} hosts, storage and networking; low-level design; migration runbooks agreed with each service.` },
    { when: 'Months 3–4', milestone: 'Build and test', detail: `Install and configure the cluster${f.drEnabled ? 's (main and DR site)' : ''}; failover tests${f.drEnabled ? '; a site recovery test' : ''}.` },
    ...waves.map((w) => ({ when: w.when, milestone: w.name, detail: `${formatNumber(count(w.levels))} servers, out of hours where services need it, each signed off by its service owner.` })),
    { when: 'Months 10–12', milestone: 'Decommission and close', detail: `Switch off and securely dispose of ${formatNumber(f.retiredPhysical)} physical servers (${formatNumber(f.redeployedOrSold)} recent ones redeployed or sold); update the asset register and support contracts.` },
    { when: 'Month 18', milestone: 'Benefits review', detail: 'Report the benefits in table 8 to the board against their targets.' },
  ];
  const hardestHit = [...moved].sort((a, b) => criticalityRank(b.criticality) - criticalityRank(a.criticality))[0];
  const risks: Risk[] = [
    {
      risk: 'A migration disrupts a clinical service',
      likelihood: 'Medium',
      impact: 'High',
      mitigation: `Least critical systems first; tested rollback for every server; cut-overs agreed with clinical leads${hardestHit ? ` (for example ${hardestHit.service})` : ''}.`,
    },
    {
      risk: 'Supplier does not support its application on a virtual machine',
      likelihood: 'Low',
      impact: 'Medium',
      mitigation: `Confirm support statements during design; ${formatNumber(f.unplaced)} servers already stay physical for known reasons (Appendix C).`,
    },
    {
      risk: 'Costs exceed the estimate',
      likelihood: 'Medium',
      impact: 'Medium',
      mitigation: `${formatPercent(f.optimismBiasRate)} optimism bias (${formatMoney(f.optimismBias)}) held as contingency; fixed-price quotes before contract award.`,
    },
    {
      risk: 'Licence prices rise at renewal',
      likelihood: 'Medium',
      impact: 'Medium',
      mitigation: 'Multi-year price where possible; the tornado (figure 4) shows the NPV at the high end of the price range.',
    },
    {
      risk: 'Concentration risk: many services on few hosts',
      likelihood: 'Low',
      impact: 'High',
      mitigation: `N+1 spare capacity in every cluster, anti-affinity for paired servers${f.drEnabled ? ', and a mirrored DR cluster for high and critical systems' : ''}.`,
    },
    {
      risk: 'Team capacity and skills',
      likelihood: 'Medium',
      impact: 'Medium',
      mitigation: 'Training is in the costs; supplier professional services for the build; backfill for peak migration months.',
    },
  ];
  const benefits: Benefit[] = [
    { benefit: 'Fewer physical servers', measure: 'Physical servers in the asset register', today: formatNumber(f.serversBefore), target: formatNumber(f.serversAfter), owner: 'Head of IT Infrastructure' },
    { benefit: 'Less rack space', measure: 'Rack units in use', today: formatNumber(f.rackUnitsBefore), target: formatNumber(f.rackUnitsAfter), owner: 'Head of IT Infrastructure' },
    { benefit: 'Lower electricity use', measure: 'MWh a year, metered', today: formatNumber(f.energyBeforeKwh / 1000), target: formatNumber(f.energyAfterKwh / 1000), owner: 'Head of Estates / Sustainability lead' },
    { benefit: 'Lower carbon emissions', measure: 'tCO2e a year (DESNZ factor)', today: formatNumber(f.tco2eBefore, 1), target: formatNumber(f.tco2eAfter, 1), owner: 'Sustainability lead' },
    { benefit: 'Lower running costs', measure: `Running costs of the systems moved, ${f.horizonYears} years`, today: formatMoney(f.running.baseline), target: formatMoney(f.running.option), owner: 'Finance business partner' },
    {
      benefit: 'Resilience',
      measure: f.drEnabled ? 'Critical systems restartable at the DR site (tested)' : 'Services restartable on another host after a failure',
      today: 'None',
      target: 'All in scope',
      owner: 'Chief Digital Information Officer',
    },
    ...nonCashBenefits(input.estate, plan, assumptions).map((b) => ({
      benefit: b.label,
      measure: `${b.measure} (${b.unit})`,
      today: b.baseline === null ? 'None' : formatNumber(b.baseline, b.baseline % 1 === 0 ? 0 : 2),
      target: formatNumber(b.target, b.target % 1 === 0 ? 0 : 2),
      owner: 'Head of IT Infrastructure',
    })),
  ];
  return {
    approach: [
      'The programme is run under the trust’s project governance: a senior responsible owner (the executive lead on the cover sheet), a programme board with clinical, finance and information governance members, and monthly highlight reports to the Digital Committee.',
      `Workloads move in waves, least critical first, so the method is proven before clinical systems move. The milestones below are a planning assumption to confirm at the design stage.`,
    ],
    milestonesTable: tableView<Milestone>(
      'Table 6. Milestones',
      [
        { label: 'When', value: (m) => m.when },
        { label: 'Milestone', value: (m) => m.milestone },
        { label: 'What happens', value: (m) => m.detail },
      ],
      milestones,
      { className: 'milestones' },
    ),
    risksTable: tableView<Risk>(
      'Table 7. Principal risks and mitigations',
      [
        { label: 'Risk', value: (r) => r.risk },
        { label: 'Likelihood', value: (r) => r.likelihood },
        { label: 'Impact', value: (r) => r.impact },
        { label: 'Mitigation', value: (r) => r.mitigation },
      ],
      risks,
    ),
    benefitsTable: tableView<Benefit>(
      'Table 8. Benefits to realise and how they will be measured',
      [
        { label: 'Benefit', value: (b) => b.benefit },
        { label: 'Measure', value: (b) => b.measure },
        { label: 'Today', numeric: true, value: (b) => b.today },
        { label: 'Target', numeric: true, value: (b) => b.target },
        { label: 'Owner', value: (b) => b.owner },
      ],
      benefits,
    ),
  };
}
