import { join } from 'node:path';
import type { CaseBook, CaseDefinition } from '../cases/case-definition.js';
import { reproduceCase, type CaseReproduction } from '../cases/reproduce-case.js';
import { ScenarioError } from '../errors.js';
import { evaluate } from '../evaluate.js';
import { caseDir, loadCaseBook } from './load-case-book.js';
import { loadCaseStudies, type CaseStudy } from './load-case-studies.js';
import { loadAssumptions } from './load-assumptions.js';
import { loadCorePerformance } from './load-core-performance.js';
import { loadEstate } from './load-estate.js';
import { loadHostCatalogue } from './load-host-catalogue.js';

/** Every published case: those rebuilt, set beside the engine's figures, and those with nothing to rebuild. */
export interface CasesResult {
  eraYear: number;
  tolerance: CaseBook['tolerance'];
  /** The era values every rebuilt case uses, with their sources. */
  era: CaseBook['era'];
  cases: CaseReproduction[];
  notRebuilt: { id: string; title: string; reason: string }[];
}

/**
 * Loads the case book (data/cases/) and runs each rebuilt published case through evaluate():
 * what `unsprawl cases` prints and the board paper's comparison section quotes.
 *
 * @example (await reproducePublishedCases()).cases.filter((c) => c.reproduced).length
 */
export async function reproducePublishedCases(): Promise<CasesResult> {
  const [book, studies, assumptions, corePerformance] = await Promise.all([loadCaseBook(), loadCaseStudies(), loadAssumptions(), loadCorePerformance()]);
  const byId = new Map(studies.map((s) => [s.id, s]));
  const study = (id: string): CaseStudy => {
    const found = byId.get(id);
    if (!found) throw new ScenarioError('cases', `data/cases/cases.json names case "${id}", which is not in data/case-studies.json`);
    return found;
  };
  const cases: CaseReproduction[] = [];
  for (const definition of book.cases) {
    const [estate, hosts] = await Promise.all([loadEstate(join(caseDir(), definition.estate)), loadHostCatalogue(join(caseDir(), definition.hosts))]);
    const evaluation = evaluate({ estate, hosts, assumptions, scenario: caseScenario(book, definition), corePerformance });
    cases.push(reproduceCase(study(definition.id), definition, book, evaluation));
  }
  const notRebuilt = book.notRebuilt.map((n) => ({ id: n.id, title: study(n.id).title, reason: n.reason }));
  return { eraYear: book.eraYear, tolerance: book.tolerance, era: book.era, cases, notRebuilt };
}

/** The case's scenario with the era values, then the case's own, as scenario overrides. */
function caseScenario(book: CaseBook, definition: CaseDefinition): CaseDefinition['scenario'] {
  const values = (entries: CaseBook['era']) => Object.fromEntries(Object.entries(entries).map(([key, v]) => [key, v.value]));
  return { ...definition.scenario, overrides: { ...values(book.era), ...values(definition.overrides), ...definition.scenario.overrides } };
}
