import { bestValue, type Scenario } from '../../engine/scenario/scenario.js';
import { shellQuote } from './shell-quote.js';
import type { Answer } from './answer.js';
import { assumptionName } from './assumption-name.js';
import { formatAssumptionValue } from './format-assumption-value.js';
import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';

/** Where a rendered business case went, when the front end could render one. */
export interface BusinessCaseDelivery {
  /** File path or link to the PDF (or HTML) business case. */
  location: string;
}

/**
 * "Make the business case": the file itself when the front end rendered it, or where to get it
 * (the "Business case PDF" button). The `unsprawl report` command for the same paper travels in
 * `command`, for the JSON answer model only: chat text never tells a Slack or Teams user to run one.
 */
export function businessCaseAnswer(scenario: Scenario, assumptions: AssumptionSet, delivery?: BusinessCaseDelivery): Answer {
  const scopeName = scenario.description ?? scenario.name;
  const command = reportCommand(scenario);
  const overrides = Object.entries(scenario.overrides).filter(([key]) => assumptions.has(key));
  return {
    kind: 'business-case',
    headline: delivery
      ? `The business case for consolidating ${scopeName} is ready: ${delivery.location}`
      : `The board business case for consolidating ${scopeName} comes as a PDF: press "Business case PDF" under this answer, or type "make the business case".`,
    figures: [],
    tables: [],
    notes: [
      'The paper uses the same engine call as this answer, so its figures match what you see here.',
      ...(overrides.length > 0
        ? [`With ${overrides.map(([key, value]) => `${assumptionName(key)} ${formatAssumptionValue(assumptions.entry(key), value)}`).join(', ')}.`]
        : []),
    ],
    actions: [
      { id: 'show-assumptions', label: 'Show assumptions', scenario },
      { id: 'sensitivity', label: 'What matters most?', scenario },
    ],
    scenario,
    command,
  };
}

/** The CLI command for a scenario: common flags, plus the question for what flags cannot say (DR). */
export function reportCommand(scenario: Scenario): string {
  const parts = ['unsprawl report'];
  if (scenario.dr.enabled) {
    const site = scenario.dr.site ? ` at the ${scenario.dr.site}` : '';
    parts.push(`--question ${shellQuote(`consolidate ${scenario.description ?? 'everything'} with DR${site} for ${scenario.dr.minCriticality} and above`)}`);
  } else if (scenario.scope !== 'all') {
    parts.push(`--scope ${shellQuote(scenario.scope)}`);
  }
  if (scenario.host !== bestValue) parts.push(`--host ${shellQuote(scenario.host)}`);
  if (scenario.hypervisor !== bestValue) parts.push(`--hypervisor ${scenario.hypervisor}`);
  if (scenario.baseline !== 'sweat') parts.push(`--baseline ${scenario.baseline}`);
  for (const [key, value] of Object.entries(scenario.overrides)) parts.push(`--set ${key}=${value}`);
  parts.push('--out ./business-case');
  return parts.join(' ');
}
