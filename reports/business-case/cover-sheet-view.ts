import { formatDate, formatMoney, formatMoneyShort, formatNumber, formatPercent } from '../format/numbers.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { CoverSheetView, KeyFigureView } from './business-case-view.js';
import type { CaseFigures } from './case-figures.js';
import { describePayback, paybackClause } from './describe-payback.js';
import { describeSaving } from './describe-saving.js';
import type { EstateFacts } from './estate-facts.js';
import { hypervisorName } from './hypervisor-name.js';
import { paperPurposes } from './paper-details.js';

const purposeLabels: Record<(typeof paperPurposes)[number], string> = {
  approval: 'For approval',
  assurance: 'For assurance',
  information: 'For information',
};

/** The board cover sheet: who, when, why, the summary and the decision asked for. */
export function coverSheetView(input: BusinessCaseInput, f: CaseFigures, estate: EstateFacts, title: string): CoverSheetView {
  const { details, preferred } = input;
  const scenario = preferred.evaluation.scenario;
  const hypervisor = hypervisorName(scenario.hypervisor);
  const npvSentence =
    f.npv >= 0
      ? `Over ${f.horizonYears} years it has a net present value of ${formatMoney(f.npv)} against doing nothing (Green Book ${formatPercent(f.discountRate, 1)} real), and ${paybackClause(f.paybackMonths, f.horizonYears)}.`
      : `Over ${f.horizonYears} years it costs ${formatMoney(-f.npv)} more than doing nothing in present-value terms (Green Book ${formatPercent(f.discountRate, 1)} real); the case for it rests on the risks it removes rather than on savings.`;
  return {
    organisation: details.organisation,
    reportTo: details.reportTo,
    meetingDate: details.meetingDate,
    agendaItem: details.agendaItem,
    title,
    executiveLead: details.executiveLead,
    author: details.author,
    purposes: paperPurposes.map((p) => ({ label: purposeLabels[p], selected: p === details.purpose })),
    previouslyConsidered: details.previouslyConsidered,
    executiveSummary: [
      `${details.organisation} runs ${formatNumber(f.serversBefore)} physical servers taking ${formatNumber(f.rackUnitsBefore)} rack units and about ${formatNumber(f.energyBeforeKwh / 1000)} MWh of electricity a year with cooling. ${formatNumber(estate.outOfWarranty)} are out of warranty and ${formatNumber(estate.pastServiceLife)} are past their ${estate.serviceLifeYears}-year service life; most services still sit on hardware of their own${f.drEnabled ? ', and critical systems have no mirrored recovery site' : ''}.`,
      `The preferred option (${preferred.label.replace(/^Option \d+: /, '')}) moves ${formatNumber(f.moved)} servers onto ${formatNumber(f.hosts)} ${f.hostVendor} ${f.hostModel} hosts running ${hypervisor}${f.drEnabled ? ', with a mirrored cluster at the second site for high and critical systems' : ''}. It needs ${formatMoney(f.capitalYear0)} of capital in ${financialYear(input.preferred.evaluation.appraisal.appraisalYear)} (including ${formatPercent(f.optimismBiasRate)} optimism bias) and ${f.netSavingYear1 >= 0 ? `saves about ${formatMoney(f.netSavingYear1)} a year` : `costs about ${formatMoney(-f.netSavingYear1)} a year more than doing nothing`} from year 1.`,
      `${npvSentence} The total cost of ownership of the systems it moves would ${describeSaving(f.totalCostOfOwnership)} over the period; section 6 compares this with published NHS outcomes. Electricity use falls by ${formatPercent(1 - f.energyAfterKwh / f.energyBeforeKwh)}, ${formatNumber(f.tco2eBefore - f.tco2eAfter, 1)} tCO2e a year.`,
      'Every figure comes from one model run on the trust’s inventory and the assumptions in Appendix A, each with its source; section 2.4 shows how the result moves when the key assumptions change.',
    ],
    recommendations: [
      `The Board is asked to approve the preferred option and capital of ${formatMoney(f.capitalYear0)} in ${financialYear(input.preferred.evaluation.appraisal.appraisalYear)}${f.capital !== f.capitalYear0 ? ` (${formatMoney(f.capital)} net over the ${f.horizonYears} years)` : ''}, subject to procurement through a compliant framework, and to note the revenue savings, the risks in section 5.2 and the benefits to be reported back within 12 months of go-live.`,
    ],
    strategicObjectives: details.strategicObjectives,
    bafRisks: details.bafRisks,
    implications: [
      {
        heading: 'Financial implications',
        text: `Capital ${formatMoney(f.capitalYear0)} in ${financialYear(input.preferred.evaluation.appraisal.appraisalYear)} including optimism bias${f.capital !== f.capitalYear0 ? ` (${formatMoney(f.capital)} net over the period)` : ''}; ${f.horizonYears}-year cost ${formatMoney(f.withOptionTotal)} against ${formatMoney(f.doNothingTotal)} for doing nothing; NPV ${formatMoney(f.npv)}. Capital and revenue by year are in section 4.`,
      },
      {
        heading: 'Quality and patient safety',
        text: 'Fewer, newer, supported servers with spare capacity (N+1) reduce unplanned outages of ward, theatre and diagnostic systems; migrations are scheduled with clinical services to avoid downtime at peak times.',
      },
      {
        heading: 'Equality and health inequalities',
        text: 'No direct impact on people with protected characteristics has been identified: the change is to back-office infrastructure. An equality impact assessment screening will be completed with the project initiation document.',
      },
      {
        heading: 'Data protection and cyber security',
        text: 'No new processing of personal data and no change of data controller or location. Retired disks are destroyed with certificates. A data protection impact assessment screening and the Data Security and Protection Toolkit evidence are updated before migration.',
      },
      {
        heading: 'Environmental sustainability',
        text: `Electricity use falls from about ${formatNumber(f.energyBeforeKwh / 1000)} to ${formatNumber(f.energyAfterKwh / 1000)} MWh a year, ${formatNumber(f.tco2eBefore - f.tco2eAfter, 1)} tCO2e a year less, contributing to the trust’s Green Plan.`,
      },
    ],
  };
}

/** The six numbers on the page after the cover sheet. */
export function keyFigureViews(f: CaseFigures): KeyFigureView[] {
  return [
    { label: 'Net present value', value: formatMoneyShort(f.npv), note: `over ${f.horizonYears} years at ${formatPercent(f.discountRate, 1)} real` },
    { label: 'Payback', value: f.paybackMonths === null ? `Not within ${f.horizonYears} years` : describePayback(f.paybackMonths, f.horizonYears), note: 'undiscounted, after optimism bias' },
    { label: 'Capital in year 0', value: formatMoneyShort(f.capitalYear0), note: `including ${formatPercent(f.optimismBiasRate)} optimism bias` },
    { label: 'Physical servers', value: `${formatNumber(f.serversBefore)} → ${formatNumber(f.serversAfter)}`, note: `${formatNumber(f.hosts)} hosts, ${formatNumber(f.unplaced)} servers stay physical` },
    { label: 'Rack units', value: `${formatNumber(f.rackUnitsBefore)} → ${formatNumber(f.rackUnitsAfter)}`, note: 'hosts and storage included' },
    { label: 'Carbon a year', value: `${formatNumber(f.tco2eBefore, 1)} → ${formatNumber(f.tco2eAfter, 1)} t`, note: 'tCO2e, DESNZ grid factor' },
  ];
}

/** "Trust Board (public), 14 January 2027" for the PDF footer. */
export function footerNote(input: BusinessCaseInput): string {
  return `${input.details.reportTo}, ${formatDate(input.details.meetingDate)}`;
}

/** 2026 -> "2026/27". */
function financialYear(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}
