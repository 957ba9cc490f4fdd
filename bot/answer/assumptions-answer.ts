import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import type { Answer } from './answer.js';
import { assumptionName } from './assumption-name.js';
import { roundForReading } from './round-for-reading.js';
import { formatAssumptionValue } from './format-assumption-value.js';

/** The assumptions people challenge first, shown at the top of the list. */
const headlineKeys = [
  'energy.pricePerKwh', 'energy.pue', 'carbon.kgPerKwh', 'discount.rate', 'horizon.years', 'headroom.cpu',
  'headroom.ram', 'ha.spareHosts', 'growth.annual', 'optimismBias.capital',
];

/**
 * "What assumptions are you using?": every assumption in force with its value, unit and source,
 * the ones a scenario or chat changed marked, key ones first.
 */
export function assumptionsAnswer(assumptions: AssumptionSet, scenario?: Scenario): Answer {
  const inForce = scenario && Object.keys(scenario.overrides).length > 0 ? assumptions.with(scenario.overrides, 'chat') : assumptions;
  const all = inForce.all();
  const ordered = [
    ...headlineKeys.filter((k) => inForce.has(k)).map((k) => inForce.entry(k)),
    ...all.filter((a) => !headlineKeys.includes(a.key)),
  ];
  const changed = inForce.overridden();
  const headline =
    changed.length === 0
      ? `I'm using ${all.length} assumptions, all at their documented defaults: energy at ${value(inForce, 'energy.pricePerKwh')}, PUE ${value(inForce, 'energy.pue')}, discount rate ${value(inForce, 'discount.rate')} over ${value(inForce, 'horizon.years')}.`
      : `I'm using ${all.length} assumptions; ${changed.length} changed for this scenario: ${changed.map((a) => `${assumptionName(a.key)} ${formatAssumptionValue(a, a.value)}`).join(', ')}.`;
  return {
    kind: 'assumptions',
    headline,
    figures: headlineKeys.filter((k) => inForce.has(k)).slice(0, 6).map((k) => {
      const a = inForce.entry(k);
      return { label: capitalise(assumptionName(a.key)), value: formatAssumptionValue(a, a.value), raw: a.value };
    }),
    tables: [
      {
        title: 'Assumptions in force',
        columns: ['Assumption', 'Unit', 'Value', 'Default', 'Source'],
        rows: ordered.map((a) => [capitalise(assumptionName(a.key)), a.unit, formatAssumptionValue(a, a.value), a.origin === 'default' ? '' : formatAssumptionValue(a, a.defaultValue), roundForReading(a.source)]),
      },
    ],
    notes: [
      'Change any of them by saying so in a question: "at 30p/kWh", "with 30% headroom", "N+2", "over 7 years".',
    ],
    actions: scenario ? [{ id: 'business-case', label: 'Business case PDF', scenario }] : [],
    ...(scenario ? { scenario } : {}),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function value(set: AssumptionSet, key: string): string {
  return set.has(key) ? formatAssumptionValue(set.entry(key), set.get(key)) : 'not set';
}
