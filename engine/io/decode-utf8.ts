import { InputError } from '../errors.js';

/**
 * Decodes a text file strictly as UTF-8 (a leading byte-order mark is dropped). Legacy
 * encodings such as Windows-1252 from older Excel "CSV" saves are refused with a hint rather
 * than silently turning "£" into replacement characters.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    throw new InputError([{
      file,
      row: line,
      message: `expected UTF-8 text, got a byte that is not UTF-8 (0x${(bytes[offset] ?? 0).toString(16).toUpperCase()}); in Excel use "Save as: CSV UTF-8"`,
    }]);
  }
}

/** Where the first malformed sequence starts, so the user can find the odd character. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const b = bytes[i + k];
      if (b === undefined || (b & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return i;
}
