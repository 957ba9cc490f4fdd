import { Command } from 'commander';
import { parseAssignment } from '../../engine/assumptions/assumption-set.js';
import { summariseByOrganisation, type OrganisationSummary } from '../../engine/estate/summarise-by-organisation.js';
import { summariseEstate, type EstateSummary } from '../../engine/estate/summarise-estate.js';
import { InputError, describeProblem } from '../../engine/errors.js';
import { isCalendarDate } from '../../engine/estate/is-calendar-date.js';
import type { Estate } from '../../engine/estate/estate.js';
import { loadAssumptions } from '../../engine/io/load-assumptions.js';
import { loadEstateWithWarnings } from '../../engine/io/load-estate-with-warnings.js';
import { todayInfrastructure } from '../../engine/plan/today-infrastructure.js';
import { classifyServers } from '../../engine/retirement/classify-servers.js';
import { describeEvidence } from '../../engine/retirement/describe-evidence.js';
import type { RetirementReview } from '../../engine/retirement/retirement-review.js';
import { reviewDate } from '../../engine/retirement/review-date.js';
import { selectScope } from '../../engine/scenario/scope.js';
import { formatDate, formatMoney, formatNumber } from '../../reports/format/numbers.js';

interface EstateOptions {
  estate?: string;
  hostsInUse?: string;
  licences?: string;
  serviceMap?: string;
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
    .option('--estate <path>', 'estate file: canonical CSV, RVTools export (.xlsx, or the vInfo tab as .csv) or JSON, or a bundled sample: sample:acute (the default), sample:virtual, sample:ics (three trusts)')
    .option('--hosts-in-use <path>', 'today\'s virtualisation hosts, CSV or JSON (docs/data-formats.md)')
    .option('--licences <path>', 'today\'s hypervisor licences, CSV or JSON')
    .option('--service-map <path>', 'rules giving VMs their service, criticality and environment (CSV or JSON)')
    .option('--scope <expr>', 'only these servers, e.g. \'service="Ward systems"; criticality>=high\'')
    .option('--as-of <date>', 'measure ages and warranties at this date, YYYY-MM-DD (default: the file\'s date, else today)')
    .option('--json', 'print the summary as one JSON object')
    .option('--retire-candidates', 'also list servers to switch off rather than move (idle, zombie), orphaned servers and duplicate applications, with the evidence and the signals missing')
    .option('--assumptions <path>', 'assumptions JSON for the retire.* thresholds (default: data/assumptions.json)')
    .option('--set <key=value>', 'override a threshold, e.g. --set retire.idleCpuPercent=3 (repeatable)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .addHelpText('after', '\nExamples:\n  unsprawl estate\n  unsprawl estate --scope \'service="Ward systems"\'\n  unsprawl estate --retire-candidates\n  unsprawl estate --estate RVTools_export_all.xlsx --json')
    .action(async (options: EstateOptions) => {
      const { estate, warnings } = await loadEstateWithWarnings(options.estate, {
        ...(options.hostsInUse !== undefined ? { hostsInUse: options.hostsInUse } : {}),
        ...(options.licences !== undefined ? { licences: options.licences } : {}),
        ...(options.serviceMap !== undefined ? { serviceMap: options.serviceMap } : {}),
      });
      for (const w of warnings.slice(0, 10)) process.stderr.write(`warning: ${describeProblem(w)}\n`);
      if (warnings.length > 10) process.stderr.write(`warning: ... and ${warnings.length - 10} more\n`);
      const servers = options.scope === undefined ? estate.servers : selectScope(estate.servers, options.scope);
      const source = options.scope === undefined ? estate.source : `${estate.source} (scope: ${options.scope})`;
      const asOf = asOfDate(options.asOf ?? estate.asOf);
      const summary = summariseEstate({ ...estate, servers, source }, asOf);
      // An integrated care system's estate: the same summary for each trust, adding up to the one above.
      const organisations = summariseByOrganisation({ ...estate, servers, source }, asOf);
      const today = todayInfrastructure(estate, servers) ?? null;
      const licences = estate.licences ?? null;
      const overview = `${renderSummary(summary)}${renderOrganisations(organisations, summary)}${renderInfrastructure(estate, today)}`;
      const byOrganisation = organisations.length > 0 ? { organisations: organisations.map((o) => ({ organisation: o.organisation ?? null, ...o.summary })) } : {};
      if (!options.retireCandidates) {
        process.stdout.write(options.json ? `${JSON.stringify({ ...summary, ...byOrganisation, today, licences }, null, 2)}\n` : overview);
        return;
      }
      const overrides = Object.fromEntries(options.set.map((text) => {
        const { key, value } = parseAssignment(text);
        return [key, value];
      }));
      const assumptions = (await loadAssumptions(options.assumptions)).with(overrides, 'cli');
      const review = classifyServers(servers, assumptions, options.asOf === undefined ? reviewDate(estate, assumptions) : asOfDate(options.asOf));
      process.stdout.write(options.json ? `${JSON.stringify({ ...summary, ...byOrganisation, today, licences, retirement: review }, null, 2)}\n` : `${overview}\n${renderRetirementReview(review)}`);
    });
}

const unitWords: Record<NonNullable<Estate['licences']>[number]['unit'], string> = { core: 'cores', socket: 'sockets', host: 'hosts', vm: 'VMs', other: 'licences' };

/**
 * Today's hosts and licences, when the estate has them (RVTools vHost/vLicense, --hosts-in-use,
 * --licences), so an already-virtual estate shows what it runs on, not only its VMs.
 */
function renderInfrastructure(estate: Estate, today: { hosts: number; clusters: number; cores: number; ramGb: number } | null): string {
  const lines: string[] = [];
  if (today) lines.push(`Hosts in use today     ${formatNumber(today.hosts)} in ${formatNumber(today.clusters)} cluster${today.clusters === 1 ? '' : 's'}: ${formatNumber(today.cores)} cores, ${formatNumber(today.ramGb)} GB`);
  for (const l of estate.licences ?? []) {
    const renewal = l.renewalDate === undefined ? 'no renewal date' : `renews ${formatDate(l.renewalDate)}`;
    lines.push(`Licence                ${l.product}: ${formatNumber(l.quantity)} ${unitWords[l.unit]}${l.used === undefined ? '' : ` (${formatNumber(l.used)} used)`}, ${renewal}`);
  }
  return lines.length === 0 ? '' : `\n${lines.join('\n')}\n`;
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
  if (!isCalendarDate(given)) {
    throw new InputError([{ file: '--as-of', message: `expected a real date as YYYY-MM-DD, got "${given}"` }]);
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

/** Each organisation's servers, power, support and warranty, and the estate's total, when the estate names organisations. */
function renderOrganisations(organisations: readonly OrganisationSummary[], whole: EstateSummary): string {
  if (organisations.length === 0) return '';
  const row = (name: string, s: EstateSummary) => [
    name, formatNumber(s.servers.total), formatNumber(s.servers.physical), formatNumber(s.servers.virtual),
    formatNumber(s.powerWatts), formatMoney(s.annualSupportPence), formatNumber(s.outOfWarranty),
  ];
  return `\nOrganisations\n${table(
    ['Organisation', 'Servers', 'Physical', 'Virtual', 'Power W', 'Support a year', 'Out of warranty'],
    [...organisations.map((o) => row(o.organisation ?? 'No organisation recorded', o.summary)), row('Total', whole)],
  )}\n`;
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
