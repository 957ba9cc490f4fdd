import type { Config } from 'vega-lite';

/** en-GB pounds in chart labels: d3-format's `$` prints the locale's currency. */
export const poundsLocale: Config['locale'] = {
  number: { decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''] },
};

/**
 * Axis labels for pounds in the prose rule of the papers: £0, £200k, £1.5m, one minus sign
 * (U+2212). Used as an axis `labelExpr`, so it is a Vega expression.
 */
export const poundsAxisLabel =
  "(datum.value < 0 ? '\u2212' : '') + '£' + (abs(datum.value) >= 1e6 ? format(abs(datum.value) / 1e6, '.3~') + 'm' : abs(datum.value) >= 1e3 ? format(abs(datum.value) / 1e3, '.3~') + 'k' : format(abs(datum.value), '~'))";
