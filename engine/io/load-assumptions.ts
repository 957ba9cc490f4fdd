import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { AssumptionSet, assumptionSchema, type Assumption } from '../assumptions/assumption-set.js';
import { AssumptionError, InputError, type InputProblem } from '../errors.js';
import { decodeUtf8 } from './decode-utf8.js';
import { jsonProblems } from './json-problems.js';
import { parseJsonDocument } from './parse-json-document.js';
import { dataDir } from './project-paths.js';
import { readInputBytes, type ReadLimits } from './read-input-bytes.js';

export const defaultAssumptionsPath = (): string => join(dataDir, 'assumptions.json');

const bundledFileSchema = z.object({
  reviewed: z.string().optional(),
  assumptions: z.array(assumptionSchema).min(1, { error: 'expected at least one assumption' }),
});

/** A trust's own file may restate just the values it changes, or add fully described keys. */
const overrideFileSchema = z.object({
  reviewed: z.string().optional(),
  assumptions: z
    .array(z.union([assumptionSchema, z.object({ key: z.string().min(1), value: z.number({ error: 'expected a number' }) })]))
    .min(1, { error: 'expected at least one assumption' }),
});

/**
 * Loads the assumptions in force. With no path: the bundled data/assumptions.json (origin
 * "default"). With a path: the bundled set, then the file's values on top (origin "file",
 * each checked against the key's bounds), so a trust's file needs only the keys it changes.
 */
export async function loadAssumptions(path?: string, limits: ReadLimits = {}): Promise<AssumptionSet> {
  const bundledPath = defaultAssumptionsPath();
  const bundled = await readList(bundledPath, bundledFileSchema, limits);
  const defaults = AssumptionSet.fromList(bundled);
  if (path === undefined || resolve(path) === resolve(bundledPath)) return defaults;

  const file = basename(path);
  const entries = await readList(path, overrideFileSchema, limits);
  const added: Assumption[] = [];
  const changed: Record<string, number> = {};
  const problems: InputProblem[] = [];
  for (const [i, entry] of entries.entries()) {
    if (!defaults.has(entry.key)) {
      if ('source' in entry) added.push(entry);
      else problems.push({ file, column: `assumptions[${i}].key`, message: `unknown assumption "${entry.key}": expected a known key, or a full entry with unit, description, source, min and max` });
      continue;
    }
    if (entry.value === defaults.get(entry.key)) continue;
    try {
      defaults.with({ [entry.key]: entry.value }, 'file');
      changed[entry.key] = entry.value;
    } catch (error) {
      if (!(error instanceof AssumptionError)) throw error;
      problems.push({ file, column: `assumptions[${i}].value`, message: error.message });
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return AssumptionSet.fromList([...defaults.all(), ...added]).with(changed, 'file');
}

async function readList<S extends typeof bundledFileSchema | typeof overrideFileSchema>(
  path: string,
  schema: S,
  limits: ReadLimits,
): Promise<z.output<S>['assumptions']> {
  const file = basename(path);
  const document = parseJsonDocument(decodeUtf8(await readInputBytes(path, limits), file), file);
  const result = schema.safeParse(document);
  if (!result.success) throw new InputError(jsonProblems(file, result.error, document));
  const seen = new Set<string>();
  const duplicates = result.data.assumptions
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => (seen.has(a.key) ? true : (seen.add(a.key), false)))
    .map(({ a, i }) => ({ file, column: `assumptions[${i}].key`, message: `assumption "${a.key}" is defined twice; expected each key once` }));
  if (duplicates.length > 0) throw new InputError(duplicates);
  return result.data.assumptions;
}
