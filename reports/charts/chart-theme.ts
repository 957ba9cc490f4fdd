import type { Config } from 'vega-lite';

/** NHS identity colours (NHS digital service manual, "Colours"). */
export const nhsColours = {
  blue: '#005EB8',
  darkBlue: '#003087',
  brightBlue: '#0072CE',
  lightBlue: '#41B6E6',
  aquaGreen: '#00A499',
  warmYellow: '#FFB81C',
  red: '#DA291C',
  text: '#212B32',
  secondaryText: '#4C6272',
  paleGrey: '#E8EDEE',
  midGrey: '#768692',
} as const;

export const chartFont = '"Liberation Sans", Arial, sans-serif';

/**
 * Shared look for every chart: the report font, NHS colours, no chart border. Text widths are
 * estimated without a canvas on the server, so charts set explicit sizes and padding.
 */
export const chartConfig: Config = {
  font: chartFont,
  // The whole SVG is one image named by its figure caption (render-chart.ts), with the numbers
  // in a table beside it; per-mark ARIA would only repeat them, and empty layers (no payback
  // point) would be unnamed images to a screen reader.
  aria: false,
  mark: { aria: false },
  background: 'white',
  padding: 8,
  view: { stroke: null },
  axis: {
    aria: false,
    labelFontSize: 11,
    titleFontSize: 11,
    labelColor: nhsColours.text,
    titleColor: nhsColours.text,
    gridColor: nhsColours.paleGrey,
    domainColor: nhsColours.midGrey,
    tickColor: nhsColours.midGrey,
    titleFontWeight: 'bold',
  },
  legend: { aria: false, labelFontSize: 11, titleFontSize: 11, orient: 'top', labelColor: nhsColours.text, titleColor: nhsColours.text },
  title: { fontSize: 12, color: nhsColours.text, anchor: 'start' },
  header: { labelFontSize: 11, titleFontSize: 11, labelColor: nhsColours.text },
  range: { category: [nhsColours.midGrey, nhsColours.blue, nhsColours.aquaGreen, nhsColours.warmYellow, nhsColours.darkBlue] },
};
