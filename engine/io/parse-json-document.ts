import { InputError } from '../errors.js';

/** Deeper than any input unsprawl reads (servers[i].apps[j] is depth 4); deeper is refused before validation recurses into it. */
const MAX_JSON_DEPTH = 32;

/** Parses JSON text, turning a syntax error or absurd nesting into an InputError that names the file. */
export function parseJsonDocument(text: string, file: string): unknown {
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new InputError([{ file, message: 'file is empty: expected a JSON document' }]);
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new InputError([{ file, message: `expected valid JSON: ${(error as Error).message}` }]);
  }
  const depth = nestingDepth(document);
  if (depth > MAX_JSON_DEPTH) throw new InputError([{ file, message: `expected JSON nested at most ${MAX_JSON_DEPTH} levels deep, got ${depth}` }]);
  return document;
}

/** Measured without recursion, so a million nested arrays cannot overflow the stack here. */
function nestingDepth(document: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[document, 0]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
  return deepest;
}
