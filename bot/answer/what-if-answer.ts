import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import type { Evaluation } from '../../engine/evaluate.js';
import type { Plan } from '../../engine/plan/plan.js';
import type { Hypervisor, Scenario } from '../../engine/scenario/scenario.js';
import type { MonteCarloResult } from '../../engine/sensitivity/monte-carlo.js';
import type { Appraisal } from '../../engine/tco/appraisal.js';
import type { OrganisationFigureRow, OrganisationFigures } from '../../engine/tco/organisation-figures.js';
import { describeDrTier } from '../../reports/format/describe-dr-tier.js';
import { describeSelection } from '../../reports/format/describe-selection.js';
import { formatMoney, formatMoneyShort, formatNumber, formatPercent } from '../../reports/format/numbers.js';
import { planAgainstTodayText } from '../../reports/format/plan-against-today-text.js';
import type { Answer, AnswerAction, AnswerTable, KeyFigure } from './answer.js';
import { assumptionName } from './assumption-name.js';
import { organisationHosts } from './organisation-hosts.js';
import { roundForReading } from './round-for-reading.js';
import { formatAssumptionValue } from './format-assumption-value.js';

/** One engine call's result: evaluate()'s `{ scenario, assumptions, plan, appraisal, selection }`. */
export type EvaluationResult = Evaluation;

const hypervisorNames: Readonly<Record<Hypervisor, string>> = { vmware: 'VMware', hyperv: 'Hyper-V', proxmox: 'Proxmox VE' };

/**
 * The answer to a what-if, worded like an analyst's one-line summary and built only from the
 * engine's evaluation, e.g. "Consolidating Ward systems (24 servers) onto 3 x PowerEdge R660
 * hosts (N+1) needs £210k capital and saves £96k a year in cash from 2027/28; NPV £371k over
 * 5 years (median £310k, 8% chance of a loss), pays back in 19 months, cuts the estate's server
 * energy 12%". Every figure is the finance view's, so chat, paper and summary agree. On an
 * estate that names organisations (an integrated care system), `organisations` adds each one's
 * capital, saving, NPV and energy, rows adding up to the headline (the same rows as `tco`).
 */
export function whatIfAnswer(evaluation: EvaluationResult, scopeName: string, uncertainty?: MonteCarloResult, organisations?: OrganisationFigures): Answer {
  const { scenario, plan, appraisal, assumptions, asked } = evaluation;
  const facts = whatIfFacts(evaluation);
  const moved = plan.inScope.length - plan.unplaced.length;
  const notes = [
    describeSelection(evaluation.selection),
    `${hypervisorNames[scenario.hypervisor]} on ${plan.hostModel.vendor} ${plan.hostModel.model}; the plan needs ${formatNumber(plan.hosts)} hosts, and no plan under the same rules needs fewer than ${formatNumber(plan.lowerBound)}.`,
    ...planAgainstTodayText(plan, assumptions),
    ...(appraisal.dr ? [describeDrTier(appraisal.dr)] : []),
    ...changedAssumptions(assumptions),
    `Energy ${value(assumptions, 'energy.pricePerKwh')}, PUE ${value(assumptions, 'energy.pue')}, ${value(assumptions, 'carbon.kgPerKwh')}; discount rate ${value(assumptions, 'discount.rate')} (HM Treasury Green Book); optimism bias ${value(assumptions, 'optimismBias.capital')} on capital, shown as a separate risk allowance.`,
    `Savings split: ${formatMoney(facts.cashSaving)} a year cash-releasing (energy, support, licences, backup) and ${formatMoney(facts.nonCashSaving)} a year non-cash-releasing (staff time, rack space), full year ${facts.fullYear}.`,
    ...appraisal.assumedInputs.map((n) => `Assumed: ${n}.`),
    ...switchOffNote(appraisal),
  ];
  if (organisations) notes.push(...organisationNotes(scenario));
  if (plan.unplaced.length > 0) notes.push(`${formatNumber(plan.unplaced.length)} of the ${formatNumber(plan.inScope.length)} servers stay as they are: ${summariseReasons(plan)}.`);
  const r = appraisal.finance.reconciliation;
  return {
    kind: 'what-if',
    headline: `${capitalise(whatIfSentence(scopeName, evaluation, facts, uncertainty))}.`,
    figures: [
      { label: 'Servers in scope', value: `${formatNumber(plan.inScope.length)} (${formatNumber(moved)} virtualised)`, raw: plan.inScope.length },
      { label: 'Hosts', value: hostsPhrase(evaluation), raw: plan.hosts },
      { label: 'Capital (CDEL, incl. VAT)', value: formatMoney(facts.capital), raw: facts.capital },
      { label: `Cash-releasing saving a year (${facts.fullYear})`, value: formatMoney(facts.cashSaving), raw: facts.cashSaving },
      { label: `NPV at ${formatPercent(appraisal.discountRate, 1)}`, value: formatMoney(appraisal.npv), raw: appraisal.npv },
      ...(uncertainty ? [
        { label: 'NPV median (Monte Carlo)', value: formatMoney(uncertainty.p50), raw: uncertainty.p50 },
        { label: 'Chance of a negative NPV', value: formatPercent(uncertainty.probabilityNegative), raw: uncertainty.probabilityNegative },
      ] : []),
      { label: 'Payback', value: appraisal.paybackMonths === null ? `not within ${appraisal.horizonYears} years` : `${formatNumber(appraisal.paybackMonths)} months`, ...(appraisal.paybackMonths === null ? {} : { raw: appraisal.paybackMonths }) },
      { label: 'Energy a year (whole estate)', value: energyText(facts), raw: facts.kwhSaved },
      { label: 'Carbon a year', value: `${formatNumber(facts.tco2eSaved, 1)} t CO2e less`, raw: facts.tco2eSaved },
      rackFigure(appraisal),
    ],
    tables: [
      {
        title: `Do nothing to the option: the ${formatNumber(plan.inScope.length)} servers in scope (${scopeName}) over ${appraisal.horizonYears} years, undiscounted`,
        columns: ['', 'Do nothing', 'With the option', 'Saving'],
        rows: [
          ...r.lines.map((l) => [l.label, formatMoney(l.doNothing), formatMoney(l.option), formatMoney(l.saving)]),
          ['Total saving', '', '', formatMoney(r.total)],
        ],
      },
      {
        // Do nothing is the whole estate whatever the scope (DESIGN.md): say so, or a scoped answer reads as if it were the scope's.
        title: `Cash flow, whole estate: doing nothing vs consolidating ${scopeName}`,
        columns: ['Financial year', 'Do nothing', 'With the option', 'Net', 'Present value'],
        rows: appraisal.cashFlows.map((c) => [c.financialYear, formatMoney(c.doNothing), formatMoney(c.withOption), formatMoney(c.net), formatMoney(c.presentValue)]),
      },
      ...(organisations ? [organisationTable(organisations, appraisal.horizonYears)] : []),
    ],
    notes,
    // Buttons and follow-ups build on the question as asked: best value is chosen again, the same way.
    actions: whatIfActions(asked),
    scenario: asked,
  };
}

export interface WhatIfFacts {
  /** The capital requirement (CDEL, irrecoverable VAT included; optimism bias apart). */
  capital: number;
  /** Recurring revenue saving in the first full year after migration, cash-releasing and not (pence). */
  cashSaving: number;
  nonCashSaving: number;
  fullYear: string;
  /** Undiscounted saving over the horizon: the reconciliation's total (pence). */
  saving: number;
  kwhSaved: number;
  /** Share of the whole estate's server energy saved (the one basis every front end uses); null with no energy. */
  energyCut: number | null;
  tco2eSaved: number;
}

/** The headline's figures, from the finance view and the appraisal's first running year. */
export function whatIfFacts({ appraisal }: EvaluationResult): WhatIfFacts {
  const f = appraisal.finance;
  const year = appraisal.energy[0];
  return {
    capital: f.capital.requirement,
    cashSaving: f.recurringSavings.fullYear.cashReleasing,
    nonCashSaving: f.recurringSavings.fullYear.nonCashReleasing,
    fullYear: f.recurringSavings.fullYear.financialYear,
    saving: f.reconciliation.total,
    kwhSaved: appraisal.energyChange.beforeKwh - appraisal.energyChange.afterKwh,
    energyCut: appraisal.energyChange.percent,
    tco2eSaved: year ? year.beforeTco2e - year.afterTco2e : 0,
  };
}

function energyText(facts: WhatIfFacts): string {
  const pct = facts.energyCut === null ? '' : ` (${formatPercent(Math.abs(facts.energyCut))})`;
  return facts.kwhSaved >= 0 ? `${formatNumber(facts.kwhSaved)} kWh less${pct}` : `${formatNumber(-facts.kwhSaved)} kWh more${pct}`;
}

/** "consolidating X (n servers) onto ... needs £ capital, saves £ a year in cash ..." without the full stop. */
export function whatIfSentence(scopeName: string, evaluation: EvaluationResult, facts = whatIfFacts(evaluation), uncertainty?: MonteCarloResult): string {
  const { appraisal, plan } = evaluation;
  const years = `${appraisal.horizonYears} years`;
  const cash = facts.cashSaving >= 0
    ? `saves ${formatMoneyShort(facts.cashSaving)} a year in cash from ${facts.fullYear}`
    : `costs ${formatMoneyShort(-facts.cashSaving)} a year more in cash from ${facts.fullYear}`;
  const risk = uncertainty ? ` (median ${formatMoneyShort(uncertainty.p50)}, ${formatPercent(uncertainty.probabilityNegative)} chance of a negative NPV)` : '';
  const payback =
    appraisal.paybackMonths === null ? `does not pay back within ${years}` : `pays back in ${formatNumber(appraisal.paybackMonths)} months`;
  const cut = facts.energyCut === null ? '' : ` ${formatPercent(Math.abs(facts.energyCut))}`;
  const energy =
    facts.kwhSaved >= 0
      ? `cuts the whole estate's server energy${cut} (${formatNumber(facts.tco2eSaved, 1)} t CO2e a year)`
      : `raises the whole estate's server energy${cut}`;
  return `consolidating ${scopeName} (${formatNumber(plan.inScope.length)} servers) onto ${hostsPhrase(evaluation)} needs ${formatMoneyShort(facts.capital)} capital and ${cash}; NPV ${formatMoneyShort(appraisal.npv)} over ${years} at ${formatPercent(appraisal.discountRate, 1)}${risk}, ${payback}, ${energy}`;
}

/** "3 x PowerEdge R660 hosts (N+1)", "+ 2 at Second site for DR" when the plan has a DR cluster. */
function hostsPhrase({ plan, assumptions }: EvaluationResult): string {
  const dr = plan.clusters.filter((c) => c.purpose === 'dr');
  const drHosts = dr.reduce((n, c) => n + c.activeHosts + c.spareHosts, 0);
  const primary = plan.hosts - drHosts;
  const spare = assumptions.has('ha.spareHosts') ? ` (N+${formatNumber(assumptions.get('ha.spareHosts'))})` : '';
  const drText = drHosts > 0 ? ` plus ${formatNumber(drHosts)} at ${[...new Set(dr.map((c) => c.site))].join(' and ')} for DR` : '';
  return `${formatNumber(primary)} x ${plan.hostModel.model} hosts${spare}${drText}`;
}

/**
 * Each organisation's capital, cash-releasing saving, NPV, energy change, hosts (adding up to the
 * plan's) and payback (its own; paybacks do not add up), and the total row (the headline). Organisations the scenario leaves untouched (all zero) are left out: the rows
 * shown still add up to the total.
 */
function organisationTable(o: OrganisationFigures, years: number): AnswerTable {
  const touched = o.rows.filter((r) => r.serversMoved > 0 || r.capital !== 0 || r.cashSaving !== 0 || r.npv !== 0 || r.beforeKwh !== r.afterKwh);
  const hosts = organisationHosts(o);
  const whole = [...hosts.values()].every(Number.isInteger);
  const payback = (r: OrganisationFigureRow) => (r.paybackMonths === null ? `not within ${formatNumber(years)} years` : `${formatNumber(r.paybackMonths)} months`);
  const row = (r: OrganisationFigureRow) => [r.organisation, formatMoney(r.capital), formatMoney(r.cashSaving), formatMoney(r.npv), energyChange(r), formatNumber(hosts.get(r.organisation)!, whole ? 0 : 1), payback(r)];
  return {
    title: 'Per organisation: each one\'s part, adding up to the total',
    columns: ['Organisation', 'Capital (CDEL)', `Cash saving a year (${o.fullYear})`, 'NPV', 'Energy a year', 'Hosts', 'Payback'],
    rows: [...touched.map(row), row(o.total)],
  };
}

/** "−593,259 kWh (−71%)": the change in its servers' energy a year, on the whole-estate basis. */
function energyChange(r: OrganisationFigureRow): string {
  const change = r.afterKwh - r.beforeKwh;
  const percent = r.beforeKwh > 0 ? ` (${formatPercent(change / r.beforeKwh)})` : '';
  return `${change > 0 ? '+' : ''}${formatNumber(change)} kWh${percent}`;
}

/** How the organisations were planned, and how their parts were worked out. */
function organisationNotes(scenario: Scenario): string[] {
  const where = scenario.dataCentres ? `, with hosts only at ${scenario.dataCentres.join(' and ')}` : '';
  const planned = scenario.mixOrganisations
    ? `The organisations share hosts${where}.`
    : `Each organisation is on hosts of its own${where} (ask "what if the trusts shared hosts?" to see them share).`;
  const hosts = scenario.mixOrganisations ? ' Its hosts are its share of each host it uses, by the same demand.' : '';
  return [`${planned} Each pays the do-nothing costs of its own servers and a share of each host by its workloads' CPU and memory demand on it; the organisations' rows add up to the total in pence (shown to the nearest pound, a column may differ from its total by £1).${hosts}`];
}

/** When servers are switched off instead of moved, their saving is stated apart from consolidation's. */
function switchOffNote(appraisal: Appraisal): string[] {
  const { switchOff, consolidation } = appraisal.savingSources;
  if (switchOff.servers === 0) return [];
  return [`Switching off ${formatNumber(switchOff.servers)} unused servers first saves ${formatMoneyShort(switchOff.saving.saving)} over ${appraisal.horizonYears} years (NPV ${formatMoneyShort(switchOff.npv)}); consolidating the other ${formatNumber(consolidation.servers)} saves ${formatMoneyShort(consolidation.saving.saving)} (NPV ${formatMoneyShort(consolidation.npv)}).`];
}

function rackFigure(appraisal: Appraisal): KeyFigure {
  const freed = appraisal.inventory.before.rackUnits - appraisal.inventory.after.rackUnits;
  return { label: 'Rack space freed', value: `${formatNumber(freed, Number.isInteger(freed) ? 0 : 1)} U`, raw: freed };
}

function whatIfActions(scenario: Scenario): AnswerAction[] {
  return [
    { id: 'business-case', label: 'Business case PDF', scenario },
    { id: 'show-assumptions', label: 'Show assumptions', scenario },
    { id: 'compare-hypervisors', label: 'Compare hypervisors', scenario },
    { id: 'sensitivity', label: 'What matters most?', scenario },
  ];
}

function changedAssumptions(assumptions: AssumptionSet): string[] {
  const changed = assumptions.overridden();
  if (changed.length === 0) return [];
  return [`Changed for this answer: ${changed.map((a) => `${assumptionName(a.key)} ${formatAssumptionValue(a, a.value)} (default ${formatAssumptionValue(a, a.defaultValue)})`).join('; ')}.`];
}

function summariseReasons(plan: Plan): string {
  const counts = new Map<string, number>();
  for (const u of plan.unplaced) counts.set(u.reason, (counts.get(u.reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${roundForReading(reason)}${n > 1 ? ` (${n})` : ''}`).join('; ');
}

function value(assumptions: AssumptionSet, key: string): string {
  return assumptions.has(key) ? formatAssumptionValue(assumptions.entry(key), assumptions.get(key)) : 'n/a';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
