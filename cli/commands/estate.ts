import { Command } from 'commander';
import { parseAssignment } from '../../engine/assumptions/assumption-set.js';
import { summariseEstate, type EstateSummary } from '../../engine/estate/summarise-estate.js';
import { InputError, describeProblem } from '../../engine/errors.js';
import { loadAssumptions } from '../../engine/io/load-assumptions.js';
import { loadEstateWithWarnings } from '../../engine/io/load-estate-with-warnings.js';
import { classifyServers } from '../../engine/retirement/classify-servers.js';
import { describeEvidence } from '../../engine/retirement/describe-evidence.js';
import type { RetirementReview } from '../../engine/retirement/retirement-review.js';
import { reviewDate } from '../../engine/retirement/review-date.js';
import { selectScope } from '../../engine/scenario/scope.js';
import { formatDate, formatMoney, formatNumber } from '../../reports/format/numbers.js';

interface EstateOptions {
  estate?: string;
  scope?: string;
  asOf?: string;
  json?: boolean;
  retireCandidates?: boolean;
  assumptions?: string;
  set: string[];
}

const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * `unsprawl estate`: what the trust runs — servers, cores, memory, storage, power, age,
 * warranty and services — as a table, or `--json` for machines.
 */
export function estateCommand(): Command {
  return new Command('estate')
    .description('Summarise an estate: servers, cores, RAM, storage, power, age profile, warranty and services')
    .option('--estate <path>', 'estate file: canonical CSV, RVTools export (.xlsx, or the vInfo tab as .csv) or JSON (default: the bundled sample trust)')
    .option('--scope <expr>', 'only these servers, e.g. \'service="Ward systems"; criticality>=high\'')
    .option('--as-of <date>', 'measure ages and warranties at this date, YYYY-MM-DD (default: the file\'s date, else today)')
    .option('--json', 'print the summary as one JSON object')
    .option('--retire-candidates', 'also list servers to switch off rather than move (idle, zombie), orphaned servers and duplicate applications, with the evidence and the signals missing')
    .option('--assumptions <path>', 'assumptions JSON for the retire.* thresholds (default: data/assumptions.json)')
    .option('--set <key=value>', 'override a threshold, e.g. --set retire.idleCpuPercent=3 (repeatable)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .addHelpText('after', '\nExamples:\n  unsprawl estate\n  unsprawl estate --scope \'service="Ward systems"\'\n  unsprawl estate --retire-candidates\n  unsprawl estate --estate RVTools_export_all.xlsx --json')
    .action(async (options: EstateOptions) => {
      const { estate, warnings } = await loadEstateWithWarnings(options.estate);
      for (const w of warnings.slice(0, 10)) process.stderr.write(`warning: ${describeProblem(w)}\n`);
      if (warnings.length > 10) process.stderr.write(`warning: ... and ${warnings.length - 10} more\n`);
      const servers = options.scope === undefined ? estate.servers : selectScope(estate.servers, options.scope);
      const source = options.scope === undefined ? estate.source : `${estate.source} (scope: ${options.scope})`;
      const summary = summariseEstate({ ...estate, servers, source }, asOfDate(options.asOf ?? estate.asOf));
      if (!options.retireCandidates) {
        process.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : renderSummary(summary));
        return;
      }
      const overrides = Object.fromEntries(options.set.map((text) => {
        const { key, value } = parseAssignment(text);
        return [key, value];
      }));
      const assumptions = (await loadAssumptions(options.assumptions)).with(overrides, 'cli');
      const review = classifyServers(servers, assumptions, options.asOf === undefined ? reviewDate(estate, assumptions) : asOfDate(options.asOf));
      process.stdout.write(options.json ? `${JSON.stringify({ ...summary, retirement: review }, null, 2)}\n` : `${renderSummary(summary)}\n${renderRetirementReview(review)}`);
    });
}

/** The switch-off review: counts, each flagged server with its evidence, duplicate applications, missing signals. */
export function renderRetirementReview(r: RetirementReview): string {
  const flagged = r.servers.filter((s) => s.classes.length > 0);
  const lines = [
    `Switch off rather than move? (activity aged against ${formatDate(r.asOf)}; thresholds retire.* in data/assumptions.json)`,
    table(['', 'Servers'], [
      ['Active', formatNumber(r.counts.active)],
      ['Idle: low CPU and memory, some use', formatNumber(r.counts.idle)],
      ['Zombie: near zero on every signal', formatNumber(r.counts.zombie)],
      ['Activity unknown (no CPU and memory percentile)', formatNumber(r.counts.unknown)],
      ['Orphaned: no owner or no service', formatNumber(r.counts.orphaned)],
      ['Running an application found on other servers', formatNumber(r.counts['duplicate-apps'])],
    ]),
  ];
  if (flagged.length > 0) {
    const width = Math.max(...flagged.map((s) => s.workload.length));
    lines.push('', 'Flagged servers and the evidence:', ...flagged.map((s) => `  ${s.workload.padEnd(width)}  ${s.classes.join(', ')}: ${describeEvidence(s.evidence)}`));
  }
  if (r.duplicates.length > 0) {
    lines.push('', 'Applications on several servers (rationalisation candidates):', ...r.duplicates.map((d) => `  ${d.app} (${d.environment}): ${d.servers.join(', ')}`));
  }
  if (r.missingSignals.length > 0) {
    lines.push('', `Signals missing (each narrows what can be said): ${r.missingSignals.map((m) => `${m.signal} on ${formatNumber(m.servers)} of ${formatNumber(r.servers.length)} servers`).join('; ')}.`);
  }
  lines.push('Try: unsprawl tco --retire zombie (or idle) to cost switching them off.');
  return `${lines.join('\n')}\n`;
}

function asOfDate(given: string | undefined): string {
  if (given === undefined) return londonDate.format(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(Date.parse(given))) {
    throw new InputError([{ file: '--as-of', message: `expected a date as YYYY-MM-DD, got "${given}"` }]);
  }
  return given;
}

/** The summary as a readable plain-text report (no colour codes, so it pastes into email). */
export function renderSummary(s: EstateSummary): string {
  const kw = s.powerWatts / 1000;
  const lines = [
    `Estate: ${s.source}, as of ${formatDate(s.asOf)}`,
    '',
    table(['', ''], [
      ['Servers', `${formatNumber(s.servers.total)} (${formatNumber(s.servers.physical)} physical, ${formatNumber(s.servers.virtual)} virtual)`],
      ['Cannot be virtualised', formatNumber(s.servers.notVirtualisable)],
      ['Applications', formatNumber(s.apps)],
      ['CPU cores', formatNumber(s.cpuCores)],
      ['Memory', `${formatNumber(s.memGb)} GB`],
      ['Storage', `${formatNumber(s.storageGb / 1000, 1)} TB`],
      ['Power (average draw)', `${formatNumber(kw, 1)} kW, ${formatNumber((kw * 8760) / 1000, 0)} MWh a year before cooling${s.serversWithoutPower > 0 ? ` (${s.serversWithoutPower} servers without a figure)` : ''}`],
      ['Rack space', `${formatNumber(s.rackUnits)} U`],
      ['Support contracts', `${formatMoney(s.annualSupportPence)} a year`],
      ['Out of warranty', `${formatNumber(s.outOfWarranty)} of ${formatNumber(s.servers.total)}${s.serversWithoutWarranty > 0 ? ` (${s.serversWithoutWarranty} without a warranty date)` : ''}`],
      ['Purchased', s.oldestPurchaseYear === undefined ? 'unknown' : `${s.oldestPurchaseYear}-${s.newestPurchaseYear}`],
      ['Median p95 CPU', s.medianCpuUtilP95 === undefined ? 'not measured' : `${formatNumber(s.medianCpuUtilP95, 1)}%`],
      ['Sites', s.sites.map((x) => `${x.site} (${x.servers})`).join(', ')],
    ], { header: false }),
    '',
    'Age profile',
    table(['Age', 'Servers', ''], [
      ...s.ageBands.map((b) => [b.label, formatNumber(b.servers), bar(b.servers, s.servers.total)]),
      ...(s.serversWithoutPurchaseYear > 0 ? [['unknown', formatNumber(s.serversWithoutPurchaseYear), bar(s.serversWithoutPurchaseYear, s.servers.total)]] : []),
    ]),
    '',
    'Services',
    table(
      ['Service', 'Servers', 'Physical', 'Virtual', 'Apps', 'Cores', 'RAM GB', 'Storage TB', 'Power W', 'Out of warranty'],
      s.services.map((v) => [
        v.service, formatNumber(v.servers), formatNumber(v.physical), formatNumber(v.virtual), formatNumber(v.apps),
        formatNumber(v.cpuCores), formatNumber(v.memGb), formatNumber(v.storageGb / 1000, 1), formatNumber(v.powerWatts), formatNumber(v.outOfWarranty),
      ]),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

function bar(n: number, total: number): string {
  return total === 0 ? '' : '#'.repeat(Math.round((n / total) * 40));
}

/** Left-aligned first column, right-aligned figures, two spaces between columns. */
function table(header: string[], rows: string[][], options: { header: boolean } = { header: true }): string {
  const all = options.header ? [header, ...rows] : rows;
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((cell, i) => (i === 0 || (i === r.length - 1 && header[i] === '') ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  const out = all.map(line);
  if (options.header) out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return out.join('\n');
}
