/**
 * Money inside the engine is whole pence (integers), so sums and comparisons are exact and
 * the same inputs give byte-identical outputs. Pounds appear only at the edges: input files
 * (converted here, checked) and formatting (reports/format/money.ts).
 */
export type Pence = number;

/** Converts a pounds amount from an input file into pence; rejects NaN and infinities. */
export function poundsToPence(pounds: number): Pence {
  if (!Number.isFinite(pounds)) throw new RangeError(`expected an amount in pounds, got ${pounds}`);
  return Math.round(pounds * 100);
}

/** Pence to pounds, for formatting and JSON output meant for people. */
export function penceToPounds(pence: Pence): number {
  return pence / 100;
}

/** Rounds a fractional pence result (energy x price, discounting) back to whole pence. */
export function roundPence(value: number): Pence {
  if (!Number.isFinite(value)) throw new RangeError(`expected a finite amount in pence, got ${value}`);
  return Math.round(value);
}
