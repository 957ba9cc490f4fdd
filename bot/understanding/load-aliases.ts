import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { dataDir } from '../../engine/io/project-paths.js';
import { InputError } from '../../engine/errors.js';
import { hypervisorSchema } from '../../engine/scenario/scenario.js';

const aliasList = z.array(z.string().trim().toLowerCase().min(2));

/**
 * Curated words people use for parts of the estate and for products ("eobs" for Ward systems,
 * "pacs" for Radiology PACS/RIS, "poweredge" for Dell). Keys are the estate's or catalogue's own
 * names; entries whose name is not in the loaded estate or catalogue are ignored, so one file
 * serves any trust's inventory.
 */
export const aliasesSchema = z.object({
  services: z.record(z.string(), aliasList).default({}),
  /** One phrase naming several things at once ("clinical systems", "ward comms rooms"). */
  groups: z
    .array(z.object({ kind: z.enum(['service', 'site', 'environment']), aliases: aliasList, names: z.array(z.string()).min(2) }))
    .default([]),
  sites: z.record(z.string(), aliasList).default({}),
  environments: z.record(z.string(), aliasList).default({}),
  vendors: z.record(z.string(), aliasList).default({}),
  hypervisors: z.partialRecord(hypervisorSchema, aliasList).default({}),
});
export type Aliases = z.output<typeof aliasesSchema>;

/** Reads data/aliases.json (or another file of the same shape). */
export function loadAliases(path = join(dataDir, 'aliases.json')): Aliases {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError([{ file: path, message: `expected a readable JSON file of aliases: ${(error as Error).message}` }]);
  }
  const parsed = aliasesSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InputError(parsed.error.issues.map((i) => ({ file: path, column: i.path.join('.'), message: i.message })));
  }
  return parsed.data;
}
