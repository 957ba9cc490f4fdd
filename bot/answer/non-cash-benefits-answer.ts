import type { NonCashBenefit } from '../../engine/benefits/non-cash-benefits.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import { formatHours } from '../../reports/format/format-hours.js';
import { formatNumber } from '../../reports/format/numbers.js';
import type { Answer } from './answer.js';

export interface NonCashBenefitsQuestion {
  /** nonCashBenefits(estate, plan, assumptions) for the scenario asked about. */
  benefits: readonly NonCashBenefit[];
  /** The benefit asked about ("how much downtime would live migration save us?"), led with. */
  focus?: NonCashBenefit['benefit'];
  scopeName: string;
  scenario: Scenario;
  hosts: number;
  hostModel: string;
}

/** "20 working days", "748 service hours a year", "20 minutes", "none" (no way to recover today). */
function amount(value: number | null, unit: NonCashBenefit['unit']): string {
  if (value === null) return 'none';
  if (unit === 'hours') return formatHours(value);
  if (unit === 'working days') return `${formatNumber(value, Number.isInteger(value) ? 0 : 1)} working day${value === 1 ? '' : 's'}`;
  return `${formatNumber(value, Number.isInteger(value) ? 0 : 1)} ${unit}`;
}

/** "Faster provisioning: 20 working days today, 1 working day with the plan". */
function brief(b: NonCashBenefit): string {
  return `${b.label.toLowerCase()}: ${b.baseline === null ? 'not possible today' : `${amount(b.baseline, b.unit)} today`}, ${amount(b.target, b.unit)} with the plan`;
}

/** The benefit asked about, as the answer to its question. */
function leadSentence(b: NonCashBenefit, plan: string): string {
  const today = b.baseline === null ? 'not possible today' : `${amount(b.baseline, b.unit)} today`;
  switch (b.benefit) {
    case 'plannedDowntime':
      return `Live migration would avoid ${amount((b.baseline ?? 0) - b.target, b.unit)} of planned downtime by ${plan}: hardware maintenance of the servers moved costs ${today} and ${amount(b.target, b.unit)} with the plan.`;
    case 'provisioningTime':
      return `A new server would take ${amount(b.target, b.unit)} from an approved request to service after ${plan}, against ${today}.`;
    default:
      // "Hours to restore the critical and high systems ..." -> "Restoring the critical and high systems ... would take".
      return `${b.measure.replace(/^Hours to restore/, 'Restoring').replace(/^Hours to restart/, 'Restarting')} would take ${amount(b.target, b.unit)} after ${plan}, against ${today}.`;
  }
}

/**
 * "How much downtime would live migration save us?", "how long does it take to provision a new
 * server now versus after?", "what are the non-cash benefits?": the plan's non-cash benefits
 * (engine/benefits), each a measure with a baseline and a target, as the board paper's benefits
 * plan shows them; the one asked about leads.
 *
 * @example nonCashBenefitsAnswer({ benefits, focus: 'plannedDowntime', scopeName: 'the whole estate', ... }).headline
 */
export function nonCashBenefitsAnswer(q: NonCashBenefitsQuestion): Answer {
  const lead = q.benefits.find((b) => b.benefit === q.focus);
  const others = q.benefits.filter((b) => b !== lead);
  const plan = `consolidating ${q.scopeName} onto ${formatNumber(q.hosts)} ${q.hostModel} hosts`;
  const headline = lead
    ? `${leadSentence(lead, plan)} Also ${others.map(brief).join('; ')}.`
    : `The non-cash benefits of ${plan}: ${q.benefits.map(brief).join('; ')}.`;
  return {
    kind: 'estate',
    headline,
    figures: q.benefits.map((b) => ({ label: b.label, value: `${b.baseline === null ? 'none' : amount(b.baseline, b.unit)} → ${amount(b.target, b.unit)}`, raw: b.target })),
    tables: [
      {
        title: `Non-cash benefits of ${plan}: baseline and target`,
        columns: ['Benefit', 'Measure', 'Today', 'With the plan'],
        rows: q.benefits.map((b) => [b.label, b.measure, amount(b.baseline, b.unit), amount(b.target, b.unit)]),
      },
    ],
    notes: [
      'The same measures as the benefits plan of the business case, reviewed at the benefits gateway; the times are assumptions (Show assumptions) to replace with the trust\'s own service desk and incident records.',
      'Planned downtime is avoided only where a moved server lands on a cluster with a spare host to move running systems to (live migration).',
    ],
    actions: [
      { id: 'business-case', label: 'Business case PDF', scenario: q.scenario },
      { id: 'show-assumptions', label: 'Show assumptions', scenario: q.scenario },
    ],
    scenario: q.scenario,
  };
}
