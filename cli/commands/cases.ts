import { Command } from 'commander';
import type { CaseFigure } from '../../engine/cases/case-definition.js';
import type { CaseFigureComparison } from '../../engine/cases/reproduce-case.js';
import { reproducePublishedCases, type CasesResult } from '../../engine/io/reproduce-published-cases.js';
import { formatNumber } from '../../reports/format/numbers.js';

interface CasesOptions {
  json?: boolean;
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
  const result = await reproducePublishedCases();
  return options.json ? `${JSON.stringify(result, null, 2)}\n` : formatCases(result);
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
