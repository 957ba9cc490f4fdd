import { UnsprawlError, InputError } from '../engine/errors.js';

/**
 * Turns any error reaching the top of a command into a message for people and an exit code:
 * 2 for bad input (file, flag, assumption, scenario), 1 for anything unexpected.
 */
export function reportError(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  if (error instanceof InputError) {
    stderr.write(`unsprawl: ${error.problems.length} problem(s) in the input:\n${error.message}\n`);
    return 2;
  }
  if (error instanceof UnsprawlError) {
    stderr.write(`unsprawl: ${error.message}\n`);
    return 2;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  stderr.write(`unsprawl: unexpected error: ${message}\n`);
  return 1;
}
