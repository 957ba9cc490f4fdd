import { Command } from 'commander';
import { ScenarioError } from '../../engine/errors.js';
import { evaluate, type Evaluation } from '../../engine/evaluate.js';
import type { Pence } from '../../engine/money.js';
import type { Sensitivity } from '../../engine/sensitivity/analyse-sensitivity.js';
import { evaluationSensitivity } from '../../engine/sensitivity/evaluation-sensitivity.js';
import type { Appraisal, CostLine, CostSide, SavingFigure } from '../../engine/tco/appraisal.js';
import { compareOptions, type OptionComparison } from '../../engine/tco/compare-options.js';
import { splitByOrganisation, type OrganisationShare } from '../../engine/tco/split-by-organisation.js';
import { formatMoney, formatNumber, formatPercent } from '../../reports/format/numbers.js';
import { addInputOptions, resolveInputs, type InputOptions } from '../inputs.js';

interface TcoOptions extends InputOptions {
  compare?: boolean;
  sensitivity: boolean;
  draws: string;
  seed: string;
}

const examples = `
Examples:
  unsprawl tco                                   the default scenario on the bundled sample trust
  unsprawl tco --scope 'service="Ward systems"' --hypervisor proxmox
  unsprawl tco --set energy.pricePerKwh=0.30 --set refresh.serviceLifeYears=6
  unsprawl tco --compare                         rank every host model x hypervisor by NPV
  unsprawl tco --json > tco.json                 every line, with the assumption keys it used

Every formula and assumption is explained in docs/model.md.`;

/**
 * `unsprawl tco`: the scenario against doing nothing, year by year, with NPV, payback, the
 * savings split boards read, energy and carbon, and the sensitivity of the NPV.
 */
export function tcoCommand(): Command {
  return addInputOptions(new Command('tco'))
    .description('Total cost of ownership: do nothing vs the scenario, year by year, with NPV, payback, savings, energy, carbon and sensitivity')
    .option('--compare', 'rank every catalogue host model x hypervisor by NPV instead')
    .option('--no-sensitivity', 'skip the tornado, break-even values and Monte Carlo')
    .option('--draws <n>', 'Monte Carlo draws', '10000')
    .option('--seed <n>', 'Monte Carlo seed (same seed, same result)', '20261125')
    .addHelpText('after', examples)
    .action(async (options: TcoOptions) => {
      process.stdout.write(await runTco(options));
    });
}

function wholeNumber(text: string, flag: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new ScenarioError(flag, `${flag}: expected a whole number of at least ${min}, got "${text}"`);
  return n;
}

function progress(message: string): void {
  if (process.stderr.isTTY) process.stderr.write(`${message}\n`);
}

/** Runs the command and returns what it prints (separate from the action so tests can call it). */
export async function runTco(options: TcoOptions): Promise<string> {
  const draws = wholeNumber(options.draws, '--draws', 1);
  const seed = wholeNumber(options.seed, '--seed', 0);
  const { inputs, scenario, assumptions } = await resolveInputs(options);
  const { estate, hosts, corePerformance } = inputs;
  if (options.compare) {
    progress(`Planning and appraising ${hosts.length} host models x 3 hypervisors...`);
    const comparison = compareOptions({ estate, hosts, assumptions, scenario, corePerformance });
    return options.json ? `${JSON.stringify(comparison, null, 2)}\n` : renderComparison(comparison);
  }
  progress('Planning and appraising...');
  const evaluation = evaluate({ estate, hosts, assumptions, scenario, corePerformance });
  let sensitivity: Sensitivity | undefined;
  if (options.sensitivity) {
    progress(`Sensitivity: tornado, break-even and ${formatNumber(draws)} Monte Carlo draws...`);
    sensitivity = evaluationSensitivity({ estate, hosts, evaluation, corePerformance }, { draws, seed });
  }
  // An estate that names organisations (an integrated care system) gets each one's part as well.
  const organisations = estate.servers.some((s) => s.organisation !== undefined)
    ? splitByOrganisation({ estate, hosts, assumptions: evaluation.assumptions, scenario: evaluation.scenario, plan: evaluation.plan, appraisal: evaluation.appraisal })
    : undefined;
  return options.json ? `${JSON.stringify({ ...jsonReport(evaluation, sensitivity), organisations }, null, 2)}\n` : renderTco(evaluation, sensitivity, organisations);
}

/** The machine-readable report: the assumptions in force with their sources, the plan's headline, the appraisal, the sensitivity. */
function jsonReport(e: Evaluation, sensitivity: Sensitivity | undefined) {
  return {
    scenario: e.scenario,
    assumptions: e.assumptions.all().map((a) => ({ key: a.key, value: a.value, unit: a.unit, origin: a.origin, defaultValue: a.defaultValue, source: a.source })),
    plan: { hostModel: e.plan.hostModel.model, hosts: e.plan.hosts, lowerBound: e.plan.lowerBound, placed: e.plan.placements.length, unplaced: e.plan.unplaced.length },
    appraisal: e.appraisal,
    sensitivity,
  };
}

const sideTitles: Record<CostSide, string> = {
  baseline: 'Do nothing: the servers the option moves',
  option: 'The option',
  staying: 'Servers that stay (the same cost in both cases)',
};

function moneyRow(label: string, byYear: readonly Pence[]): string[] {
  return [label, ...byYear.map(formatMoney), formatMoney(byYear.reduce((s, p) => s + p, 0))];
}

function linesTable(a: Appraisal, side: CostSide, yearHeader: string[]): string {
  const lines = a.lines.filter((l: CostLine) => l.side === side && l.total !== 0);
  const totals = side === 'baseline' ? a.baseline : side === 'option' ? a.option : a.staying;
  return table([sideTitles[side], ...yearHeader, 'Total'], [...lines.map((l) => moneyRow(l.label, l.byYear)), moneyRow('Total', totals.total)]);
}

function savingRow(label: string, s: SavingFigure): string[] {
  return [label, formatMoney(s.baseline), formatMoney(s.option), formatMoney(s.saving), s.percent === null ? 'n/a' : formatPercent(s.percent)];
}

function changeRow(label: string, before: number, after: number, decimals = 0): string[] {
  return [label, formatNumber(before, decimals), formatNumber(after, decimals), before === 0 ? 'n/a' : formatPercent((after - before) / before)];
}

/** The appraisal as plain-text tables (no colour codes, so it pastes into email). */
export function renderTco(e: Evaluation, sensitivity?: Sensitivity, organisations?: readonly OrganisationShare[]): string {
  const a = e.appraisal;
  const yearHeader = a.years.map((t) => `Y${t} ${a.appraisalYear + t}`);
  const first = a.energy[0];
  const out = [
    `Total cost of ownership: ${a.scenario} (${e.plan.hosts} x ${a.hostModel}, ${a.hypervisor})`,
    `Year 0 = ${a.appraisalYear} (${a.appraisalYearSource}); ${a.horizonYears}-year horizon; discount rate ${formatPercent(a.discountRate, 1)} real (HM Treasury Green Book).`,
    `The option moves ${formatNumber(a.servers.moved)} servers (retiring ${formatNumber(a.servers.retiredPhysical)} physical, ${formatNumber(a.servers.redeployedOrSold)} of them recent enough to redeploy or sell); ${formatNumber(a.servers.staying)} stay as they are.`,
    '',
    linesTable(a, 'baseline', yearHeader),
    '',
    linesTable(a, 'option', yearHeader),
    '',
    table(['Cash flows', ...yearHeader, 'Total'], [
      moneyRow('Do nothing: capital', a.doNothing.capital),
      moneyRow('Do nothing: revenue', a.doNothing.revenue),
      moneyRow('Do nothing (whole estate)', a.doNothing.total),
      moneyRow('With the option: capital', a.withOption.capital),
      moneyRow('With the option: revenue', a.withOption.revenue),
      moneyRow('With the option', a.withOption.total),
      moneyRow('Net saving', a.cashFlows.map((c) => c.net)),
      ['Discount factor', ...a.cashFlows.map((c) => formatNumber(c.discountFactor, 4)), ''],
      moneyRow('Present value', a.cashFlows.map((c) => c.presentValue)),
      ['Cumulative net', ...a.cashFlows.map((c) => formatMoney(c.cumulativeNet)), ''],
    ]),
    `Servers that stay cost ${formatMoney(a.staying.sum)} over the horizon in both cases, so they cancel out of the net saving.`,
    '',
    table(['Key figures', ''], [
      [`NPV at ${formatPercent(a.discountRate, 1)}`, formatMoney(a.npv)],
      ['Payback', a.paybackMonths === null ? `not within ${a.horizonYears} years` : `${formatNumber(a.paybackMonths)} months`],
      [`Optimism bias (${formatPercent(a.optimismBias.rate)} of capital)`, formatMoney(a.optimismBias.total)],
    ]),
    '',
    table([`Savings over ${a.horizonYears} years (undiscounted)`, 'Do nothing', 'Option', 'Saving', 'Saving %'], [
      savingRow('Running costs', a.savings.runningCosts),
      savingRow('Hardware and software', a.savings.hardwareSoftware),
      savingRow('Total cost of ownership', a.savings.totalCostOfOwnership),
    ]),
    'For comparison, NHS case studies (2007-08) reported running costs -70%, hardware and software -60%, TCO -64%.',
    '',
    table(['Energy, carbon and space (a year)', 'Before', 'After', 'Change'], [
      changeRow('Energy (kWh)', first?.beforeKwh ?? 0, first?.afterKwh ?? 0),
      changeRow('Carbon (tCO2e)', first?.beforeTco2e ?? 0, first?.afterTco2e ?? 0, 1),
      changeRow('Physical servers and hosts', a.inventory.before.physicalServers, a.inventory.after.physicalServers),
      changeRow('Physical cores', a.inventory.before.physicalCores, a.inventory.after.physicalCores),
      changeRow('Rack units', a.inventory.before.rackUnits, a.inventory.after.rackUnits, 1),
    ]),
  ];
  if (organisations) out.push('', ...renderOrganisations(a, organisations));
  if (sensitivity) out.push('', ...renderSensitivity(sensitivity));
  return `${out.join('\n')}\n`;
}

function renderOrganisations(a: Appraisal, organisations: readonly OrganisationShare[]): string[] {
  const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
  return [
    table([`Per organisation, over ${a.horizonYears} years (undiscounted)`, 'Servers moved', 'Hosts (share)', 'Do nothing', 'With the option', 'Saving', 'kWh a year before', 'after'], organisations.map((o) => [
      o.organisation, formatNumber(o.servers.moved), formatNumber(o.hostShare, 1), formatMoney(sum(o.doNothing)), formatMoney(sum(o.withOption)),
      formatMoney(o.saving), formatNumber(o.energy[0]?.beforeKwh ?? 0), formatNumber(o.energy[0]?.afterKwh ?? 0),
    ])),
    'Each organisation pays the do-nothing costs of its own servers and a share of each host by its workloads\' CPU and memory demand on it; the parts add up to the totals above (docs/placement.md, "Several organisations").',
  ];
}

/** An assumption value as people write it: whole numbers bare, fractions to three significant places. */
function formatValue(value: number): string {
  if (Number.isInteger(value)) return formatNumber(value);
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  return formatNumber(value, Math.min(6, Math.max(0, 2 - magnitude)));
}

function renderSensitivity(s: Sensitivity): string[] {
  const top = s.tornado.rows.slice(0, 5);
  const mc = s.monteCarlo;
  return [
    table([`Sensitivity: top ${top.length} of ${s.tornado.rows.length} key assumptions`, 'Low', 'High', 'NPV at low', 'NPV at high', 'Swing'], top.map((r) => [
      r.key, formatValue(r.low), formatValue(r.high), formatMoney(r.npvLow), formatMoney(r.npvHigh), formatMoney(r.swing),
    ])),
    ...s.tornado.skipped.map((k) => `Not shown: ${k.key} (${k.reason})`),
    ...s.breakEven.map((b) => `Break-even: ${b.value === null ? b.note : `NPV is zero at ${b.key} = ${formatValue(b.value)} ${b.unit} (now ${formatValue(b.base)})`}`),
    `Monte Carlo (${formatNumber(mc.draws)} draws, seed ${mc.seed}, ${mc.keys.length} assumptions varied together): ` +
      `P(NPV > 0) = ${formatPercent(mc.probabilityPositive)}; P10 ${formatMoney(mc.p10)}, P50 ${formatMoney(mc.p50)}, P90 ${formatMoney(mc.p90)}.`,
  ];
}

/** The ranking of host model x hypervisor as a table. */
export function renderComparison(c: OptionComparison): string {
  const out = [
    `Options for ${c.scenario}, best NPV first`,
    '',
    table(['#', 'Host model', 'Hypervisor', 'Hosts', 'NPV', 'Payback', 'Capital Y0', 'TCO saving', 'kWh a year after'], c.ranked.map((o) => [
      String(o.rank), o.hostModel, o.hypervisor, formatNumber(o.hosts), formatMoney(o.npv),
      o.paybackMonths === null ? 'none' : `${formatNumber(o.paybackMonths)} months`, formatMoney(o.capitalYear0),
      o.tcoSavingPercent === null ? 'n/a' : formatPercent(o.tcoSavingPercent), formatNumber(o.afterKwhPerYear),
    ]), { leftColumns: 3 }),
    ...c.infeasible.map((i) => `Cannot be planned on ${i.hostModel}: ${i.reason}`),
  ];
  return `${out.join('\n')}\n`;
}

/** Text columns on the left, figures right-aligned, two spaces between columns. */
function table(header: string[], rows: string[][], options: { leftColumns?: number } = {}): string {
  const left = options.leftColumns ?? 1;
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((cell, i) => (i < left ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const out = all.map(line);
  out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return out.join('\n');
}
