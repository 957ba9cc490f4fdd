import { userInfo } from 'node:os';
import { Command } from 'commander';
import { describeProblem, InputError } from '../../engine/errors.js';
import { loadEstateWithWarnings } from '../../engine/io/load-estate-with-warnings.js';
import { estateChanges } from '../../engine/summary/estate-changes.js';
import { formatDate, formatNumber } from '../../reports/format/numbers.js';
import { defaultStorePath, openStore } from '../../store/open-store.js';
import { asStoreError } from '../../store/store-error.js';
import { findSnapshot } from '../../store/snapshots/find-snapshot.js';
import { holdsOnlySampleHistory } from '../../store/snapshots/holds-only-sample-history.js';
import { readSnapshotEstate } from '../../store/snapshots/read-snapshot-estate.js';
import { asOfSchema, saveSnapshot } from '../../store/snapshots/save-snapshot.js';

interface ImportOptions {
  asOf?: string;
  store?: string;
  replace?: boolean;
  json?: boolean;
}

/**
 * `unsprawl import FILE --as-of YYYY-MM-DD`: validates an inventory with the estate loaders and
 * stores it as that date's snapshot in the history store, all or nothing.
 */
export function importCommand(): Command {
  return new Command('import')
    .description('Store an inventory (canonical CSV, RVTools .xlsx/.csv or JSON) as the estate snapshot for a date, for the history and the monthly summary')
    .argument('<file>', 'the inventory file')
    .option('--as-of <date>', 'the date the inventory describes, YYYY-MM-DD (required unless the file records it)')
    .option('--store <path>', `history store file (default: $UNSPRAWL_HISTORY_DB or ${defaultStorePath({})})`)
    .option('--replace', 'replace a different snapshot already stored for the same date')
    .option('--json', 'print the result as one JSON object')
    .addHelpText('after', '\nExamples:\n  unsprawl import exports/inventory-2026-11.csv --as-of 2026-11-30\n  unsprawl import RVTools_export_all.xlsx --as-of 2026-11-30 --replace\n\nAn import that fails validation stores nothing. The first import into a store that only holds the\nbundled sample history removes that sample, so your own history never mixes with it.')
    .action(async (file: string, options: ImportOptions) => {
      if (options.asOf !== undefined && !asOfSchema.safeParse(options.asOf).success) {
        throw new InputError([{ file: '--as-of', message: `expected a real date as YYYY-MM-DD, got "${options.asOf}"` }]);
      }
      const { estate, warnings } = await loadEstateWithWarnings(file, options.asOf ? { asOf: options.asOf } : {});
      for (const w of warnings.slice(0, 10)) process.stderr.write(`warning: ${describeProblem(w)}\n`);
      const asOf = options.asOf ?? estate.asOf;
      if (!asOf) throw new InputError([{ file: '--as-of', message: `expected --as-of YYYY-MM-DD: ${file} does not say which date it describes` }]);
      const store = openStore(options.store ? { path: options.store } : {});
      try {
        const onlySample = holdsOnlySampleHistory(store);
        const result = saveSnapshot(store, { estate, asOf, importedBy: userName(), now: new Date(), replace: options.replace ?? false, dropSeeded: onlySample });
        const previous = findSnapshot(store, { before: asOf });
        const changes = previous ? estateChanges(readSnapshotEstate(store, previous), estate) : undefined;
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ ...result, store: store.path, previous: previous?.asOf ?? null, changes: changes && { added: changes.added.length, retired: changes.retired.length, virtualised: changes.virtualised.length } }, null, 2)}\n`);
          return;
        }
        const verb = { stored: 'Stored', replaced: 'Replaced', unchanged: 'Already stored (unchanged)' }[result.outcome];
        const lines = [`${verb}: snapshot of ${formatDate(asOf)}, ${formatNumber(result.snapshot.serverCount)} servers from ${estate.source}, in ${store.path}`];
        if (result.droppedSeeded > 0) lines.push(`Removed the bundled sample history (${result.droppedSeeded} snapshots): the store now holds your own inventories only.`);
        if (changes && previous) {
          lines.push(`Since ${formatDate(previous.asOf)}: ${formatNumber(changes.added.length)} added, ${formatNumber(changes.retired.length)} retired, ${formatNumber(changes.virtualised.length)} virtualised.`);
        }
        process.stdout.write(`${lines.join('\n')}\n`);
      } catch (error) {
        throw asStoreError(error, store.path);
      } finally {
        store.close();
      }
    });
}

/** Who ran the import, for the history's "imported by" column. */
function userName(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}
