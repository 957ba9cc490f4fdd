import type { z } from 'zod';
import type { InputProblem } from '../errors.js';
import { describeValue } from './validate-rows.js';

/**
 * Turns zod issues for a JSON document into problems located by path (`scenarios[2].hypervisor`),
 * quoting the value found there.
 */
export function jsonProblems(file: string, error: z.ZodError, document: unknown): InputProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    const found = valueAt(document, issue.path);
    const message = issue.code === 'unrecognized_keys' || (found === undefined && issue.code !== 'invalid_type')
      ? issue.message
      : `${issue.message}, ${found === undefined ? 'got nothing' : describeValue(found)}`;
    return { file, column: path || undefined, message };
  });
}

function valueAt(document: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = document;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}
