import { inflateRawSync } from 'node:zlib';
import { InputError } from '../errors.js';
import type { ZipEntry } from './read-zip-directory.js';

const LOCAL_HEADER = 0x04034b50;

/**
 * Inflates one zip entry, stopping as soon as the output passes `maxBytes` whatever the
 * directory declared: zlib's `maxOutputLength` aborts mid-stream, so a bomb costs at most
 * `maxBytes` of memory before it is refused.
 *
 * @example inflateZipEntry(bytes, entry, 'export.xlsx', 64 * 1024 * 1024)
 */
export function inflateZipEntry(bytes: Buffer, entry: ZipEntry, file: string, maxBytes: number): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) {
    throw new InputError([{ file, message: `expected an Excel .xlsx workbook, but its part ${entry.name} is damaged` }]);
  }
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  const tooBig = () => new InputError([{ file, message: `workbook part ${entry.name} inflates to more than ${Math.floor(maxBytes / (1024 * 1024))} MB, the limit for one part: expected an inventory export, not a zip bomb` }]);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw tooBig();
    return Buffer.from(data);
  }
  if (entry.method !== 8) throw new InputError([{ file, message: `expected an Excel .xlsx workbook, but its part ${entry.name} uses zip method ${entry.method}` }]);
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig();
    throw new InputError([{ file, message: `expected an Excel .xlsx workbook, but its part ${entry.name} could not be inflated (${(error as Error).message})` }]);
  }
}
