import type { ApprovedPlan } from '../../engine/summary/approved-plan.js';
import type { HistoryStore } from '../open-store.js';
import { listSnapshots } from '../snapshots/list-snapshots.js';
import { loadApprovedPlan } from './load-approved-plan.js';

/**
 * The plan to report progress against: the file given, else the sample trust's bundled plan
 * while the store holds only the bundled sample history, else none (a trust's own history is
 * never measured against the sample's plan).
 */
export async function chooseApprovedPlan(store: HistoryStore, path?: string): Promise<ApprovedPlan | undefined> {
  if (path !== undefined) return loadApprovedPlan(path);
  const snapshots = listSnapshots(store);
  return snapshots.length > 0 && snapshots.every((s) => s.importedBy === 'seed') ? loadApprovedPlan() : undefined;
}
