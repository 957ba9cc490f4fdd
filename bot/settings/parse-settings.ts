import type { z } from 'zod';
import { InputError, type InputProblem } from '../../engine/errors.js';

/**
 * Validates environment variables against a settings schema. Every problem names the variable
 * (as the "column" of the "environment"), so `unsprawl bot` can list everything that is missing
 * or wrong at once instead of failing on the first.
 */
export function parseSettings<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems: InputProblem[] = result.error.issues.map((issue) => ({
    file: 'environment',
    column: issue.path.map(String).join('.') || 'settings',
    message: issue.message,
  }));
  throw new InputError(problems);
}
