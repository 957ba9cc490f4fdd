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

interface OptionRow {
  label: string;
  capital: string;
  cost: string;
  npv: string;
  payback: string;
  hosts: string;
}

/** Economic case: the options, the preferred one, its cash flows, optimism bias and sensitivity. */
export async function economicCaseView(input: BusinessCaseInput, f: CaseFigures): Promise<EconomicCaseView> {
  const a = input.preferred.evaluation.appraisal;
  const options = [input.preferred, ...input.alternatives].sort((x, y) => x.label.localeCompare(y.label, 'en-GB', { numeric: true }));
  const yearLabel = (c: CashFlowYear) => c.financialYear;
  const preferredName = input.preferred.label;
  const sensitivity = input.sensitivity;
  // The ten widest bars carry the message; the rest move the NPV less than any of them.
  const residualCredit = a.lines.some((l) => /residual/i.test(l.item) && l.total !== 0);
  const tornado = sensitivity.tornado.rows.filter((t) => t.swing > 0).slice(0, 10);
  const top = tornado[0];
  const mc = sensitivity.monteCarlo;
  return {
    introduction: [`${numberWord(options.length + 1)} options were appraised against the objectives in section 1.3:`],
    options: [
      'Option 1, do nothing: keep every server and replace each like for like at the end of its service life.',
      ...options.map((o) => `${o.label.replace(/^(Option \d+): /, '$1, ')}: ${o.description.charAt(0).toLowerCase()}${o.description.slice(1)}`),
    ],
    appraisalMethod: [
      `Each option is compared with doing nothing over ${f.horizonYears} years (year 0 = ${a.appraisalYear}/${String((a.appraisalYear + 1) % 100).padStart(2, '0')}), following the HM Treasury Green Book: costs in today’s prices, discounted at ${formatPercent(f.discountRate, 1)} a year in real terms, with optimism bias added to capital. Doing nothing keeps every server, renews support (at a higher rate out of warranty) and replaces servers like for like when they reach the end of their service life.`,
    ],
    optionsTable: tableView<OptionRow>(
      `Table 2. Options appraised (${f.horizonYears}-year totals, whole estate, undiscounted unless stated)`,
      [
        { label: 'Option', value: (r) => r.label },
        { label: 'Capital', numeric: true, value: (r) => r.capital },
        { label: `${f.horizonYears}-year cost`, numeric: true, value: (r) => r.cost },
        { label: 'NPV against doing nothing', numeric: true, value: (r) => r.npv },
        { label: 'Payback', numeric: true, value: (r) => r.payback },
        { label: 'Hosts', numeric: true, value: (r) => r.hosts },
      ],
      [
        {
          label: 'Option 1: do nothing',
          capital: formatMoney(sumOf(a.doNothing.capital)),
          cost: formatMoney(a.doNothing.sum),
          npv: '—',
          payback: '—',
          hosts: '—',
        },
        ...options.map((o) => optionRow(o, o === input.preferred)),
      ],
    ),
    preferredOption: [
      `The preferred option is ${inBrackets(preferredName)}. ${preferredReason(input, f)} Its net present value is ${formatMoney(f.npv)} and it ${paybackClause(f.paybackMonths, f.horizonYears)}.`,
      `On the systems it changes, over ${f.horizonYears} years, running costs ${describeSaving(f.running)}, hardware and software costs ${describeSaving(f.hardwareSoftware)} and total cost of ownership ${describeSaving(f.totalCostOfOwnership)}, one-off change costs and optimism bias included.`,
      ...(a.savingSources.switchOff.servers > 0
        ? [`Of its net present value, ${formatMoney(a.savingSources.switchOff.npv)} comes from switching off ${formatNumber(a.savingSources.switchOff.servers)} servers nobody appears to use and ${formatMoney(a.savingSources.consolidation.npv)} from consolidating the rest.`]
        : []),
    ],
    costFigure: await buildFigure(
      'figure-cost-by-year',
      2,
      `Cost of the whole estate by year: doing nothing and the preferred option${/^Option \d+/.test(preferredName) ? ` (${preferredName.replace(/:.*$/, '').toLowerCase()})` : ''}${residualCredit ? '. The last year includes, as a credit, the residual value of equipment still in service' : ''}`,
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
      `The Green Book requires an uplift for the systematic tendency of appraisers to be optimistic. Capital costs carry ${formatPercent(f.optimismBiasRate)} optimism bias (${formatMoney(f.optimismBias)}), within the published range for equipment and development projects (10% to 200% before mitigation); it is reduced as quotes replace catalogue prices. All the figures in this paper include it.`,
    ],
    sensitivity: [
      top
        ? `The result is most sensitive to ${assumptionLabel(top.key).toLowerCase()}: across its documented range (${formatAssumptionValue(top.low, top.unit)} to ${formatAssumptionValue(top.high, top.unit)}) the NPV moves between ${formatMoney(Math.min(top.npvLow, top.npvHigh))} and ${formatMoney(Math.max(top.npvLow, top.npvHigh))}. Figure 4 shows the ten most influential assumptions, each moved on its own with the others held at their values in this case.`
        : 'No assumption has a documented sensitivity range.',
    ],
    tornadoFigure: await buildFigure(
      'figure-tornado',
      4,
      `Net present value when each key assumption moves across its range (central NPV ${formatMoneyShort(f.npv)})`,
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
      'Table 3. Break-even values: where the NPV of the preferred option reaches zero',
      [
        { label: 'Assumption', value: (b) => assumptionLabel(b.key) },
        { label: 'Used in this case', value: (b) => formatAssumptionValue(b.base, b.unit) },
        { label: 'Break-even value', value: (b) => (b.value === null ? 'not reached within its allowed range' : formatAssumptionValue(b.value, b.unit)) },
      ],
      sensitivity.breakEven,
    ),
    monteCarlo: [
      `Moving all the key assumptions together at random within their ranges (${formatNumber(mc.draws)} draws, seed ${mc.seed}, so the result can be reproduced), the NPV is positive in ${formatPercent(mc.probabilityPositive)} of cases; the 10th, 50th and 90th percentiles are ${formatMoney(mc.p10)}, ${formatMoney(mc.p50)} and ${formatMoney(mc.p90)}.`,
    ],
  };
}

function numberWord(n: number): string {
  return ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight'][n - 1] ?? String(n);
}

function optionRow(option: AppraisedOption, preferred: boolean): OptionRow {
  const f = caseFigures(option.evaluation);
  return {
    label: preferred ? `${option.label} (preferred)` : option.label,
    capital: formatMoney(sumOf(option.evaluation.appraisal.withOption.capital)),
    cost: formatMoney(f.withOptionTotal),
    npv: formatMoney(f.npv),
    payback: f.paybackMonths === null ? `over ${f.horizonYears} years` : describePayback(f.paybackMonths, f.horizonYears),
    hosts: formatNumber(f.hosts),
  };
}

function preferredReason(input: BusinessCaseInput, f: CaseFigures): string {
  const better = input.alternatives.filter((o) => o.evaluation.appraisal.npv > f.npv);
  if (better.length === 0) return 'It has the highest net present value of the options appraised.';
  if (f.drEnabled && better.every((o) => !o.evaluation.scenario.dr.enabled)) {
    return 'Options without a recovery site cost less, but leave critical systems with no mirrored copy after the loss of the main data centre.';
  }
  if (better.every((o) => (o.evaluation.scenario.retire ?? 'none') !== 'none')) {
    const names = better.map((o) => inBrackets(o.label)).join(' and ');
    return `${names.charAt(0).toUpperCase()}${names.slice(1)} saves more still, but depends on owners confirming that the servers it switches off are unused: it is recommended as the first step of this option once they have.`;
  }
  const names = better.map((o) => inBrackets(o.label)).join(' and ');
  return `${names.charAt(0).toUpperCase()}${names.slice(1)} ${better.length === 1 ? 'has' : 'have'} a higher NPV but ${better.length === 1 ? 'does' : 'do'} not meet all the objectives in section 1.3.`;
}

/** "Option 3: full consolidation" -> "option 3 (full consolidation)". */
function inBrackets(label: string): string {
  const m = /^Option (\d+): (.+)$/.exec(label);
  return m ? `option ${m[1]} (${m[2]})` : label;
}

function sumOf(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

