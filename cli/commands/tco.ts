import { Command } from 'commander';
import { evaluate, type Evaluation } from '../../engine/evaluate.js';
import type { Pence } from '../../engine/money.js';
import type { Sensitivity } from '../../engine/sensitivity/analyse-sensitivity.js';
import { evaluationSensitivity } from '../../engine/sensitivity/evaluation-sensitivity.js';
import type { Appraisal, CostLine, CostSide, SavingFigure } from '../../engine/tco/appraisal.js';
import { compareOptions, type CompareOptionsInput, type OptionComparison, type RankedOption } from '../../engine/compare-options.js';
import { drOptions, type DrOptions } from '../../engine/dr/dr-options.js';
import { recyclingShortfall } from '../../engine/dr/recycling-shortfall.js';
import { baselineNames, type ResolvedScenario } from '../../engine/scenario/scenario.js';
import { appraise } from '../../engine/tco/appraise.js';
import { drOptionsText } from '../dr-options-text.js';
import { textTable } from '../text-table.js';
import { standardDraws, standardSeed } from '../../engine/sensitivity/monte-carlo.js';
import type { FinanceView } from '../../engine/tco/finance-view.js';
import { describeDrTier } from '../../reports/format/describe-dr-tier.js';
import { describeSelection } from '../../reports/format/describe-selection.js';
import { figuresByOrganisation } from '../../engine/figures-by-organisation.js';
import type { OrganisationFigures } from '../../engine/tco/organisation-figures.js';
import { formatMoney, formatNumber, formatPercent } from '../../reports/format/numbers.js';
import { addInputOptions, resolveInputs, type InputOptions } from '../inputs.js';
import { wholeNumberFlag } from '../whole-number-flag.js';

/** 100 draws already shows the spread; 100,000 takes about a minute on one core and pins the percentiles. */
const drawLimits = { min: 100, max: 100_000 };

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
  unsprawl tco --retire zombie                   switch the zombie servers off instead of moving them
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
    .option('--draws <n>', `Monte Carlo draws, ${drawLimits.min} to ${drawLimits.max} (the chat, the paper and the summary use the default)`, String(standardDraws))
    .option('--seed <n>', 'Monte Carlo seed (same seed, same result)', String(standardSeed))
    .addHelpText('after', examples)
    .action(async (options: TcoOptions) => {
      process.stdout.write(await runTco(options));
    });
}

function progress(message: string): void {
  if (process.stderr.isTTY) process.stderr.write(`${message}\n`);
}

/** Runs the command and returns what it prints (separate from the action so tests can call it). */
export async function runTco(options: TcoOptions): Promise<string> {
  const draws = wholeNumberFlag(options.draws, '--draws', drawLimits);
  const seed = wholeNumberFlag(options.seed, '--seed', { min: 0, max: 2 ** 32 - 1 });
  const { inputs, scenario, assumptions } = await resolveInputs(options);
  const { estate, hosts, corePerformance } = inputs;
  if (options.compare) {
    progress(`Planning and appraising ${hosts.length} host models x 3 hypervisors...`);
    const comparison = compareOptions({ estate, hosts, assumptions, scenario, corePerformance });
    const extras = comparisonExtras(comparison, { estate, hosts, assumptions, scenario, corePerformance });
    return options.json
      ? `${JSON.stringify({ ...comparisonJson(comparison), ...extras }, null, 2)}\n`
      : `${renderComparison(comparison)}${renderExtras(extras)}`;
  }
  progress('Planning and appraising...');
  const evaluation = evaluate({ estate, hosts, assumptions, scenario, corePerformance });
  let sensitivity: Sensitivity | undefined;
  if (options.sensitivity) {
    progress(`Sensitivity: tornado, break-even and ${formatNumber(draws)} Monte Carlo draws...`);
    sensitivity = evaluationSensitivity({ estate, hosts, evaluation, corePerformance }, { draws, seed });
  }
  // An estate that names organisations (an integrated care system) gets each one's part as well.
  const split = figuresByOrganisation({ estate, hosts, evaluation });
  return options.json
    ? `${JSON.stringify({ ...jsonReport(evaluation, sensitivity), organisations: split?.shares, organisationFigures: split?.figures }, null, 2)}\n`
    : renderTco(evaluation, sensitivity, split?.figures);
}

/** The best option again with recycled servers as hosts, or why none qualifies. */
type RecycledKit = { option: Omit<RankedOption, 'rank'>; recycledHosts: { server: string; host: string }[] } | { shortfall: string };

interface ComparisonExtras {
  recycledKit?: RecycledKit;
  drOptions?: DrOptions;
}

/**
 * What a finance reader asks next of the ranking: the best option with recycled servers as hosts
 * (no purchase for them), and the DR options for the scenario's DR tier as an add-on to the best
 * option. Both reuse the best option's plan: recycling is a TCO choice, and DR is costed against it.
 */
function comparisonExtras(c: OptionComparison, input: CompareOptionsInput): ComparisonExtras {
  const best = c.ranked[0];
  if (!best) return {};
  const { estate, hosts, assumptions, scenario, corePerformance } = input;
  const resolved: ResolvedScenario = { ...scenario, host: best.hostModel, hypervisor: best.hypervisor };
  const dr = drOptions({
    estate, hosts, assumptions, scenario: resolved, minCriticality: scenario.dr.minCriticality, ...(corePerformance ? { corePerformance } : {}),
    ...(scenario.dr.enabled ? {} : { base: { plan: best.plan, appraisal: best.appraisal } }),
  });
  if (scenario.recycle) return { drOptions: dr };
  const a = appraise({ estate, hosts, assumptions, scenario: { ...resolved, recycle: true }, plan: best.plan });
  const moved = new Set(best.plan.placements.map((p) => p.workload));
  const { plan: _plan, appraisal: _appraisal, rank: _rank, ...figures } = best;
  const recycledKit: RecycledKit = a.recycledHosts
    ? {
        option: { ...figures, npv: a.npv, paybackMonths: a.paybackMonths, capital: a.finance.capital.requirement, tcoSavingPercent: a.savings.totalCostOfOwnership.percent, afterKwhPerYear: a.energy[0]?.afterKwh ?? 0 },
        recycledHosts: a.recycledHosts,
      }
    : { shortfall: recyclingShortfall(best.plan.hostModel, estate.servers.filter((s) => moved.has(s.id)), a.appraisalYear, assumptions.get('support.warrantyYears')) };
  return { recycledKit, drOptions: dr };
}

function renderExtras(x: ComparisonExtras): string {
  const out: string[] = [];
  if (x.recycledKit) {
    out.push('', 'Recycled kit: the best option with moved servers still under warranty reused as hosts (no purchase for them; their own support and power)');
    if ('shortfall' in x.recycledKit) out.push(`Nothing to reuse: ${x.recycledKit.shortfall}.`);
    else {
      const o = x.recycledKit.option;
      out.push(textTable(['Option', 'Hosts', 'Recycled', 'NPV', 'Payback', 'Capital (CDEL)', 'TCO saving'], [[
        `${o.hostModel}, ${o.hypervisor}, recycled`, formatNumber(o.hosts), formatNumber(x.recycledKit.recycledHosts.length), formatMoney(o.npv),
        o.paybackMonths === null ? 'none' : `${formatNumber(o.paybackMonths)} months`, formatMoney(o.capital), o.tcoSavingPercent === null ? 'n/a' : formatPercent(o.tcoSavingPercent),
      ]]), x.recycledKit.recycledHosts.map((r) => `${r.server} becomes ${r.host}`).join(', '));
    }
  }
  if (x.drOptions) {
    // The recycled-kit section above already says why nothing can be reused.
    const { recycling: _said, ...dr } = x.drOptions;
    out.push('', drOptionsText(x.recycledKit && 'shortfall' in x.recycledKit ? dr : x.drOptions));
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

/** The ranking without each option's plan and appraisal (run `tco` on an option for those). */
function comparisonJson(c: OptionComparison) {
  return { ...c, ranked: c.ranked.map(({ plan: _plan, appraisal: _appraisal, ...figures }) => figures) };
}

/** The machine-readable report: the assumptions in force with their sources, the plan's headline, the appraisal, the sensitivity. */
function jsonReport(e: Evaluation, sensitivity: Sensitivity | undefined) {
  return {
    scenario: e.scenario,
    selection: { ...e.selection, reason: describeSelection(e.selection) },
    assumptions: e.assumptions.all().map((a) => ({ key: a.key, value: a.value, unit: a.unit, origin: a.origin, defaultValue: a.defaultValue, source: a.source })),
    plan: { hostModel: e.plan.hostModel.model, hosts: e.plan.hosts, lowerBound: e.plan.lowerBound, placed: e.plan.placements.length, unplaced: e.plan.unplaced.length, retired: e.plan.retired ?? [] },
    appraisal: e.appraisal,
    sensitivity,
  };
}

const sideTitles: Record<CostSide, string> = {
  baseline: 'Do nothing: the servers the option moves or switches off',
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
export function renderTco(e: Evaluation, sensitivity?: Sensitivity, organisations?: OrganisationFigures): string {
  const a = e.appraisal;
  const f = a.finance;
  const yearHeader = a.financialYears.map((fy, t) => `Y${t} ${fy}`);
  const energy = a.energyChange;
  const out = [
    `Total cost of ownership: ${a.scenario} (${e.plan.hosts} x ${a.hostModel}, ${a.hypervisor})`,
    describeSelection(e.selection),
    `Year 0 = financial year ${a.financialYears[0]} (${a.appraisalYearSource}); ${a.horizonYears}-year horizon; discount rate ${formatPercent(a.discountRate, 1)} real (HM Treasury Green Book); do nothing = ${baselineNames[a.baselineCase]}.`,
    `The option moves ${formatNumber(a.servers.moved)} servers (retiring ${formatNumber(a.servers.retiredPhysical)} physical, ${formatNumber(a.servers.redeployedOrSold)} of them recent enough to redeploy or sell); ${formatNumber(a.servers.staying)} stay as they are.`,
    ...(a.dr ? [describeDrTier(a.dr)] : []),
    ...a.assumedInputs.map((n) => `Assumed: ${n}.`),
    '',
    table(['Key figures', ''], [
      ['Capital requirement (CDEL, irrecoverable VAT included)', formatMoney(f.capital.requirement)],
      [`Optimism bias (risk allowance, ${formatPercent(f.capital.optimismBias.rate)} of capital, separate)`, formatMoney(f.capital.optimismBias.total)],
      [`Recurring cash-releasing saving, full year ${f.recurringSavings.fullYear.financialYear}`, formatMoney(f.recurringSavings.fullYear.cashReleasing)],
      [`Recurring non-cash-releasing saving, full year ${f.recurringSavings.fullYear.financialYear}`, formatMoney(f.recurringSavings.fullYear.nonCashReleasing)],
      [`NPV at ${formatPercent(a.discountRate, 1)} (point estimate)`, formatMoney(a.npv)],
      ...(sensitivity ? [
        ['NPV median (Monte Carlo)', formatMoney(sensitivity.monteCarlo.p50)],
        ['Chance the NPV is negative', formatPercent(sensitivity.monteCarlo.probabilityNegative)],
      ] : []),
      ['Payback', a.paybackMonths === null ? `not within ${a.horizonYears} years` : `${formatNumber(a.paybackMonths)} months`],
      [`Energy, ${energy.basis}`, energy.percent === null ? 'n/a' : `${formatPercent(-energy.percent)} (${formatNumber(energy.beforeKwh)} -> ${formatNumber(energy.afterKwh)} kWh a year)`],
    ]),
    '',
    linesTable(a, 'baseline', yearHeader),
    '',
    linesTable(a, 'option', yearHeader),
    '',
    table(['Cash flows (real, excluding VAT)', ...yearHeader, 'Total'], [
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
    `Servers and hosts that stay cost ${formatMoney(a.staying.sum)} over the horizon in both cases, so they cancel out of the net saving.`,
    '',
    ...renderFinance(f, yearHeader),
    ...switchOffRows(a),
    '',
    table(['Energy, carbon and space (a year)', 'Before', 'After', 'Change'], [
      changeRow(`Energy (kWh, ${energy.basis})`, energy.beforeKwh, energy.afterKwh),
      changeRow('Carbon (tCO2e)', a.energy[0]?.beforeTco2e ?? 0, a.energy[0]?.afterTco2e ?? 0, 1),
      changeRow('Physical servers and hosts', a.inventory.before.physicalServers, a.inventory.after.physicalServers),
      changeRow('Physical cores', a.inventory.before.physicalCores, a.inventory.after.physicalCores),
      changeRow('Rack units', a.inventory.before.rackUnits, a.inventory.after.rackUnits, 1),
    ]),
  ];
  if (organisations) out.push('', ...renderOrganisations(a, organisations));
  if (sensitivity) out.push('', ...renderSensitivity(sensitivity));
  return `${out.join('\n')}\n`;
}

/** The finance view: reconciliation, capital by financial year, recurring savings, VAT and I&E. */
function renderFinance(f: FinanceView, yearHeader: string[]): string[] {
  const r = f.reconciliation;
  const total = (xs: readonly Pence[]) => xs.reduce((s, p) => s + p, 0);
  return [
    table(['Reconciliation: do nothing to the option (undiscounted)', 'Do nothing', 'Option', 'Saving'], [
      ...r.lines.map((l) => [l.label, formatMoney(l.doNothing), formatMoney(l.option), formatMoney(l.saving)]),
      ['Total saving (= the sum of the net cash flows)', '', '', formatMoney(r.total)],
    ]),
    '',
    table(['Capital by financial year', ...yearHeader, 'Total'], [
      ...f.capital.lines.filter((l) => l.total !== 0).map((l) => moneyRow(`${l.label} (ex VAT)`, l.byYear)),
      moneyRow('Irrecoverable VAT', f.capital.irrecoverableVat.byYear),
      moneyRow('Capital requirement (CDEL)', f.capital.byYear),
      moneyRow('Optimism bias (risk allowance, separate)', f.capital.optimismBias.byYear),
      moneyRow('Disposal receipts (separate)', f.capital.disposalReceipts.byYear),
      moneyRow('Replacement capital avoided (do nothing)', f.capital.avoidedReplacement.byYear),
      ...(f.affordability.withinEnvelope === null ? [] : [
        ['Capital envelope', ...f.affordability.envelope.map((e) => (e === null ? 'none' : formatMoney(e))), ''],
        moneyRow('Shortfall', f.affordability.shortfall),
      ]),
    ]),
    f.affordability.withinEnvelope === null
      ? 'Affordability: no capital envelope set (capital.envelope).'
      : f.affordability.withinEnvelope ? 'Affordability: the capital requirement fits the envelope in every year.' : `Affordability: short of the envelope by ${formatMoney(total(f.affordability.shortfall))} in total.`,
    '',
    table(['Recurring revenue saving', ...f.recurringSavings.byYear.map((y) => y.financialYear)], [
      ['Cash-releasing (energy, support, licences, backup)', ...f.recurringSavings.byYear.map((y) => formatMoney(y.cashReleasing))],
      ['Non-cash-releasing (staff time, rack space)', ...f.recurringSavings.byYear.map((y) => formatMoney(y.nonCashReleasing))],
    ]),
    '',
    table([`Income and expenditure, option minus do nothing (nominal; VAT ${formatPercent(f.vat.rate)}, ${formatPercent(f.vat.recoverableShare)} recoverable)`, ...yearHeader], [
      ['Revenue costs incl. irrecoverable VAT', ...f.incomeAndExpenditure.map((y) => formatMoney(y.revenue))],
      ['Depreciation', ...f.incomeAndExpenditure.map((y) => formatMoney(y.depreciation))],
      ['PDC dividend', ...f.incomeAndExpenditure.map((y) => formatMoney(y.pdcDividend))],
      ['Write-off of disposed kit', ...f.incomeAndExpenditure.map((y) => formatMoney(y.writeOff))],
      ['I&E impact (negative = better)', ...f.incomeAndExpenditure.map((y) => formatMoney(y.total))],
    ]),
  ];
}

/** Where the saving comes from, when the scenario switches servers off (--retire). */
function switchOffRows(a: Appraisal): string[] {
  const { switchOff, consolidation } = a.savingSources;
  if (switchOff.servers === 0) return [];
  return [
    '',
    table(['Where the saving comes from', 'Servers', `Saving over ${a.horizonYears} years`, 'NPV'], [
      ['Switching off (no migration)', formatNumber(switchOff.servers), formatMoney(switchOff.saving.saving), formatMoney(switchOff.npv)],
      ['Consolidating the rest', formatNumber(consolidation.servers), formatMoney(consolidation.saving.saving), formatMoney(consolidation.npv)],
      ['Total', formatNumber(switchOff.servers + consolidation.servers), formatMoney(a.savings.totalCostOfOwnership.saving), formatMoney(a.npv)],
    ]),
    'Switching off costs retire.verificationMonths of running while owners confirm, and retire.decommissionCostPerServer each.',
  ];
}

/** Capital, savings, NPV and energy per organisation of an ICS estate, rows adding up to the headline. */
function renderOrganisations(a: Appraisal, organisations: OrganisationFigures): string[] {
  return [
    table(['Per organisation', 'Servers moved', 'Hosts (share)', 'Capital (CDEL)', `Cash-releasing saving ${organisations.fullYear}`, `Saving over ${a.horizonYears} years`, 'NPV', 'kWh a year before', 'after'], [...organisations.rows, organisations.total].map((o) => [
      o.organisation, formatNumber(o.serversMoved), formatNumber(o.hostShare, 1), formatMoney(o.capital), formatMoney(o.cashSaving),
      formatMoney(o.saving), formatMoney(o.npv), formatNumber(o.beforeKwh), formatNumber(o.afterKwh),
    ])),
    'Each organisation pays the do-nothing costs of its own servers and a share of each host by its workloads\' CPU and memory demand on it; the rows add up to the total, the key figures above (docs/placement.md, "Several organisations").',
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
    `Monte Carlo (${formatNumber(mc.draws)} draws, seed ${mc.seed}, ${mc.keys.length} assumptions varied together, growth and headroom included): ` +
      `point NPV ${formatMoney(mc.pointNpv)}, median ${formatMoney(mc.p50)}, P(NPV < 0) = ${formatPercent(mc.probabilityNegative)}; P10 ${formatMoney(mc.p10)}, P90 ${formatMoney(mc.p90)}.`,
  ];
}

/** The ranking of host model x hypervisor as a table. */
export function renderComparison(c: OptionComparison): string {
  const out = [
    `Options for ${c.scenario}, best NPV first${c.current ? `; today the estate runs on ${c.current}` : ''}`,
    '',
    ...(c.current ? ['Doing nothing keeps today\'s platform: its hosts, support, power, refresh at end of life and licence renewals; every NPV below is against that.', ''] : []),
    table(['#', 'Host model', 'Hypervisor', ...(c.current ? ['Path'] : []), 'Hosts', 'NPV', 'Payback', 'Capital (CDEL)', 'TCO saving', 'kWh a year after'], c.ranked.map((o) => [
      String(o.rank), o.hostModel, o.hypervisor, ...(c.current ? [o.path] : []), formatNumber(o.hosts), formatMoney(o.npv),
      o.paybackMonths === null ? 'none' : `${formatNumber(o.paybackMonths)} months`, formatMoney(o.capital),
      o.tcoSavingPercent === null ? 'n/a' : formatPercent(o.tcoSavingPercent), formatNumber(o.afterKwhPerYear),
    ]), { leftColumns: c.current ? 4 : 3 }),
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
