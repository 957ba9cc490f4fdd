import type { Config } from 'vega-lite';

/** en-GB pounds in chart axes and labels: d3-format's `$` prints the locale's currency. */
export const poundsLocale: Config['locale'] = {
  number: { decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''] },
};

/** Axis tick format for pounds: £0, £200k, £1.5M. */
export const poundsAxisFormat = '$~s';
