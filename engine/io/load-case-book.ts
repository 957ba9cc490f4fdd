import { basename, join } from 'node:path';
import { InputError } from '../errors.js';
import { caseBookSchema, type CaseBook } from '../cases/case-definition.js';
import { decodeUtf8 } from './decode-utf8.js';
import { jsonProblems } from './json-problems.js';
import { parseJsonDocument } from './parse-json-document.js';
import { dataDir } from './project-paths.js';
import { readInputBytes } from './read-input-bytes.js';

/** Where the reconstructed 2008 cases live: cases.json, the estates and the era host catalogue. */
export const caseDir = (): string => join(dataDir, 'cases');

/** Loads data/cases/cases.json: how each published case is rebuilt, with the era assumptions. */
export async function loadCaseBook(path: string = join(caseDir(), 'cases.json')): Promise<CaseBook> {
  const file = basename(path);
  const document = parseJsonDocument(decodeUtf8(await readInputBytes(path), file), file);
  const result = caseBookSchema.safeParse(document);
  if (!result.success) throw new InputError(jsonProblems(file, result.error, document));
  return result.data;
}
