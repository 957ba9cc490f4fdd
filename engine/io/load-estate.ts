import type { Estate } from '../estate/estate.js';
import { loadEstateWithWarnings, type LoadEstateOptions } from './load-estate-with-warnings.js';

/**
 * Loads an estate file (canonical CSV, RVTools .xlsx/.csv, JSON) or, with no path, the bundled
 * sample trust. Throws InputError listing every problem; warnings are dropped (use
 * loadEstateWithWarnings to show them).
 *
 * @example const estate = await loadEstate('exports/RVTools_export_all.xlsx');
 */
export async function loadEstate(path?: string, options: LoadEstateOptions = {}): Promise<Estate> {
  return (await loadEstateWithWarnings(path, options)).estate;
}
