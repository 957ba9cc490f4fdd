import { buildFigure } from '../charts/build-figure.js';
import { costByYearChart } from '../charts/cost-by-year-chart.js';
import { cumulativeCashFlowChart } from '../charts/cumulative-cash-flow-chart.js';
import { tornadoChart } from '../charts/tornado-chart.js';
import { penceToPounds } from '../../engine/money.js';
import type { CashFlowYear } from '../../engine/tco/appraisal.js';
import { formatMoney, formatMoneyShort, formatNumber, formatPercent } from '../format/numbers.js';
import { tableView } from '../html/table-view.js';
import type { BreakEven } from '../../engine/sensitivity/break-even.js';
import type { TornadoRow } from '../../engine/sensitivity/tornado.js';
import { assumptionLabel } from './assumption-label.js';
import type { AppraisedOption, BusinessCaseInput } from './business-case-input.js';
import type { EconomicCaseView } from './business-case-view.js';
import { caseFigures, type CaseFigures } from './case-figures.js';
import { describePayback, paybackClause } from './describe-payback.js';
import { describeSaving } from './describe-saving.js';
import { formatAssumptionValue } from './format-assumption-value.js';
import { financialYear } from './financial-year.js';
import { criticalSuccessFactors } from './critical-success-factors.js';
import type { DrOptions } from '../../engine/dr/dr-options.js';
import { drOptionsTable } from '../format/dr-options-table.js';
import { organisationsView } from './organisations-view.js';
import type { SpendingObjectives } from './spending-objectives.js';

interface OptionRow {
  label: string;
  capital: string;
  cost: string;
  npv: string;
  payback: string;
  objectives: string;
}

/** A long-list option: costed by the engine, or assessed in words with the reason it is not costed. */
interface LongListEntry {
  label: string;
  what: string;
  costing: string;
  /** One cell per spending objective. */
  objectives: string[];
  /** One cell per critical success factor. */
  csfs: string[];
  outcome: string;
}

/**
 * Options the engine does not cost (it models on-premises hosts): assessed in words, each with
 * the reason it is not costed, so the long list is complete without inventing prices.
 */
const uncostedOptions = [
  {
    label: 'Public cloud (IaaS)',
    what: 'Move the servers to virtual machines in a UK region of a public cloud provider, reached over HSCN or the internet.',
    costing: 'Not costed: needs provider quotes for compute, storage, egress and licence mobility, and a review of each clinical supplier’s support for its system in public cloud.',
    objectives: { 'supported-hardware': 'Met (provider’s hardware)', 'revenue-cost': 'Unknown until costed', energy: 'Met on site (energy moves to the provider)', recovery: 'Possible with a second region, at extra cost' },
    csfs: ['Partly', 'Unknown', 'Yes', 'Unknown', 'Partly (supplier support)'],
    outcome: 'Discounted for this case: not costed and clinical supplier support uncertain; to be revisited for corporate systems at the next refresh.',
  },
  {
    label: 'Colocation',
    what: 'Run the consolidated hosts in a commercial data centre instead of the trust’s server rooms.',
    costing: 'Not costed: the model has no colocation tariffs; hardware would cost as in the on-premises options, plus space, power and network charges.',
    objectives: { 'supported-hardware': 'As on-premises consolidation', 'revenue-cost': 'Unknown until priced', energy: 'Met on site (energy moves to the provider)', recovery: 'Could host the second site' },
    csfs: ['Partly', 'Unknown', 'Yes', 'Unknown', 'Yes'],
    outcome: 'Not short-listed: carried forward as a way to provide a recovery site, to be priced at full business case.',
  },
  {
    label: 'Shared ICS hosting',
    what: 'Host the servers in a data centre shared with partner organisations of the integrated care system.',
    costing: 'Not costed: no partner offer or charging model exists yet.',
    objectives: { 'supported-hardware': 'Depends on the partner’s platform', 'revenue-cost': 'Unknown', energy: 'Depends on the partner’s site', recovery: 'Possible between partner sites' },
    csfs: ['Yes', 'Unknown', 'Unknown', 'Unknown', 'No (no offer yet)'],
    outcome: 'Not short-listed: no offer available; the trust will raise it with the ICS digital board.',
  },
] as const;

/** Recycling servers as hosts, in the long list with the reason it cannot be costed for this estate. */
function recycledKitNotCosted(number: number, reason: string, objectives: SpendingObjectives): LongListEntry {
  return {
    label: `Option ${number}: recycled kit`,
    what: 'Reuse moved servers still under warranty, and at least as large as the host model, as hosts (DR hosts first) instead of buying new ones, as one trust in the 2008 NHS report did for its DR site.',
    costing: `Not costed: ${reason}.`,
    objectives: objectives.objectives.map(() => 'Not assessed (no server qualifies)'),
    csfs: criticalSuccessFactors.map(() => 'Not assessed'),
    outcome: 'Discounted for this case: no server qualifies; to be revisited when newer servers come into scope.',
  };
}

/** Table 4a: what each way of doing DR adds to the consolidation without DR, and which recovery targets it meets. */
function drOptionsView(d: DrOptions, base: string | undefined, sayWhyNoRecycling: boolean): NonNullable<EconomicCaseView['drOptions']> {
  const t = drOptionsTable(d);
  const over = base ? inBrackets(base) : 'the consolidation without DR';
  return {
    text: [
      `Any consolidation option can add a recovery capability. Table 4a costs the ways of providing it, as an addition to ${over}: a mirrored second room kept by SAN-to-SAN or by host-based replication, and backups to disk or tape restored onto rebuilt hosts, each with its recovery point (data lost) and recovery time objectives. ${t.headline}`,
      ...t.notes,
      // The long list's recycled-kit entry already says why no server can be reused, when none can.
      ...(d.recycling && sayWhyNoRecycling ? [`Recycled servers as DR hosts: ${d.recycling}.`] : []),
    ],
    table: tableView<string[]>(
      `Table 4a. ${t.title}`,
      t.columns.map((label, i) => ({ label, value: (r: string[]) => r[i] ?? '', numeric: i >= 2 && i <= 4 })),
      t.rows,
      { className: 'compact' },
    ),
  };
}

/** Economic case: the options, the preferred one, its cash flows, optimism bias and sensitivity. */
export async function economicCaseView(input: BusinessCaseInput, f: CaseFigures, objectives: SpendingObjectives): Promise<EconomicCaseView> {
  const a = input.preferred.evaluation.appraisal;
  const options = [input.preferred, ...input.alternatives].sort((x, y) => x.label.localeCompare(y.label, 'en-GB', { numeric: true }));
  const yearLabel = (c: CashFlowYear) => c.financialYear;
  const assess = (o: AppraisedOption | undefined) => objectives.objectives.map((so) => so.assess(o?.evaluation));
  const metCount = (o: AppraisedOption | undefined) => assess(o).filter((r) => r.met).length;
  const ofAll = (o: AppraisedOption | undefined) => `${metCount(o)} of ${objectives.objectives.length}`;
  const envelope = f.finance.capitalEnvelope;
  const csfsOf = (o: AppraisedOption | undefined): string[] => {
    if (!o) return ['No', 'Baseline', 'Yes', 'Yes (no capital for the change)', 'Yes'];
    const c = caseFigures(o.evaluation);
    const met = metCount(o);
    return [
      met === objectives.objectives.length ? 'Yes' : met > 0 ? `Partly (${met} of ${objectives.objectives.length} objectives)` : 'No',
      c.npv > 0 ? 'Yes' : 'No (NPV below zero)',
      'Yes (framework suppliers)',
      envelope === undefined ? 'Not tested (no capital envelope given)' : c.finance.capitalAsk <= envelope ? 'Yes' : 'No (above the capital envelope)',
      o.evaluation.scenario.dr.enabled ? 'Partly (second-site build)' : 'Yes',
    ];
  };
  // Shared ICS hosting is costed, not assessed in words, when the options include hosting the organisations the other way.
  const sharingCosted = [input.preferred, ...input.alternatives].some((o) => (o.evaluation.scenario.mixOrganisations ?? false) !== (input.preferred.evaluation.scenario.mixOrganisations ?? false));
  const uncosted = uncostedOptions.filter((u) => !(sharingCosted && u.label === 'Shared ICS hosting'));
  const longList: LongListEntry[] = [
    {
      label: 'Option 1: do nothing',
      what: 'Keep every server and replace each like for like at the end of its service life.',
      costing: 'Costed: the baseline of every option.',
      objectives: assess(undefined).map((r) => `${r.met ? 'Met' : 'Not met'} (${r.evidence})`),
      csfs: csfsOf(undefined),
      outcome: 'Short-listed as the baseline (Green Book requirement).',
    },
    ...options.map((o) => ({
      label: o === input.preferred ? `${o.label} (preferred)` : o.label,
      what: o.description,
      costing: `Costed: NPV ${formatMoney(o.evaluation.appraisal.npv)}.`,
      objectives: assess(o).map((r) => `${r.met ? 'Met' : 'Not met'} (${r.evidence})`),
      csfs: csfsOf(o),
      outcome: o === input.preferred ? 'Short-listed; preferred.' : 'Short-listed.',
    })),
    ...(input.recycling ? [recycledKitNotCosted(options.length + 2, input.recycling, objectives)] : []),
    ...uncosted.map((u, i) => ({
      label: `Option ${options.length + (input.recycling ? 3 : 2) + i}: ${u.label.charAt(0).toLowerCase()}${u.label.slice(1)}`,
      what: u.what,
      costing: u.costing,
      objectives: objectives.objectives.map((so) => u.objectives[so.kind]),
      csfs: [...u.csfs],
      outcome: u.outcome,
    })),
  ];
  const costed = [input.preferred, ...input.alternatives];
  const best = [...costed].sort((x, y) => y.evaluation.appraisal.npv - x.evaluation.appraisal.npv)[0] ?? input.preferred;
  const preferredName = input.preferred.label;
  const sensitivity = input.sensitivity;
  // The ten widest bars carry the message; the rest move the NPV less than any of them.
  const residualCredit = a.lines.some((l) => /residual/i.test(l.item) && l.total !== 0);
  const tornado = sensitivity.tornado.rows.filter((t) => t.swing > 0).slice(0, 10);
  const top = tornado[0];
  const mc = sensitivity.monteCarlo;
  return {
    introduction: [
      `The long list below covers every way of meeting the spending objectives (section 1.3): doing nothing, a minimum, consolidation on premises with each hypervisor (with and without a recovery site), reusing servers as hosts (recycled kit), public cloud, colocation and shared ICS hosting. The engine costs the on-premises options from the trust’s inventory; the others are assessed in words, each with the reason it is not costed. Table 5 checks every option against each spending objective from its own figures, and table 6 against the critical success factors.`,
    ],
    ...(input.drOptions ? { drOptions: drOptionsView(input.drOptions, options.find((o) => !o.evaluation.scenario.dr.enabled && /^Option 3:/.test(o.label))?.label, input.recycling === undefined) } : {}),
    longListTable: tableView<LongListEntry>(
      'Table 4. Long list of options',
      [
        { label: 'Option', value: (r) => r.label },
        { label: 'What it means', value: (r) => r.what },
        { label: 'Costing', value: (r) => r.costing },
        { label: 'Outcome', value: (r) => r.outcome },
      ],
      longList,
      { className: 'compact', breakable: true },
    ),
    objectivesTable: tableView<LongListEntry>(
      'Table 5. Options against the spending objectives',
      [{ label: 'Option', value: (r) => r.label }, ...objectives.objectives.map((so, k) => ({ label: so.id, value: (r: LongListEntry) => r.objectives[k] ?? '' }))],
      longList,
      { className: 'compact', breakable: true },
    ),
    csfTable: tableView<LongListEntry>(
      'Table 6. Options against the critical success factors',
      [{ label: 'Option', value: (r) => r.label }, ...criticalSuccessFactors.map((c, k) => ({ label: c.name, value: (r: LongListEntry) => r.csfs[k] ?? '' }))],
      longList,
      { className: 'compact', breakable: true },
    ),
    appraisalMethod: [
      `The short list (table 7) is appraised by net present value. Each option is compared with doing nothing over ${f.horizonYears} years (year 0 = ${financialYear(a.appraisalYear)}), following the HM Treasury Green Book: costs in today’s prices, discounted at ${formatPercent(f.discountRate, 1)} a year in real terms, with optimism bias added to capital. Doing nothing keeps every server, renews support (at a higher rate out of warranty) and replaces servers like for like when they reach the end of their service life.`,
    ],
    optionsTable: tableView<OptionRow>(
      `Table 7. Short list appraised (${f.horizonYears}-year totals, whole estate, undiscounted unless stated)`,
      [
        { label: 'Option', value: (r) => r.label },
        { label: `Capital ask ${financialYear(a.appraisalYear)}`, numeric: true, value: (r) => r.capital },
        { label: `${f.horizonYears}-year cost`, numeric: true, value: (r) => r.cost },
        { label: 'NPV against doing nothing', numeric: true, value: (r) => r.npv },
        { label: 'Payback', numeric: true, value: (r) => r.payback },
        { label: 'Objectives met', numeric: true, value: (r) => r.objectives },
      ],
      [
        {
          label: 'Option 1: do nothing',
          capital: formatMoney(0),
          cost: formatMoney(a.doNothing.sum),
          npv: '—',
          payback: '—',
          objectives: ofAll(undefined),
        },
        ...options.map((o) => ({ ...optionRow(o, o === input.preferred), objectives: ofAll(o) })),
      ],
    ),
    preferredOption: [
      `The preferred option is ${inBrackets(preferredName)}, the scenario this paper was asked to make the case for. Its net present value is ${formatMoneyShort(f.npv)}, it ${paybackClause(f.paybackMonths, f.horizonYears)} and it meets ${ofAll(input.preferred)} spending objectives.`,
      `On the systems it changes, over ${f.horizonYears} years, running costs ${describeSaving(f.running)}, hardware and software costs ${describeSaving(f.hardwareSoftware)} and total cost of ownership ${describeSaving(f.totalCostOfOwnership)}, one-off change costs and optimism bias included.`,
      ...(a.savingSources.switchOff.servers > 0
        ? [`Of its net present value, ${formatMoney(a.savingSources.switchOff.npv)} comes from switching off ${formatNumber(a.savingSources.switchOff.servers)} servers nobody appears to use and ${formatMoney(a.savingSources.consolidation.npv)} from consolidating the rest.`]
        : []),
    ],
    ...(input.organisations ? { organisations: organisationsView(input.organisations, f.horizonYears, input.preferred.evaluation.scenario) } : {}),
    costFigure: await buildFigure(
      'figure-cost-by-year',
      2,
      `Cost of the whole estate by year: doing nothing and the preferred option${/^Option \d+/.test(preferredName) ? ` (${preferredName.replace(/:.*$/, '').toLowerCase()})` : ''}${residualCredit ? '. The last year includes, as a credit, the residual value of equipment still in service' : ''}`,
      `Doing nothing costs ${formatMoneyShort(Math.min(...a.cashFlows.map((c) => c.doNothing)))} to ${formatMoneyShort(Math.max(...a.cashFlows.map((c) => c.doNothing)))} a year; the preferred option costs ${formatMoneyShort(a.cashFlows[0]?.withOption ?? 0)} in ${financialYear(a.appraisalYear)}, when the capital is spent, and ${a.cashFlows.slice(1).every((c) => c.net > 0) ? 'less than doing nothing in every later year' : 'more than doing nothing in some later years'}.`,
      costByYearChart(
        a.cashFlows.flatMap((c) => [
          { year: yearLabel(c), option: 'Do nothing', pounds: penceToPounds(c.doNothing) },
          { year: yearLabel(c), option: 'Preferred option', pounds: penceToPounds(c.withOption) },
        ]),
        ['Do nothing', 'Preferred option'],
      ),
      tableView<CashFlowYear>(
        'Data for figure 2 (undiscounted)',
        [
          { label: 'Year', value: yearLabel },
          { label: 'Do nothing', numeric: true, value: (c) => formatMoney(c.doNothing) },
          { label: 'Preferred option', numeric: true, value: (c) => formatMoney(c.withOption) },
          { label: 'Net saving', numeric: true, value: (c) => formatMoney(c.net) },
        ],
        a.cashFlows,
        { className: 'compact' },
      ),
    ),
    cashFlowFigure: await buildFigure(
      'figure-cash-flow',
      3,
      f.paybackMonths === null
        ? `Cumulative net saving against doing nothing (no payback within the ${f.horizonYears}-year period)`
        : `Cumulative net saving against doing nothing, with the payback point (${describePayback(f.paybackMonths, f.horizonYears)})`,
      f.paybackMonths === null
        ? `The cumulative net saving stays below zero: ${formatMoneyShort(a.cashFlows[a.cashFlows.length - 1]?.cumulativeNet ?? 0)} after ${f.horizonYears} years.`
        : `The cumulative net saving starts at ${formatMoneyShort(a.cashFlows[0]?.cumulativeNet ?? 0)} in year 0, crosses zero after ${describePayback(f.paybackMonths, f.horizonYears)} and reaches ${formatMoneyShort(a.cashFlows[a.cashFlows.length - 1]?.cumulativeNet ?? 0)} by year ${f.horizonYears}.`,
      cumulativeCashFlowChart(
        a.cashFlows.map((c) => ({ year: c.year, pounds: penceToPounds(c.cumulativeNet) })),
        f.paybackMonths === null ? null : { years: f.paybackMonths / 12, label: `Payback: ${describePayback(f.paybackMonths, f.horizonYears)}` },
      ),
      tableView<CashFlowYear>(
        'Data for figure 3',
        [
          { label: 'Year', value: yearLabel },
          { label: 'Net saving in year', numeric: true, value: (c) => formatMoney(c.net) },
          { label: 'Cumulative', numeric: true, value: (c) => formatMoney(c.cumulativeNet) },
          { label: 'Discount factor', numeric: true, value: (c) => formatNumber(c.discountFactor, 3) },
          { label: 'Present value', numeric: true, value: (c) => formatMoney(c.presentValue) },
        ],
        a.cashFlows,
        { className: 'compact', totals: [] },
      ),
    ),
    optimismBias: [
      `The Green Book requires an uplift for the systematic tendency of appraisers to be optimistic. Capital costs carry ${formatPercent(f.optimismBiasRate)} optimism bias (${formatMoneyShort(f.optimismBias)}), within the published range for equipment and development projects (10% to 200% before mitigation); it is reduced as quotes replace catalogue prices. All the figures in this paper include it.`,
    ],
    uncertainty: [
      `Point estimate: NPV ${formatMoneyShort(f.npv)}. Moving all the key assumptions together at random within their ranges (${formatNumber(mc.draws)} draws, seed ${mc.seed}, so the result can be reproduced), the median NPV is ${formatMoneyShort(mc.p50)} and the chance that the NPV is below zero is ${formatPercent(1 - mc.probabilityPositive)}; the 10th and 90th percentiles are ${formatMoneyShort(mc.p10)} and ${formatMoneyShort(mc.p90)}.`,
      top
        ? `The result is most sensitive to ${assumptionLabel(top.key).toLowerCase()}: across its documented range (${formatAssumptionValue(top.low, top.unit)} to ${formatAssumptionValue(top.high, top.unit)}) the NPV moves between ${formatMoneyShort(Math.min(top.npvLow, top.npvHigh))} and ${formatMoneyShort(Math.max(top.npvLow, top.npvHigh))}. Figure 4 shows the ten most influential assumptions, each moved on its own; table 8 gives the values at which the NPV reaches zero.`
        : 'No assumption has a documented sensitivity range.',
    ],
    tornadoFigure: await buildFigure(
      'figure-tornado',
      4,
      `Net present value when each key assumption moves across its range (central NPV ${formatMoneyShort(f.npv)})`,
      top
        ? `${assumptionLabel(top.key)} moves the NPV most, from ${formatMoneyShort(Math.min(top.npvLow, top.npvHigh))} to ${formatMoneyShort(Math.max(top.npvLow, top.npvHigh))}; ${tornado.every((t) => Math.min(t.npvLow, t.npvHigh) > 0) ? 'the NPV stays positive across every range tested' : 'at least one range takes the NPV below zero'}.`
        : 'No assumption has a documented range, so the chart is empty.',
      tornadoChart(tornado.map((t) => ({ driver: assumptionLabel(t.key), lowNpvPounds: penceToPounds(t.npvLow), highNpvPounds: penceToPounds(t.npvHigh) })), penceToPounds(f.npv)),
      tableView<TornadoRow>(
        'Data for figure 4',
        [
          { label: 'Assumption', value: (t) => assumptionLabel(t.key) },
          { label: 'Low value', value: (t) => formatAssumptionValue(t.low, t.unit) },
          { label: 'NPV at low', numeric: true, value: (t) => formatMoney(t.npvLow) },
          { label: 'High value', value: (t) => formatAssumptionValue(t.high, t.unit) },
          { label: 'NPV at high', numeric: true, value: (t) => formatMoney(t.npvHigh) },
        ],
        tornado,
        { className: 'compact' },
      ),
    ),
    breakEvenTable: tableView<BreakEven>(
      'Table 8. Break-even values: where the NPV of the preferred option reaches zero',
      [
        { label: 'Assumption', value: (b) => assumptionLabel(b.key) },
        { label: 'Used in this case', value: (b) => formatAssumptionValue(b.base, b.unit) },
        { label: 'Break-even value', value: (b) => (b.value === null ? 'not reached within its allowed range' : formatAssumptionValue(b.value, b.unit)) },
      ],
      sensitivity.breakEven,
    ),
    valueForMoney: [valueForMoney(input, best, f, mc, metCount, objectives.objectives.length)],
  };
}

function optionRow(option: AppraisedOption, preferred: boolean): OptionRow {
  const f = caseFigures(option.evaluation);
  return {
    label: preferred ? `${option.label} (preferred)` : option.label,
    capital: formatMoney(f.finance.capitalAsk),
    cost: formatMoney(f.withOptionTotal),
    npv: formatMoney(f.npv),
    payback: f.paybackMonths === null ? `over ${f.horizonYears} years` : describePayback(f.paybackMonths, f.horizonYears),
    objectives: '',
  };
}

/**
 * The value-for-money conclusion, from the figures above: the highest NPV, how sure it is, and
 * what the objectives add. It names a better-value option rather than explaining it away.
 */
function valueForMoney(input: BusinessCaseInput, best: AppraisedOption, f: CaseFigures, mc: { p50: number; probabilityPositive: number }, met: (o: AppraisedOption) => number, objectives: number): string {
  const risk = `a median of ${formatMoneyShort(mc.p50)} and a ${formatPercent(1 - mc.probabilityPositive)} chance of a negative NPV`;
  if (f.npv <= 0) {
    return `The preferred option does not pay for itself over the appraisal period: NPV ${formatMoneyShort(f.npv)}, ${risk}; the case for it rests on the objectives it meets (${met(input.preferred)} of ${objectives}) and the risks it removes, which the board must weigh against the cost.`;
  }
  if (best === input.preferred) {
    return `The preferred option offers the best value for money of the options costed: the highest NPV, ${formatMoneyShort(f.npv)}, with ${risk}; it meets ${met(input.preferred)} of ${objectives} spending objectives.`;
  }
  const margin = best.evaluation.appraisal.npv - f.npv;
  return `The preferred option has a positive NPV of ${formatMoneyShort(f.npv)}, with ${risk}, and meets ${met(input.preferred)} of ${objectives} spending objectives; but ${inBrackets(best.label)} has a higher NPV by ${formatMoneyShort(margin)} and meets ${met(best)} of ${objectives}. On value for money alone that option is better; the board should weigh that margin against what the preferred option adds (tables 5 and 6 compare the options).`;
}

/** "Option 3: full consolidation" -> "option 3 (full consolidation)". */
function inBrackets(label: string): string {
  const m = /^Option (\d+): (.+)$/.exec(label);
  return m ? `option ${m[1]} (${m[2]})` : label;
}

