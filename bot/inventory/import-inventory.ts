import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { Estate } from '../../engine/estate/estate.js';
import { InputError, type InputProblem } from '../../engine/errors.js';
import type { InputWarning } from '../../engine/io/input-table.js';
import { maxInputBytes } from '../../engine/io/max-input-bytes.js';
import type { HistoryStore } from '../../store/open-store.js';
import { findSnapshot } from '../../store/snapshots/find-snapshot.js';
import { holdsOnlySampleHistory } from '../../store/snapshots/holds-only-sample-history.js';
import { readSnapshotEstate } from '../../store/snapshots/read-snapshot-estate.js';
import { saveSnapshot } from '../../store/snapshots/save-snapshot.js';
import { diffEstates, type EstateChanges } from './diff-estates.js';
import { loadEstateInWorker } from './load-estate-in-worker.js';

/** File types the estate loaders read (canonical CSV, RVTools csv/xlsx, JSON). */
export const inventoryExtensions = ['.csv', '.xlsx', '.json'] as const;

export interface InventoryUpload {
  bytes: Uint8Array;
  /** The name the user gave the file; problems are reported against it. */
  filename: string;
  /** Who uploaded it, as the store records it: `slack:U123`, `teams:<aad id>`. */
  uploadedBy: string;
}

export type InventoryImportResult =
  | {
      stored: true;
      asOf: string;
      servers: number;
      changes: EstateChanges;
      estate: Estate;
      /** What the file left out and what was assumed instead (no vHost sheet, dated today ...), to say in the reply. */
      assumed: string[];
    }
  | { stored: false; problems: InputProblem[] };

export interface ImportInventoryOptions {
  store: HistoryStore;
  /** The estate answers came from before this upload, used when the store holds no snapshot yet. */
  baseline: () => Promise<Estate>;
  now: () => Date;
}

const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

function safeName(filename: string): string {
  const name = basename(filename).replace(/[^A-Za-z0-9._ -]/g, '_').trim();
  return name === '' || name.startsWith('.') ? `inventory${extname(filename)}` : name;
}

async function validate(upload: InventoryUpload, today: string): Promise<{ estate: Estate; warnings: InputWarning[] }> {
  const extension = extname(upload.filename).toLowerCase();
  if (!(inventoryExtensions as readonly string[]).includes(extension)) {
    throw new InputError([{ file: upload.filename, message: `expected a .csv, .xlsx or .json inventory, got "${extension || 'no extension'}"` }]);
  }
  // UNSPRAWL_MAX_INPUT_MB governs uploads as it governs files on disk; refused before anything is written.
  const maxBytes = maxInputBytes();
  if (upload.bytes.length > maxBytes) {
    throw new InputError([{ file: upload.filename, message: `file is ${(upload.bytes.length / (1024 * 1024)).toFixed(1)} MB, larger than the ${(maxBytes / (1024 * 1024)).toFixed(1)} MB limit; split it, or raise the limit with UNSPRAWL_MAX_INPUT_MB` }]);
  }
  const dir = await mkdtemp(join(tmpdir(), 'unsprawl-upload-'));
  try {
    const path = join(dir, safeName(upload.filename));
    await writeFile(path, upload.bytes, { mode: 0o600 });
    try {
      // On a worker with a capped heap: a chat upload must never be able to exhaust the bot's memory.
      const { estate, warnings } = await loadEstateInWorker(path, maxBytes, today);
      return { estate: { ...estate, source: upload.filename }, warnings };
    } catch (error) {
      // The loader names the temporary copy; people know the file by the name they uploaded.
      if (error instanceof InputError) throw new InputError(error.problems.map((p) => ({ ...p, file: upload.filename })));
      throw error;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Validates an inventory shared in chat and, only if every row is valid, stores it in the
 * history store as the snapshot for its date (the file's as-of date, else today in London,
 * replacing an earlier upload for the same date). Returns what changed against the estate the
 * bot answered from before, or every row problem with nothing stored.
 */
export async function importInventory(upload: InventoryUpload, options: ImportInventoryOptions): Promise<InventoryImportResult> {
  let estate: Estate;
  let warnings: InputWarning[];
  const now = options.now();
  try {
    ({ estate, warnings } = await validate(upload, londonDate.format(now)));
  } catch (error) {
    if (error instanceof InputError) return { stored: false, problems: error.problems };
    throw error;
  }
  // The bundled sample history is not the trust's estate: compare with what the bot answered from.
  const onlySample = holdsOnlySampleHistory(options.store);
  const latest = onlySample ? undefined : findSnapshot(options.store, { latest: true });
  const before = latest ? readSnapshotEstate(options.store, latest) : await options.baseline();
  const asOf = estate.asOf ?? londonDate.format(now);
  try {
    saveSnapshot(options.store, { estate, asOf, importedBy: upload.uploadedBy, now, replace: true, dropSeeded: onlySample });
  } catch (error) {
    // The store re-checks every row (duplicate ids, values the loader let through) in its transaction.
    if (error instanceof InputError) return { stored: false, problems: error.problems };
    throw error;
  }
  // Whole-file warnings say what was assumed; row warnings (each powered-off VM) would drown them.
  const assumed = warnings.filter((w) => w.row === undefined).map((w) => w.message);
  return { stored: true, asOf, servers: estate.servers.length, changes: diffEstates(before, estate), estate: { ...estate, asOf }, assumed };
}
