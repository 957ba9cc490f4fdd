import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import type { BreakEven } from '../../engine/sensitivity/break-even.js';
import type { MonteCarloResult } from '../../engine/sensitivity/monte-carlo.js';
import type { Tornado } from '../../engine/sensitivity/tornado.js';
import { formatMoney, formatMoneyShort, formatNumber, formatPercent } from '../../reports/format/numbers.js';
import type { SensitivityTopic } from '../understanding/understanding.js';
import type { Answer } from './answer.js';
import { assumptionLabel, assumptionName } from './assumption-name.js';
import { formatAssumptionValue } from './format-assumption-value.js';

export interface SensitivityResult {
  topic: SensitivityTopic;
  scopeName: string;
  scenario: Scenario;
  assumptions: AssumptionSet;
  tornado: Tornado;
  breakEven: BreakEven[];
  monteCarlo?: MonteCarloResult;
}

/**
 * "What matters most?", "break-even energy price", "how sure are we?": the engine's tornado,
 * break-even values and Monte Carlo for the scenario, in words.
 */
export function sensitivityAnswer(r: SensitivityResult): Answer {
  const fmt = (key: string, value: number) => (r.assumptions.has(key) ? formatAssumptionValue(r.assumptions.entry(key), value) : formatNumber(value, 3));
  const top = r.tornado.rows.filter((row) => row.swing > 0).slice(0, 8);
  const base = r.tornado.baseNpv;
  const label = (key: string) => (r.assumptions.has(key) ? assumptionLabel(key, r.assumptions.entry(key).unit) : assumptionName(key));
  const breakEvenRows = r.breakEven.map((b) => [label(b.key), fmt(b.key, b.base), b.value === null ? 'never within its range' : fmt(b.key, b.value), breakEvenNote(b, fmt)]);
  const tables = [
    {
      title: 'NPV when each assumption moves across its documented range',
      columns: ['Assumption', 'Low', 'High', 'NPV at low', 'NPV at high', 'Swing'],
      rows: top.map((row) => [label(row.key), fmt(row.key, row.low), fmt(row.key, row.high), formatMoney(row.npvLow), formatMoney(row.npvHigh), formatMoney(row.swing)]),
    },
    ...(breakEvenRows.length > 0 ? [{ title: 'Break-even values (NPV = 0)', columns: ['Assumption', 'Now', 'Break-even', 'Note'], rows: breakEvenRows }] : []),
  ];
  const mc = r.monteCarlo;
  return {
    kind: 'sensitivity',
    headline: headline(r, fmt),
    figures: [
      { label: 'NPV as assumed', value: formatMoney(base), raw: base },
      ...(top[0] ? [{ label: 'Biggest driver', value: assumptionName(top[0].key), raw: top[0].swing }] : []),
      ...(mc
        ? [
            { label: 'Chance NPV > 0', value: formatPercent(mc.probabilityPositive), raw: mc.probabilityPositive },
            { label: 'P10 / P50 / P90 NPV', value: `${formatMoneyShort(mc.p10)} / ${formatMoneyShort(mc.p50)} / ${formatMoneyShort(mc.p90)}` },
          ]
        : []),
    ],
    tables,
    notes: [
      'Each bar moves one assumption to the low and high of data/assumptions.json with everything else held.',
      ...(mc ? [`Monte Carlo: ${formatNumber(mc.draws)} seeded draws (seed ${mc.seed}) moving ${mc.keys.length} assumptions at once on triangular distributions.`] : []),
      ...r.tornado.skipped.map((s) => `${capitalise(assumptionName(s.key))} left out: ${s.reason}`),
    ],
    actions: [
      { id: 'business-case', label: 'Business case PDF', scenario: r.scenario },
      { id: 'show-assumptions', label: 'Show assumptions', scenario: r.scenario },
    ],
    scenario: r.scenario,
  };
}

function headline(r: SensitivityResult, fmt: (key: string, value: number) => string): string {
  const base = formatMoneyShort(r.tornado.baseNpv);
  if (r.topic === 'break-even') {
    const b = r.breakEven[0];
    if (!b) return `For ${r.scopeName} (NPV ${base}), no single assumption turns the NPV negative within its documented range.`;
    return b.value === null
      ? `For ${r.scopeName} (NPV ${base}), the ${assumptionName(b.key)} never brings the NPV to zero within its allowed range (now ${fmt(b.key, b.base)}).`
      : `For ${r.scopeName}, the NPV of ${base} falls to zero when the ${assumptionName(b.key)} reaches ${fmt(b.key, b.value)} (now ${fmt(b.key, b.base)}).`;
  }
  if (r.topic === 'risk' && r.monteCarlo) {
    const mc = r.monteCarlo;
    return `For ${r.scopeName}, the NPV is positive in ${formatPercent(mc.probabilityPositive)} of ${formatNumber(mc.draws)} simulated futures; P10 ${formatMoneyShort(mc.p10)}, median ${formatMoneyShort(mc.p50)}, P90 ${formatMoneyShort(mc.p90)}.`;
  }
  const [first, second] = r.tornado.rows.filter((row) => row.swing > 0);
  if (!first) return `For ${r.scopeName} (NPV ${base}), none of the key assumptions moves the NPV.`;
  const range = (row: typeof first) => `${formatMoneyShort(Math.min(row.npvLow, row.npvHigh))} to ${formatMoneyShort(Math.max(row.npvLow, row.npvHigh))}`;
  return `For ${r.scopeName} (NPV ${base}), the ${assumptionName(first.key)} matters most: from ${fmt(first.key, first.low)} to ${fmt(first.key, first.high)} the NPV runs ${range(first)}${second ? `; next is the ${assumptionName(second.key)} (${range(second)})` : ''}.`;
}

/** The engine's break-even note in words, with values in the assumption's own format. */
function breakEvenNote(b: BreakEven, fmt: (key: string, value: number) => string): string {
  if (b.value === null) return `the NPV keeps its sign across the whole allowed range`;
  return b.value === b.base ? 'the NPV is already zero' : `the NPV reaches zero at ${fmt(b.key, b.value)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
