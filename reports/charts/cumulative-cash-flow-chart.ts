import type { TopLevelSpec } from 'vega-lite';
import { nhsColours } from './chart-theme.js';
import { poundsAxisLabel, poundsLocale } from './money-axis.js';

export interface CashFlowPoint {
  /** Years from the start (0 = the investment year). */
  year: number;
  /** Cumulative net saving against doing nothing, in pounds (negative while paying back). */
  pounds: number;
}

/**
 * Cumulative net saving by year, a zero line, and a marked payback point when there is one
 * (the fractional year where the line crosses zero).
 */
export function cumulativeCashFlowChart(points: readonly CashFlowPoint[], payback: { years: number; label: string } | null): TopLevelSpec {
  const marker = payback === null ? [] : [{ year: payback.years, label: payback.label }];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 560,
    height: 190,
    config: { locale: poundsLocale },
    layer: [
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', color: nhsColours.midGrey },
        encoding: { y: { field: 'zero', type: 'quantitative' } },
      },
      {
        data: { values: points.map((p) => ({ ...p })) },
        mark: { type: 'line', color: nhsColours.blue, strokeWidth: 3, point: { filled: true, size: 60, color: nhsColours.blue } },
        encoding: {
          x: { field: 'year', type: 'quantitative', title: 'Years from start', axis: { tickMinStep: 1, format: 'd' } },
          y: { field: 'pounds', type: 'quantitative', title: 'Cumulative net saving', axis: { labelExpr: poundsAxisLabel } },
        },
      },
      {
        data: { values: marker },
        mark: { type: 'rule', color: nhsColours.aquaGreen, strokeWidth: 2, strokeDash: [4, 3] },
        encoding: { x: { field: 'year', type: 'quantitative' } },
      },
      {
        data: { values: marker },
        mark: { type: 'text', align: 'left', dx: 6, dy: 14, fontWeight: 'bold', color: nhsColours.text, fontSize: 11 },
        encoding: { x: { field: 'year', type: 'quantitative' }, y: { datum: 0, type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
  };
}
