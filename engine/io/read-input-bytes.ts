import { stat, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError } from '../errors.js';
import { maxInputBytes } from './max-input-bytes.js';

export interface ReadLimits {
  /** Largest file accepted, in bytes (default: UNSPRAWL_MAX_INPUT_MB, else 50 MB). */
  maxBytes?: number;
}

/**
 * Reads a whole input file, refusing missing, empty and oversized files with an InputError
 * that says what was expected, so a wrong path or a 2 GB log never reaches a parser.
 */
export async function readInputBytes(path: string, limits: ReadLimits = {}): Promise<Buffer> {
  const file = basename(path);
  const maxBytes = limits.maxBytes ?? maxInputBytes();
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError([{ file, message: `expected a file, got a directory or device (${path})` }]);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([{ file, message: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }]);
  }
  if (size > maxBytes) {
    throw new InputError([{ file, message: `file is ${formatSize(size)}, larger than the ${formatSize(maxBytes)} limit; split it, or raise the limit with UNSPRAWL_MAX_INPUT_MB` }]);
  }
  if (size === 0) throw new InputError([{ file, message: 'file is empty: expected a header row and at least one row of data' }]);
  return readFile(path);
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
