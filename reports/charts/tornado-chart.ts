import type { TopLevelSpec } from 'vega-lite';
import { nhsColours } from './chart-theme.js';
import { poundsAxisLabel, poundsLocale } from './money-axis.js';

export interface TornadoBar {
  /** The assumption, e.g. "Energy price (£/kWh)". */
  driver: string;
  /** NPV with the assumption at its low and high value, in pounds. */
  lowNpvPounds: number;
  highNpvPounds: number;
}

/**
 * NPV sensitivity: one bar per assumption from the NPV at its low value to the NPV at its high
 * value, widest swing at the top, with the central NPV as a line.
 */
export function tornadoChart(bars: readonly TornadoBar[], centralNpvPounds: number): TopLevelSpec {
  const order = [...bars]
    .sort((a, b) => Math.abs(b.highNpvPounds - b.lowNpvPounds) - Math.abs(a.highNpvPounds - a.lowNpvPounds))
    .map((b) => b.driver);
  const values = bars.flatMap((b) => [
    { driver: b.driver, end: 'Low value', from: centralNpvPounds, to: b.lowNpvPounds },
    { driver: b.driver, end: 'High value', from: centralNpvPounds, to: b.highNpvPounds },
  ]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 400,
    height: Math.max(120, 22 * bars.length),
    config: { locale: poundsLocale },
    layer: [
      {
        data: { values },
        mark: { type: 'bar', height: 14 },
        encoding: {
          y: { field: 'driver', type: 'nominal', sort: order, title: null, axis: { labelLimit: 320 } },
          x: { field: 'from', type: 'quantitative', title: 'Net present value', axis: { labelExpr: poundsAxisLabel }, scale: { zero: false, nice: true } },
          x2: { field: 'to' },
          color: {
            field: 'end',
            type: 'nominal',
            title: 'Assumption at its',
            scale: { domain: ['Low value', 'High value'], range: [nhsColours.lightBlue, nhsColours.darkBlue] },
          },
        },
      },
      {
        data: { values: [{ npv: centralNpvPounds }] },
        mark: { type: 'rule', color: nhsColours.text, strokeWidth: 2 },
        encoding: { x: { field: 'npv', type: 'quantitative' } },
      },
    ],
  };
}
