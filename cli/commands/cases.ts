import { join } from 'node:path';
import { Command } from 'commander';
import type { CaseBook, CaseDefinition, CaseFigure } from '../../engine/cases/case-definition.js';
import { reproduceCase, type CaseFigureComparison, type CaseReproduction } from '../../engine/cases/reproduce-case.js';
import { ScenarioError } from '../../engine/errors.js';
import { evaluate } from '../../engine/evaluate.js';
import { caseDir, loadCaseBook } from '../../engine/io/load-case-book.js';
import { loadCaseStudies, type CaseStudy } from '../../engine/io/load-case-studies.js';
import { loadAssumptions } from '../../engine/io/load-assumptions.js';
import { loadCorePerformance } from '../../engine/io/load-core-performance.js';
import { loadEstate } from '../../engine/io/load-estate.js';
import { loadHostCatalogue } from '../../engine/io/load-host-catalogue.js';
import { formatNumber } from '../../reports/format/numbers.js';

interface CasesOptions {
  json?: boolean;
}

/** Every published case: those rebuilt, set beside the engine's figures, and those with nothing to rebuild. */
export interface CasesResult {
  eraYear: number;
  tolerance: CaseBook['tolerance'];
  /** The era values every rebuilt case uses, with their sources. */
  era: CaseBook['era'];
  cases: CaseReproduction[];
  notRebuilt: { id: string; title: string; reason: string }[];
}

const figureLabels: Record<CaseFigure, string> = {
  hosts: 'Hosts',
  servers: 'Servers',
  energy: 'Energy',
  runningCosts: 'Running costs',
  hardwareAndSoftware: 'Hardware and software',
  totalCostOfOwnership: 'Total cost of ownership',
};

/**
 * `unsprawl cases`: each published 2008 NHS case, rebuilt from era assumptions and run through
 * the same engine call as every other answer, reported beside modelled with a stated tolerance.
 */
export function casesCommand(): Command {
  return new Command('cases')
    .description('Rebuild each published NHS case (2008) from era assumptions and set its reported figures beside the engine\'s')
    .option('--json', 'print one JSON object with every figure, tolerance and explanation')
    .addHelpText('after', '\nExamples:\n  unsprawl cases\n  unsprawl cases --json\n\nThe era assumptions and how each case is rebuilt are explained in docs/cases.md.')
    .action(async (options: CasesOptions) => {
      process.stdout.write(await runCases(options));
    });
}

/** Runs every case and returns what the command prints (separate from the action so tests can call it). */
export async function runCases(options: CasesOptions = {}): Promise<string> {
  const result = await reproduceCases();
  return options.json ? `${JSON.stringify(result, null, 2)}\n` : formatCases(result);
}

/** Loads the case book and runs each rebuilt case through evaluate(). */
export async function reproduceCases(): Promise<CasesResult> {
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

function formatValue(figure: CaseFigure, value: number | null): string {
  if (value === null) return 'n/a';
  if (figure === 'hosts') return formatNumber(value);
  // A reduction is shown as the change it is: a cut of 0.7 is -70%, a negative cut (a rise) is +.
  const change = -Math.round(value * 1000) / 10;
  return `${change > 0 ? '+' : ''}${formatNumber(change)}%`;
}

function formatDifference(f: CaseFigureComparison): string {
  if (f.difference === null) return 'n/a';
  const rounded = f.figure === 'hosts' ? f.difference : Math.round(f.difference * 10) / 10;
  const unit = f.figure === 'hosts' ? '' : ' pts';
  return `${rounded > 0 ? '+' : ''}${formatNumber(rounded)}${unit}`;
}

function formatCases(result: CasesResult): string {
  const out: string[] = [
    `Published NHS cases (E-Health Insider, February 2008) rebuilt with ${result.eraYear} era assumptions and run through the engine.`,
    `Tolerance: hosts +/-${result.tolerance.hosts}, percentages within ${result.tolerance.percentagePoints} points. Reductions are shown as cuts (-70% = down 70%).`,
    '',
  ];
  for (const c of result.cases) {
    out.push(`${c.title}`);
    out.push(`  Includes: ${c.includes.join(', ') || 'not stated'}. Modelled on ${c.hostModel} with ${c.hypervisor}, against a ${c.baseline === 'refresh' ? 'like-for-like refresh' : 'sweat-the-assets'} baseline.`);
    out.push(`  Rebuilt: ${c.reconstruction}`);
    out.push(`  ${'Figure'.padEnd(26)}${'Reported'.padStart(10)}${'Modelled'.padStart(10)}${'Gap'.padStart(11)}  Within`);
    for (const f of c.figures) {
      out.push(`  ${figureLabels[f.figure].padEnd(26)}${formatValue(f.figure, f.reported).padStart(10)}${formatValue(f.figure, f.modelled).padStart(10)}${formatDifference(f).padStart(11)}  ${f.within ? 'yes' : 'NO'}`);
      if (f.explanation) out.push(`    Why: ${f.explanation}`);
    }
    out.push(c.reproduced ? '  Reproduced within tolerance.' : '  Not reproduced within tolerance on every figure (see why above).', '');
  }
  for (const n of result.notRebuilt) out.push(`${n.title}: not rebuilt, ${n.reason}.`);
  return `${out.join('\n')}\n`;
}
