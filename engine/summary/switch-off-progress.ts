import type { AssumptionSet } from '../assumptions/assumption-set.js';
import type { Estate } from '../estate/estate.js';
import { classifyServers } from '../retirement/classify-servers.js';
import type { ServerReview } from '../retirement/retirement-review.js';

/** A snapshot's estate and the date it describes (YYYY-MM-DD). */
export interface DatedEstate {
  estate: Estate;
  asOf: string;
}

export interface SwitchOffProgress {
  /** Idle and zombie servers in this month's snapshot: still running, candidates to switch off. */
  candidates: { idle: number; zombie: number };
  /** Servers gone since the previous snapshot that were idle or zombie in it, with that class. */
  switchedOff: { id: string; class: 'idle' | 'zombie' }[];
}

/**
 * How the switch-off candidates moved in a month: those still running now, and those the
 * previous snapshot flagged that have since gone from the inventory. Each snapshot is reviewed
 * at its own date with the same retire.* thresholds.
 *
 * @example switchOffProgress(september, october, assumptions).switchedOff // [{ id: 'MDC-FAX-APP01', class: 'zombie' }]
 */
export function switchOffProgress(previous: DatedEstate | undefined, current: DatedEstate, assumptions: AssumptionSet): SwitchOffProgress {
  const review = (snapshot: DatedEstate) => classifyServers(snapshot.estate.servers, assumptions, snapshot.asOf);
  const now = review(current);
  const stillHere = new Set(current.estate.servers.map((s) => s.id));
  const switchedOff = previous
    ? review(previous).servers
        .filter((s): s is ServerReview & { activity: 'idle' | 'zombie' } => (s.activity === 'idle' || s.activity === 'zombie') && !stillHere.has(s.workload))
        .map((s) => ({ id: s.workload, class: s.activity }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    : [];
  return { candidates: { idle: now.counts.idle, zombie: now.counts.zombie }, switchedOff };
}
