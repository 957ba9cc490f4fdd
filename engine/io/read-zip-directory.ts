import { InputError } from '../errors.js';

/** One file in a zip archive, as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; anything else is refused when inflated. */
  method: number;
  compressedSize: number;
  /** What the archive claims; a zip bomb can lie here, so inflating enforces its own limit too. */
  declaredSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/**
 * Reads a zip's central directory (names, methods, declared sizes) without inflating anything,
 * so an archive's shape can be judged before a single byte of it is expanded.
 *
 * @example readZipDirectory(bytes, 'export.xlsx').map((e) => e.name) // ['[Content_Types].xml', 'xl/workbook.xml', ...]
 */
export function readZipDirectory(bytes: Buffer, file: string, maxEntries: number): ZipEntry[] {
  const broken = (why: string) => new InputError([{ file, message: `expected an Excel .xlsx workbook, but it could not be opened (${why})` }]);
  const end = findEndOfDirectory(bytes);
  if (end < 0) throw broken('no zip directory found');
  const count = bytes.readUInt16LE(end + 10);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw broken('ZIP64 archives are not read: an inventory workbook is far below 4 GB');
  if (count > maxEntries) {
    throw new InputError([{ file, message: `workbook holds ${count} zip entries, more than the ${maxEntries} allowed: expected an inventory export, not an archive` }]);
  }
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw broken('the zip directory is damaged');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      declaredSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end-of-directory record sits in the last 22 bytes plus an optional comment of up to 64 KB. */
function findEndOfDirectory(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
