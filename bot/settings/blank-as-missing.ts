import { z } from 'zod';

/**
 * Treats an empty or whitespace-only variable as not set: `SLACK_APP_TOKEN=` left in a .env
 * template should read as "missing", with the message that says so, not as an invalid token.
 */
export function blankAsMissing<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema);
}
