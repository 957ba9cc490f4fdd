import { join } from 'node:path';
import type { CaseBook, CountingRule } from '../cases/case-definition.js';
import { withCombinedRule } from '../cases/with-combined-rule.js';
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
  /** The other counting rules every case is also run under, all of them at once last. */
  countingRules: CountingRule[];
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
    cases.push(reproduceCase(study(definition.id), definition, book, (scenario) => evaluate({ estate, hosts, assumptions, scenario, corePerformance })));
  }
  const notRebuilt = book.notRebuilt.map((n) => ({ id: n.id, title: study(n.id).title, reason: n.reason }));
  return { eraYear: book.eraYear, tolerance: book.tolerance, era: book.era, countingRules: withCombinedRule(book.countingRules), cases, notRebuilt };
}

