import { basename, join } from 'node:path';
import { z } from 'zod';
import { InputError, type InputProblem } from '../errors.js';
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
  const problems = [...(result.success ? [] : jsonProblems(file, result.error, document)), ...duplicateNames(document, file)];
  if (problems.length > 0 || !result.success) throw new InputError(problems);
  return result.data.scenarios;
}

/** On the raw document, so a clash is reported alongside any other problem in the file. */
function duplicateNames(document: unknown, file: string): InputProblem[] {
  const list = (document as { scenarios?: unknown } | null)?.scenarios;
  if (!Array.isArray(list)) return [];
  const firstIndex = new Map<string, number>();
  const problems: InputProblem[] = [];
  list.forEach((s: unknown, i) => {
    const name = (s as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') return;
    const earlier = firstIndex.get(name.trim().toLowerCase());
    if (earlier === undefined) firstIndex.set(name.trim().toLowerCase(), i);
    else problems.push({ file, column: `scenarios[${i}].name`, message: `duplicate scenario name "${name}" (also scenarios[${earlier}]); expected unique names` });
  });
  return problems;
}
