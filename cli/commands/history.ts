import { Command } from 'commander';
import { formatDate, formatNumber } from '../../reports/format/numbers.js';
import { seedHistory } from '../../store/history/seed-history.js';
import { seedIfEmpty } from '../../store/history/seed-if-empty.js';
import { listSummaryPosts } from '../../store/ledger/list-summary-posts.js';
import type { SummaryPost } from '../../store/ledger/summary-post.js';
import { defaultStorePath, openStore, type HistoryStore } from '../../store/open-store.js';
import { asStoreError, StoreError } from '../../store/store-error.js';
import { listScenarioRuns } from '../../store/runs/list-scenario-runs.js';
import { listSnapshots } from '../../store/snapshots/list-snapshots.js';
import { wholeNumberFlag } from '../whole-number-flag.js';

interface HistoryOptions {
  store?: string;
  seed?: boolean;
  runs: string;
  json?: boolean;
}

/**
 * `unsprawl history`: the estate snapshots in the history store, the latest scenario runs and
 * the ledger of posted summaries. On a fresh install the bundled sample history is loaded first.
 */
export function historyCommand(): Command {
  return new Command('history')
    .description('List the estate snapshots, recent scenario runs and posted monthly summaries in the history store')
    .option('--store <path>', `history store file (default: $UNSPRAWL_HISTORY_DB or ${defaultStorePath({})})`)
    .option('--seed', 'load the bundled sample history (data/history) into the store; changes nothing if already there')
    .option('--runs <n>', 'how many recent scenario runs to list, 1 to 1000', '10')
    .option('--json', 'print one JSON object')
    .addHelpText('after', '\nExamples:\n  unsprawl history\n  unsprawl history --seed --store /var/lib/unsprawl/history.db\n\nA store with no snapshots at all (a fresh install) is seeded with the sample history automatically.')
    .action(async (options: HistoryOptions) => {
      const runLimit = wholeNumberFlag(options.runs, '--runs', { min: 1, max: 1000 });
      const store = openForReading(options.store);
      try {
        const now = new Date();
        const seeded = store.readOnly ? undefined : options.seed ? await seedHistory(store, { now }) : await seedIfEmpty(store, now);
        if (store.readOnly) process.stderr.write(`note: ${store.path} is read-only: listed as it is, nothing seeded\n`);
        const snapshots = listSnapshots(store);
        const runs = listScenarioRuns(store, { limit: runLimit });
        const posts = listSummaryPosts(store);
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ store: store.path, seeded: seeded ?? [], snapshots, runs, posts }, null, 2)}\n`);
          return;
        }
        const lines = [`History store: ${store.path}`];
        if (seeded && seeded.some((s) => s.outcome !== 'unchanged')) lines.push(`Loaded the bundled sample history: ${seeded.filter((s) => s.outcome !== 'unchanged').length} snapshots.`);
        lines.push('', `Estate snapshots (${snapshots.length})`);
        lines.push(...table(['As of', 'Servers', 'Source', 'Imported by', 'Imported'], snapshots.map((s) => [s.asOf, formatNumber(s.serverCount), s.source, s.importedBy, s.importedAt.slice(0, 16).replace('T', ' ')])));
        lines.push('', `Recent scenario runs (${runs.length})`);
        lines.push(...(runs.length === 0 ? ['  none yet'] : table(['When', 'Scenario', 'Who', 'Where', 'Inputs'], runs.map((r) => [r.askedAt.slice(0, 16).replace('T', ' '), r.scenario.name, r.askedBy, r.channel, r.inputsHash.slice(0, 12)]))));
        lines.push('', `Monthly summaries posted (${posts.length})`);
        lines.push(...(posts.length === 0 ? ['  none yet'] : table(['Month', 'Destination', 'Status', 'Attempts', 'When, or why not'], posts.map((p) => [p.month, p.destination, p.status, String(p.attempts), postOutcome(p)]))));
        process.stdout.write(`${lines.join('\n')}\n`);
      } catch (error) {
        throw asStoreError(error, store.path);
      } finally {
        store.close();
      }
    });
}

/** A posted summary's date; otherwise the last failure and, while retries remain, when the next try is. */
function postOutcome(p: SummaryPost): string {
  if (p.postedAt) return formatDate(p.postedAt.slice(0, 10));
  const next = p.status === 'failed' && p.nextAttemptAt ? ` (next try ${p.nextAttemptAt.slice(0, 16).replace('T', ' ')} UTC)` : p.status === 'abandoned' ? ' (no attempts left: unsprawl summary --post retries it)' : '';
  return `${p.lastError ?? (p.status === 'claimed' ? 'posting now' : '')}${next}`;
}

/** Listing needs no write access: a store this user cannot write is read as it is. */
function openForReading(path: string | undefined): HistoryStore {
  try {
    return openStore(path ? { path } : {});
  } catch (error) {
    if (error instanceof StoreError && error.failure === 'read-only') return openStore({ ...(path ? { path } : {}), readOnly: true });
    throw error;
  }
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
