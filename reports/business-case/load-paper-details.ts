import { basename, join } from 'node:path';
import { InputError } from '../../engine/errors.js';
import { decodeUtf8 } from '../../engine/io/decode-utf8.js';
import { jsonProblems } from '../../engine/io/json-problems.js';
import { parseJsonDocument } from '../../engine/io/parse-json-document.js';
import { dataDir } from '../../engine/io/project-paths.js';
import { readInputBytes } from '../../engine/io/read-input-bytes.js';
import { paperDetailsSchema, type PaperDetailsInput } from './paper-details.js';

export const defaultPaperDetailsPath = (): string => join(dataDir, 'paper.json');

/**
 * The board details of data/paper.json (or the file given), checked against the schema: a
 * malformed file is an InputError naming the file, the field (`bafRisks[1].theme`) and what was
 * expected, before any work starts. Returns the raw input so CLI flags can still override it.
 */
export async function loadPaperDetails(path: string = defaultPaperDetailsPath()): Promise<PaperDetailsInput> {
  const file = basename(path);
  const document = parseJsonDocument(decodeUtf8(await readInputBytes(path), file), file);
  const result = paperDetailsSchema.safeParse(document);
  if (!result.success) throw new InputError(jsonProblems(file, result.error, document));
  return document as PaperDetailsInput;
}
