import { basename, join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { scenarioSchema, type Scenario } from '../scenario/scenario.js';
import { decodeUtf8 } from './decode-utf8.js';
import { jsonProblems } from './json-problems.js';
import { parseJsonDocument } from './parse-json-document.js';
import { dataDir } from './project-paths.js';
import { readInputBytes, type ReadLimits } from './read-input-bytes.js';

export const defaultScenariosPath = (): string => join(dataDir, 'scenarios.json');

const scenariosFileSchema = z.object({ scenarios: z.array(scenarioSchema).min(1, { error: 'expected at least one scenario' }) });

/**
 * Loads named scenarios (data/scenarios.json by default): `{ "scenarios": [...] }` or a bare
 * array. Names must be unique, since `--scenario NAME` and chat pick them by name.
 */
export async function loadScenarios(path: string = defaultScenariosPath(), limits: ReadLimits = {}): Promise<Scenario[]> {
  const file = basename(path);
  const parsed = parseJsonDocument(decodeUtf8(await readInputBytes(path, limits), file), file);
  const document = Array.isArray(parsed) ? { scenarios: parsed } : parsed;
  const result = scenariosFileSchema.safeParse(document);
  if (!result.success) throw new InputError(jsonProblems(file, result.error, document));
  const firstIndex = new Map<string, number>();
  const problems = result.data.scenarios.flatMap((s, i) => {
    const earlier = firstIndex.get(s.name.toLowerCase());
    if (earlier === undefined) {
      firstIndex.set(s.name.toLowerCase(), i);
      return [];
    }
    return [{ file, column: `scenarios[${i}].name`, message: `duplicate scenario name "${s.name}" (also scenarios[${earlier}]); expected unique names` }];
  });
  if (problems.length > 0) throw new InputError(problems);
  return result.data.scenarios;
}
