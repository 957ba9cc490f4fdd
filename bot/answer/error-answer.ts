import { UnsprawlError } from '../../engine/errors.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import type { Answer } from './answer.js';
import { roundForReading } from './round-for-reading.js';
import { withAssumptionNames } from './assumption-name.js';

/**
 * An engine refusal (an assumption out of range, a scope matching nothing, an unknown host model)
 * as an answer a person can act on. Anything else is a fault of ours: say so without internals.
 */
export function errorAnswer(error: unknown, scenario?: Scenario): Answer {
  const known = error instanceof UnsprawlError;
  return {
    kind: 'error',
    headline: known ? `I can't answer that as asked: ${withAssumptionNames(roundForReading(error.message))}` : 'Sorry, something went wrong while working that out.',
    figures: [],
    tables: [],
    notes: known
      ? ['Change the question (or the value) and ask again; "what assumptions are you using?" lists every assumption with its value and source.']
      : [`The error was: ${error instanceof Error ? error.message : String(error)}. Please tell the unsprawl maintainers.`],
    actions: [{ id: 'show-assumptions', label: 'Show assumptions' }],
    ...(scenario ? { scenario } : {}),
  };
}
