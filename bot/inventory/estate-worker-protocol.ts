import type { Estate } from '../../engine/estate/estate.js';
import type { InputProblem } from '../../engine/errors.js';
import type { InputWarning } from '../../engine/io/input-table.js';

/** What the estate worker is given: a file to read, the size limit in force and today's date (for an undated export). */
export interface EstateWorkerData {
  path: string;
  maxBytes: number;
  today?: string;
}

export type EstateWorkerResult =
  | { ok: true; estate: Estate; warnings: InputWarning[] }
  /** The file's problems (an InputError, rebuilt on the other side). */
  | { ok: false; problems: InputProblem[] }
  /** A bug in the loader. */
  | { ok: false; error: string };
