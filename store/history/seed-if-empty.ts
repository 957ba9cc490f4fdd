import type { HistoryStore } from '../open-store.js';
import { listSnapshots } from '../snapshots/list-snapshots.js';
import { seedHistory, type SeedOutcome } from './seed-history.js';

/**
 * Seeds the bundled history only into a store that has no snapshots at all (a fresh install),
 * so the sample trust never mixes with a trust's own imports.
 *
 * @returns the outcomes, or undefined when the store already had snapshots
 */
export async function seedIfEmpty(store: HistoryStore, now: Date): Promise<SeedOutcome[] | undefined> {
  if (listSnapshots(store).length > 0) return undefined;
  return seedHistory(store, { now });
}
