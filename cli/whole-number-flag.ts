import { InputError } from '../engine/errors.js';

/**
 * A whole-number flag within its documented limits (`--draws 1e9` is refused rather than run
 * for hours), as decimal digits only, so "1e3", "0x10" and "12abc" are refused too.
 *
 * @example wholeNumberFlag('5000', '--draws', { min: 100, max: 100_000 }) // 5000
 */
export function wholeNumberFlag(text: string, flag: string, range: { min: number; max: number }): number {
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(n >= range.min && n <= range.max)) {
    throw new InputError([{ file: flag, message: `expected a whole number from ${range.min} to ${range.max}, got "${text}"` }]);
  }
  return n;
}
