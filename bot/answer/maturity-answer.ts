import type { MaturityCapability, MaturityScore } from '../../engine/maturity/assess-maturity.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import { formatDate, formatNumber } from '../../reports/format/numbers.js';
import type { Answer } from './answer.js';

export interface MaturityQuestion {
  /** assessMaturity(estate, plan) for the scenario asked about: today, and with the plan carried out. */
  scores: readonly MaturityScore[];
  /** The capability asked about ("how mature is our capacity management?"), led with in the headline. */
  capability?: MaturityCapability;
  /** "the whole estate", "Ward systems", ... */
  scopeName: string;
  scenario: Scenario;
  /** The plan's host count and model, so the "with the plan" column says which plan. */
  hosts: number;
  hostModel: string;
  source: string;
  asOf: string;
}

/**
 * "Where are we on the NIMM?", "how would consolidation change our maturity?": the five
 * consolidation-related NIMM capabilities scored 1-5 today and with the plan for the scope
 * asked about, each with the measure that set it (the same scores as `unsprawl plan`).
 */
export function maturityAnswer(q: MaturityQuestion): Answer {
  const after = (s: MaturityScore) => s.after?.level ?? s.before.level;
  // "IT service continuity" keeps its capitals inside a sentence; "Server virtualisation" does not.
  const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);
  const raised = q.scores.filter((s) => after(s) > s.before.level);
  const levels = q.scores.map((s) => s.before.level);
  const today = Math.min(...levels) === Math.max(...levels) ? `level ${levels[0]}` : `levels ${Math.min(...levels)} to ${Math.max(...levels)}`;
  const change =
    raised.length === 0
      ? `consolidating ${q.scopeName} would not raise any of them.`
      : `consolidating ${q.scopeName} onto ${formatNumber(q.hosts)} ${q.hostModel} hosts would raise ${raised.length === 1 ? 'one' : formatNumber(raised.length)}: ${raised.map((s) => `${inSentence(s.label)} ${s.before.level} → ${after(s)}`).join(', ')}.`;
  return {
    kind: 'estate',
    headline: `${capabilitySentence(q)}On the five NHS Infrastructure Maturity Model (NIMM) capabilities consolidation moves, the estate is at ${today} today; ${change}`,
    figures: q.scores.map((s) => ({ label: s.label, value: `${s.before.level} → ${after(s)}`, raw: after(s) })),
    tables: [
      {
        title: 'NIMM maturity, 1 (initial) to 5 (optimised)',
        columns: ['Capability', 'Today', 'With the plan', 'Why today', 'Why with the plan'],
        rows: q.scores.map((s) => [s.label, String(s.before.level), String(after(s)), s.before.evidence, s.after?.evidence ?? s.before.evidence]),
      },
    ],
    notes: [
      `Inventory: ${q.source}, as of ${formatDate(q.asOf)}.`,
      'Scored from the inventory and the plan by the rules in docs/model.md (Maturity view); NIMM\'s own self-assessment also asks about process and governance, so read these as what the estate shows.',
    ],
    actions: [
      { id: 'ask', label: `Consolidate ${q.scopeName}`, question: `what if we consolidate ${q.scopeName}?` },
      { id: 'business-case', label: 'Business case PDF', scenario: q.scenario },
    ],
    scenario: q.scenario,
  };
}

/** The capability asked about first: its level today, with the plan, and the measure behind each. */
function capabilitySentence(q: MaturityQuestion): string {
  const s = q.scores.find((x) => x.capability === q.capability);
  if (!s) return '';
  const after = s.after ?? s.before;
  const change = after.level === s.before.level ? `consolidating ${q.scopeName} onto ${formatNumber(q.hosts)} ${q.hostModel} hosts would leave it there` : `consolidating ${q.scopeName} onto ${formatNumber(q.hosts)} ${q.hostModel} hosts would take it to level ${after.level} (${after.evidence})`;
  return `${s.label} is at NIMM level ${s.before.level} of 5 today (${s.before.evidence}); ${change}. `;
}
