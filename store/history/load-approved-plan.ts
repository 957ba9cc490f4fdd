import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { approvedPlanSchema, type ApprovedPlan } from '../../engine/summary/approved-plan.js';
import { InputError } from '../../engine/errors.js';
import { dataDir } from '../../engine/io/project-paths.js';

export const defaultApprovedPlanPath = join(dataDir, 'history', 'approved-plan.json');

/** Reads the approved programme plan (default: the sample trust's), every problem named by field. */
export async function loadApprovedPlan(path: string = defaultApprovedPlanPath): Promise<ApprovedPlan> {
  const file = basename(path);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new InputError([{ file, message: `expected a readable JSON file: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  const parsed = approvedPlanSchema.safeParse(json);
  if (!parsed.success) throw new InputError(parsed.error.issues.map((i) => ({ file, column: i.path.join('.'), message: i.message })));
  return parsed.data;
}
