import type { OrganisationFigures } from '../../engine/tco/organisation-figures.js';
import { formatDate, formatMoney, formatMoneyShort, formatNumber, formatPercent } from '../format/numbers.js';
import { tableView } from '../html/table-view.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { CoverPaperView, CoverSheetRow, KeyFigureView, PaperFrame } from './business-case-view.js';
import type { CapitalYear, CaseFigures } from './case-figures.js';
import { paybackClause } from './describe-payback.js';
import { describeSaving } from './describe-saving.js';
import type { EstateFacts } from './estate-facts.js';
import { hypervisorName } from './hypervisor-name.js';
import { organisationsTable } from './organisations-table.js';
import { paperPurposes, type ImpactStatus } from './paper-details.js';
import { riskRegister, riskScore, type ProjectRisk } from './risk-register.js';

const purposeLabels: Record<(typeof paperPurposes)[number], string> = {
  approval: 'For approval',
  assurance: 'For assurance',
  information: 'For information',
};

const impactLabels: Record<ImpactStatus, string> = {
  'not-started': 'Not started',
  'screening-in-progress': 'Screening in progress',
  'screened-no-adverse-impact': 'Screened: no adverse impact identified',
  'full-assessment-completed': 'Full assessment completed',
};

export const notYetProvided = 'Not yet provided';

/**
 * The cover paper: the NHS board cover sheet with the decision sought and the capital ask on
 * page 1, then the key figures, the financial ask by year, the top risks and the links to the
 * trust's strategic objectives and BAF. Board details the trust has not set print as
 * "Not yet provided" here and nowhere else.
 */
export function coverPaperView(input: BusinessCaseInput, f: CaseFigures, e: EstateFacts, frame: PaperFrame): CoverPaperView {
  const { details, preferred } = input;
  const m = f.finance;
  const name = preferred.label.replace(/^Option \d+: /, '');
  const row = (label: string, value: string | undefined): CoverSheetRow => ({ label, value: value ?? notYetProvided, missing: value === undefined });
  const seen = details.committeeRoute?.filter((c) => c.outcome !== undefined) ?? [];
  const risks = riskRegister(input, f);
  const drRisk = risks.find((r) => /recovery site/.test(r.description));
  const envelope =
    m.capitalEnvelope === undefined ? '' : m.capitalAsk <= m.capitalEnvelope ? `, within the capital envelope of ${formatMoneyShort(m.capitalEnvelope)}` : `, ${formatMoneyShort(m.capitalAsk - m.capitalEnvelope)} above the capital envelope of ${formatMoneyShort(m.capitalEnvelope)}`;
  const cash = m.recurringSavings.filter((r) => r.cashReleasing).reduce((s, r) => s + r.saving, 0);
  const recurring = m.recurringSavings.reduce((s, r) => s + r.saving, 0);
  return {
    ...frame,
    organisation: details.organisation ?? notYetProvided,
    decision: [
      `The Board is asked to approve the preferred option (${name}) and capital of ${formatMoneyShort(m.capitalAsk)} in ${m.capitalAskYear} (CDEL, irrecoverable VAT included)${envelope}, with an optimism-bias risk allowance of ${formatMoneyShort(m.optimismBias)} held separately, subject to procurement through a compliant framework.`,
      `The Board is asked to note the recurring revenue saving of ${formatMoneyShort(recurring)} a year from ${m.fullYear}, the first full year after migration (${formatMoneyShort(cash)} cash-releasing), and the risks below${drRisk ? `, in particular that this option has no disaster-recovery site (risk ${drRisk.id}): the Board may accept that risk for now or choose the option with a recovery site` : ''}.`,
      'A benefits report returns to the Board 18 months after approval.',
    ],
    sheet: [
      row('Meeting', details.meeting),
      row('Meeting date', details.meetingDate === undefined ? undefined : formatDate(details.meetingDate)),
      row('Agenda item', details.agendaItem),
      row('Executive lead', details.executiveLead),
      row('Senior responsible owner', details.seniorResponsibleOwner),
      row('Author', details.author),
      row('Previously considered by', details.committeeRoute === undefined ? undefined : seen.length === 0 ? 'None before this meeting' : seen.map((c) => `${c.committee} (${formatDate(c.date)}): ${c.outcome}`).join('; ')),
      row('Equality impact assessment', details.equalityImpact === undefined ? undefined : impactLabels[details.equalityImpact]),
      row('Quality impact assessment', details.qualityImpact === undefined ? undefined : impactLabels[details.qualityImpact]),
      row('Classification', frame.classification),
    ],
    purposes: paperPurposes.map((p) => ({ label: purposeLabels[p], selected: p === details.purpose })),
    keyFigures: keyFigureViews(f),
    summary: [
      `${details.organisation ?? 'The trust'} runs ${formatNumber(f.serversBefore)} physical servers in ${formatNumber(f.rackUnitsBefore)} rack units, using about ${formatNumber(f.energyBeforeKwh / 1000)} MWh of electricity a year with cooling. ${formatNumber(e.outOfWarranty)} are out of warranty and ${formatNumber(e.pastServiceLife)} are past their ${e.serviceLifeYears}-year service life.`,
      `The preferred option moves ${formatNumber(f.moved)} servers onto ${formatNumber(f.hosts)} ${f.hostVendor} ${f.hostModel} hosts running ${hypervisorName(preferred.evaluation.scenario.hypervisor)}${f.drEnabled ? ', with a mirrored cluster at the second site for high and critical systems' : ''}. Over ${f.horizonYears} years its net present value is ${formatMoneyShort(f.npv)} against doing nothing (Green Book ${formatPercent(f.discountRate, 1)} real) and it ${paybackClause(f.paybackMonths, f.horizonYears)}; total cost of ownership of the systems it moves would ${describeSaving(f.totalCostOfOwnership)}.`,
      `Electricity use of the whole estate's servers falls by ${formatPercent(1 - f.energyAfterKwh / f.energyBeforeKwh)}, ${formatNumber(f.tco2eBefore - f.tco2eAfter, 1)} tCO2e a year. The full business case behind this paper sets out the five cases, the options considered, the uncertainty in the figures and the sources of every assumption.`,
    ],
    ...(input.organisations ? { organisations: coverOrganisations(input.organisations, f.horizonYears) } : {}),
    financialAsk: tableView<CapitalYear>(
      'The financial ask: capital (CDEL) by financial year, irrecoverable VAT included',
      [
        { label: 'Financial year', value: (r) => r.year },
        { label: 'Capital requirement', numeric: true, value: (r) => formatMoney(r.gross) },
        { label: 'Optimism bias (held separately)', numeric: true, value: (r) => formatMoney(r.optimismBias) },
        { label: 'Receipts', numeric: true, value: (r) => formatMoney(r.receipts) },
      ],
      m.capitalByYear.filter((r) => r.gross !== 0 || r.optimismBias !== 0 || r.receipts !== 0),
      { className: 'compact' },
    ),
    topRisks: tableView<ProjectRisk>(
      'Top risks (likelihood × impact)',
      [
        { label: 'Id', nobreak: true, value: (r) => r.id },
        { label: 'Risk', value: (r) => r.description },
        { label: 'Score', numeric: true, nobreak: true, value: (r) => riskScore(r.likelihood, r.impact) },
        { label: 'Residual', numeric: true, nobreak: true, value: (r) => riskScore(r.residualLikelihood, r.residualImpact) },
        { label: 'BAF', nobreak: true, value: (r) => r.baf },
      ],
      risks.slice(0, 3),
      { className: 'compact' },
    ),
    links: [
      { heading: 'Strategic objectives', items: details.strategicObjectives ?? [notYetProvided], missing: details.strategicObjectives === undefined },
      { heading: 'Board Assurance Framework', items: details.bafRisks?.map((b) => `${b.ref}: ${b.title}`) ?? [notYetProvided], missing: details.bafRisks === undefined },
    ],
    implications: [
      { heading: 'Financial', text: `Capital ${formatMoneyShort(m.capitalAsk)} in ${m.capitalAskYear}; NPV ${formatMoneyShort(f.npv)} over ${f.horizonYears} years; irrecoverable VAT of up to ${formatMoneyShort(m.irrecoverableVatOnCapital)} if COS recovery is not confirmed.` },
      { heading: 'Quality and patient safety', text: 'Supported servers with spare capacity (N+1) reduce unplanned outages of ward, theatre and diagnostic systems; migrations are scheduled with clinical services.' },
      { heading: 'Data protection and cyber security', text: 'No new processing of personal data and no change of controller or location; retired disks are destroyed with certificates.' },
      { heading: 'Environmental sustainability', text: `About ${formatNumber(f.tco2eBefore - f.tco2eAfter, 1)} tCO2e a year less, towards the trust’s Green Plan.` },
    ],
  };
}

/**
 * On an integrated care system's estate, the headline split by organisation: Table 7a's figures
 * (servers moved left to the full case), whose total row is the capital ask, cash-releasing
 * saving and NPV this paper quotes above.
 */
function coverOrganisations(o: OrganisationFigures, horizonYears: number): CoverPaperView['organisations'] {
  return {
    text: [`The ${formatNumber(o.rows.length)} organisations’ parts of the preferred option add up to the figures above (Table 7a of the full business case sets out how they are split).`],
    table: organisationsTable(o, `The preferred option by organisation (NPV over ${horizonYears} years; revenue saving in ${o.fullYear})`, { serversMoved: false, className: 'compact' }),
  };
}

/** The six tiles: short values (they never wrap), detail in the note. */
export function keyFigureViews(f: CaseFigures): KeyFigureView[] {
  return [
    { label: 'Net present value', value: formatMoneyShort(f.npv), note: `over ${f.horizonYears} years at ${formatPercent(f.discountRate, 1)} real` },
    { label: 'Payback', value: f.paybackMonths === null ? 'None' : `${formatNumber(f.paybackMonths)} months`, note: f.paybackMonths === null ? `not within ${f.horizonYears} years` : 'undiscounted, after optimism bias' },
    { label: `Capital ${f.finance.capitalAskYear}`, value: formatMoneyShort(f.finance.capitalAsk), note: `incl. VAT; ${formatMoneyShort(f.finance.optimismBias)} optimism bias apart` },
    { label: 'Physical servers', value: `${formatNumber(f.serversBefore)} → ${formatNumber(f.serversAfter)}`, note: `${formatNumber(f.hosts)} hosts; ${formatNumber(f.unplaced)} stay physical` },
    { label: 'Rack units', value: `${formatNumber(f.rackUnitsBefore)} → ${formatNumber(f.rackUnitsAfter)}`, note: 'hosts and storage included' },
    { label: 'Carbon a year', value: `${formatNumber(f.tco2eBefore, 0)} → ${formatNumber(f.tco2eAfter, 0)} t`, note: 'tCO2e, DESNZ grid factor' },
  ];
}
