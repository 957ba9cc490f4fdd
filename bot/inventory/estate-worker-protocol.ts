import type { Estate } from '../../engine/estate/estate.js';
import type { InputProblem } from '../../engine/errors.js';

/** What the estate worker is given: a file to read and the size limit in force. */
export interface EstateWorkerData {
  path: string;
  maxBytes: number;
}

export type EstateWorkerResult =
  | { ok: true; estate: Estate }
  /** The file's problems (an InputError, rebuilt on the other side). */
  | { ok: false; problems: InputProblem[] }
  /** A bug in the loader. */
  | { ok: false; error: string };
