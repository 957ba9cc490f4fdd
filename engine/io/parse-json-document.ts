import { InputError } from '../errors.js';

/** Parses JSON text, turning a syntax error into an InputError that names the file. */
export function parseJsonDocument(text: string, file: string): unknown {
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new InputError([{ file, message: 'file is empty: expected a JSON document' }]);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new InputError([{ file, message: `expected valid JSON: ${(error as Error).message}` }]);
  }
}
