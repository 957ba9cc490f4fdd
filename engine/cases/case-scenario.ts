import type { CaseBook, CaseDefinition } from './case-definition.js';

/**
 * The scenario a published case is modelled under: its own, with the era values and then the
 * case's own settings as overrides (a scenario's own overrides win).
 *
 * @example evaluate({ estate, hosts, assumptions, scenario: caseScenario(book, definition) })
 */
export function caseScenario(book: CaseBook, definition: CaseDefinition): CaseDefinition['scenario'] {
  const values = (entries: CaseBook['era']) => Object.fromEntries(Object.entries(entries).map(([key, v]) => [key, v.value]));
  return { ...definition.scenario, overrides: { ...values(book.era), ...values(definition.overrides), ...definition.scenario.overrides } };
}
