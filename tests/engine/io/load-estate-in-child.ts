import { loadEstate } from '../../../engine/io/load-estate.js';

/**
 * Loads one estate file in a process of its own and prints what happened and the peak memory
 * (resident set), so a test can measure what reading a hostile file costs.
 */
const path = process.argv[2] ?? '';
let outcome: string;
try {
  const estate = await loadEstate(path);
  outcome = `loaded ${estate.servers.length} servers`;
} catch (error) {
  outcome = `${(error as Error).name}: ${(error as Error).message}`;
}
process.stdout.write(JSON.stringify({ outcome, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
