import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import type { Plan } from '../../engine/plan/plan.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import type { Appraisal } from '../../engine/tco/appraisal.js';
import { formatMoney, formatMoneyShort, formatNumber, formatPercent } from '../../reports/format/numbers.js';
import type { Answer, AnswerAction, KeyFigure } from './answer.js';
import { assumptionName } from './assumption-name.js';
import { roundForReading } from './round-for-reading.js';
import { formatAssumptionValue } from './format-assumption-value.js';

/** One engine call's result: evaluate()'s `{ scenario, assumptions, plan, appraisal }`. */
export interface EvaluationResult {
  scenario: Scenario;
  assumptions: AssumptionSet;
  plan: Plan;
  appraisal: Appraisal;
}

const hypervisorNames: Readonly<Record<Scenario['hypervisor'], string>> = { vmware: 'VMware', hyperv: 'Hyper-V', proxmox: 'Proxmox VE' };

/**
 * The answer to a what-if, worded like an analyst's one-line summary and built only from the
 * engine's evaluation, e.g. "Consolidating Ward systems (24 servers) onto 3 x PowerEdge R660
 * hosts (N+1) saves £412k over 5 years (NPV £371k at 3.5%), pays back in 19 months, cuts
 * energy 78% (41 t CO2e a year)".
 */
export function whatIfAnswer(evaluation: EvaluationResult, scopeName: string): Answer {
  const { scenario, plan, appraisal, assumptions } = evaluation;
  const facts = whatIfFacts(evaluation);
  const moved = plan.inScope.length - plan.unplaced.length;
  const notes = [
    `${hypervisorNames[scenario.hypervisor]} on ${plan.hostModel.vendor} ${plan.hostModel.model}; the plan needs ${formatNumber(plan.hosts)} hosts, and no plan under the same rules needs fewer than ${formatNumber(plan.lowerBound)}.`,
    ...changedAssumptions(assumptions),
    `Energy ${value(assumptions, 'energy.pricePerKwh')}, PUE ${value(assumptions, 'energy.pue')}, ${value(assumptions, 'carbon.kgPerKwh')}; discount rate ${value(assumptions, 'discount.rate')} (HM Treasury Green Book); optimism bias ${value(assumptions, 'optimismBias.capital')} on capital.`,
  ];
  if (plan.unplaced.length > 0) notes.push(`${formatNumber(plan.unplaced.length)} of the ${formatNumber(plan.inScope.length)} servers stay as they are: ${summariseReasons(plan)}.`);
  return {
    kind: 'what-if',
    headline: `${capitalise(whatIfSentence(scopeName, evaluation, facts))}.`,
    figures: [
      { label: 'Servers in scope', value: `${formatNumber(plan.inScope.length)} (${formatNumber(moved)} virtualised)`, raw: plan.inScope.length },
      { label: 'Hosts', value: hostsPhrase(evaluation), raw: plan.hosts },
      { label: `Saving over ${appraisal.horizonYears} years`, value: formatMoney(facts.saving), raw: facts.saving },
      { label: `NPV at ${formatPercent(appraisal.discountRate, 1)}`, value: formatMoney(appraisal.npv), raw: appraisal.npv },
      { label: 'Payback', value: appraisal.paybackMonths === null ? `not within ${appraisal.horizonYears} years` : `${formatNumber(appraisal.paybackMonths)} months`, ...(appraisal.paybackMonths === null ? {} : { raw: appraisal.paybackMonths }) },
      { label: 'Energy a year', value: `${formatNumber(facts.kwhSaved)} kWh less (${formatPercent(facts.energyCut)})`, raw: facts.kwhSaved },
      { label: 'Carbon a year', value: `${formatNumber(facts.tco2eSaved, 1)} t CO2e less`, raw: facts.tco2eSaved },
      rackFigure(appraisal),
    ],
    tables: [
      {
        title: `Costs of the ${formatNumber(plan.inScope.length)} servers in scope (${scopeName}) over ${appraisal.horizonYears} years, undiscounted`,
        columns: ['', 'Do nothing', 'With the option', 'Saving', 'Change'],
        rows: (
          [
            ['Running costs', appraisal.savings.runningCosts],
            ['Hardware and software', appraisal.savings.hardwareSoftware],
            ['Total cost of ownership', appraisal.savings.totalCostOfOwnership],
          ] as const
        ).map(([label, f]) => [label, formatMoney(f.baseline), formatMoney(f.option), formatMoney(f.saving), changeText(f.percent)]),
      },
      {
        // Do nothing is the whole estate whatever the scope (DESIGN.md): say so, or a scoped answer reads as if it were the scope's.
        title: `Cash flow, whole estate: doing nothing vs consolidating ${scopeName}`,
        columns: ['Year', 'Do nothing', 'With the option', 'Net', 'Present value'],
        rows: appraisal.cashFlows.map((c) => [String(c.calendarYear), formatMoney(c.doNothing), formatMoney(c.withOption), formatMoney(c.net), formatMoney(c.presentValue)]),
      },
    ],
    notes,
    actions: whatIfActions(scenario),
    scenario,
  };
}

export interface WhatIfFacts {
  /** Undiscounted total cost of ownership saved over the horizon (pence). */
  saving: number;
  kwhSaved: number;
  /** Share of the moved servers' own energy saved: what "consolidating X cuts energy N%" means. */
  energyCut: number;
  tco2eSaved: number;
}

/** The headline's figures, from the appraisal's first running year (energy and carbon a year). */
export function whatIfFacts({ appraisal }: EvaluationResult): WhatIfFacts {
  const year = appraisal.energy[0] ?? { beforeKwh: 0, afterKwh: 0, movedBeforeKwh: 0, movedAfterKwh: 0, beforeTco2e: 0, afterTco2e: 0 };
  const kwhSaved = year.beforeKwh - year.afterKwh;
  return {
    saving: appraisal.savings.totalCostOfOwnership.saving,
    kwhSaved,
    energyCut: year.movedBeforeKwh === 0 ? 0 : kwhSaved / year.movedBeforeKwh,
    tco2eSaved: year.beforeTco2e - year.afterTco2e,
  };
}

/** "consolidating X (n servers) onto ... saves ..., pays back ..., cuts their energy ..." without the full stop. */
export function whatIfSentence(scopeName: string, evaluation: EvaluationResult, facts = whatIfFacts(evaluation)): string {
  const { appraisal, plan } = evaluation;
  const years = `${appraisal.horizonYears} years`;
  const money =
    facts.saving >= 0
      ? `saves ${formatMoneyShort(facts.saving)} over ${years}`
      : `costs ${formatMoneyShort(-facts.saving)} more over ${years}`;
  const payback =
    appraisal.paybackMonths === null ? `does not pay back within ${years}` : `pays back in ${formatNumber(appraisal.paybackMonths)} months`;
  const energy =
    facts.kwhSaved >= 0
      ? `cuts their energy ${formatPercent(facts.energyCut)} (${formatNumber(facts.tco2eSaved, 1)} t CO2e a year)`
      : `uses ${formatPercent(-facts.energyCut)} more energy than they do`;
  return `consolidating ${scopeName} (${formatNumber(plan.inScope.length)} servers) onto ${hostsPhrase(evaluation)} ${money} (NPV ${formatMoneyShort(appraisal.npv)} at ${formatPercent(appraisal.discountRate, 1)}), ${payback}, ${energy}`;
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

/** A saving share as the change in cost: 0.64 saved -> "-64%", -0.2 saved -> "+20%". */
function changeText(savedShare: number | null): string {
  if (savedShare === null) return '';
  return savedShare >= 0 ? `-${formatPercent(savedShare)}` : `+${formatPercent(-savedShare)}`;
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
