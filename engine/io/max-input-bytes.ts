import { InputError } from '../errors.js';

/** Input files larger than this are refused before reading (an export of a whole vCenter is ~10 MB). */
export const DEFAULT_MAX_INPUT_MB = 50;
/** The most UNSPRAWL_MAX_INPUT_MB may allow: beyond it a text file no longer fits in one JavaScript string. */
export const HIGHEST_MAX_INPUT_MB = 400;

/**
 * The input size limit in bytes from `UNSPRAWL_MAX_INPUT_MB` (default 50, at most 400), read by
 * every loader, so `plan`, `estate`, `import` and chat uploads all refuse the same files.
 *
 * @example maxInputBytes({ UNSPRAWL_MAX_INPUT_MB: '80' }) // 83886080
 */
export function maxInputBytes(env: Record<string, string | undefined> = process.env): number {
  const text = env.UNSPRAWL_MAX_INPUT_MB?.trim();
  if (text === undefined || text === '') return DEFAULT_MAX_INPUT_MB * 1024 * 1024;
  const mb = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!(mb > 0 && mb <= HIGHEST_MAX_INPUT_MB)) {
    throw new InputError([{ file: 'UNSPRAWL_MAX_INPUT_MB', message: `expected a size in MB above 0 and at most ${HIGHEST_MAX_INPUT_MB}, got "${text}"` }]);
  }
  return Math.round(mb * 1024 * 1024);
}
