import type ExcelJS from 'exceljs';
import { InputError } from '../errors.js';
import { inflateZipEntry } from './inflate-zip-entry.js';
import { tableFromRecords } from './parse-csv-table.js';
import type { InputTable } from './input-table.js';
import { readZipDirectory, type ZipEntry } from './read-zip-directory.js';

export interface Workbook {
  sheetNames: string[];
  /** The named sheet as a table (header = its first row), or undefined when there is no such sheet. */
  sheet(name: string): InputTable | undefined;
  /** The first row of the named sheet as text, without validating the rest. */
  header(name: string): string[];
}

/** Bounds on what opening a workbook may cost (docs/data-formats.md, "Workbook limits"). */
export interface WorkbookLimits {
  /** Zip entries in the file; an RVTools export has about 60. */
  maxEntries: number;
  /** Inflated size of any one part (declared or actual). */
  maxPartBytes: number;
  /** Inflated size of all parts together (declared), and of the parts actually inflated. */
  maxTotalBytes: number;
}

const MB = 1024 * 1024;
/** Room for a 20,000-VM RVTools vInfo sheet (about 80 MB of XML) while keeping a bomb's cost near 200 MB. */
export const defaultWorkbookLimits: WorkbookLimits = { maxEntries: 2000, maxPartBytes: 128 * MB, maxTotalBytes: 192 * MB };

export interface ReadWorkbookOptions {
  limits?: Partial<WorkbookLimits>;
  /** Only these sheets (case-insensitive) are inflated and read; default every sheet. */
  sheets?: readonly string[];
}

/** Parts exceljs needs for cell values; media, drawings, pivot caches and the like are never inflated. */
const structuralParts = new Set(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']);

/**
 * Opens an .xlsx workbook from bytes; a file that is not a workbook is an InputError. The zip
 * directory is checked first (entry count, every declared size, the declared total), then only
 * the parts holding the wanted sheets' cells are inflated, each bounded while inflating, since
 * declared sizes can lie. The same limits guard the CLI and chat uploads.
 */
export async function readWorkbook(bytes: Buffer, file: string, options: ReadWorkbookOptions = {}): Promise<Workbook> {
  const limits = { ...defaultWorkbookLimits, ...options.limits };
  const parts = await boundedParts(bytes, file, limits, options.sheets);
  // Loaded on use: exceljs takes longer to import than the whole engine, and most runs read CSV.
  const [{ default: excel }, { default: JSZip }] = await Promise.all([import('exceljs'), import('jszip')]);
  const zip = new JSZip();
  for (const [name, content] of parts.inflated) zip.file(name, content);
  const workbook = new excel.Workbook();
  try {
    const rebuilt = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    // exceljs's typings predate Node's generic Buffer; the bytes are what it expects.
    await workbook.xlsx.load(rebuilt as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new InputError([{ file, message: `expected an Excel .xlsx workbook, but it could not be opened (${(error as Error).message})` }]);
  }
  const find = (name: string) => workbook.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
  return {
    sheetNames: parts.sheetNames,
    sheet(name) {
      const worksheet = find(name);
      return worksheet ? tableFromRecords(sheetRecords(worksheet), `${file} [${worksheet.name}]`) : undefined;
    },
    header(name) {
      const worksheet = find(name);
      return worksheet ? (sheetRecords(worksheet)[0] ?? []).map((h) => h.trim()) : [];
    },
  };
}

async function boundedParts(bytes: Buffer, file: string, limits: WorkbookLimits, sheets: readonly string[] | undefined) {
  const entries = readZipDirectory(bytes, file, limits.maxEntries);
  const refuse = (message: string) => new InputError([{ file, message: `${message}: expected an inventory export, not a zip bomb` }]);
  let declared = 0;
  for (const entry of entries) {
    if (entry.declaredSize > limits.maxPartBytes) throw refuse(`workbook part ${entry.name} declares ${mb(entry.declaredSize)} MB inflated, more than the ${mb(limits.maxPartBytes)} MB limit for one part`);
    declared += entry.declaredSize;
  }
  if (declared > limits.maxTotalBytes) throw refuse(`workbook declares ${mb(declared)} MB inflated, more than the ${mb(limits.maxTotalBytes)} MB limit`);

  const byName = new Map(entries.map((e) => [e.name, e]));
  const inflated = new Map<string, Buffer>();
  let budget = limits.maxTotalBytes;
  const inflate = (entry: ZipEntry): Buffer => {
    if (budget <= 0) throw refuse(`workbook parts inflate to more than the ${mb(limits.maxTotalBytes)} MB limit`);
    const content = inflateZipEntry(bytes, entry, file, Math.min(limits.maxPartBytes, budget));
    budget -= content.length;
    inflated.set(entry.name, content);
    return content;
  };
  for (const name of structuralParts) {
    const entry = byName.get(name);
    if (entry) inflate(entry);
  }
  const listed = listedSheets(inflated.get('xl/workbook.xml'), inflated.get('xl/_rels/workbook.xml.rels'));
  const wanted = sheets === undefined ? undefined : new Set(sheets.map((s) => s.toLowerCase()));
  for (const sheet of listed) {
    if (wanted && !wanted.has(sheet.name.toLowerCase())) continue;
    const entry = byName.get(sheet.part);
    if (entry) inflate(entry);
  }
  return { inflated, sheetNames: listed.map((s) => s.name) };
}

/** Sheet names and their part paths, from workbook.xml and its relationships. */
function listedSheets(workbookXml: Buffer | undefined, relsXml: Buffer | undefined): { name: string; part: string }[] {
  if (!workbookXml || !relsXml) return [];
  const targets = new Map<string, string>();
  for (const m of relsXml.toString('utf8').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: { name: string; part: string }[] = [];
  for (const m of workbookXml.toString('utf8').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1] ?? /\b\w+:id="([^"]*)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) sheets.push({ name: unescapeXml(name), part });
  }
  return sheets;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
}

function mb(bytes: number): number {
  return Math.ceil(bytes / MB);
}

/** All rows as text, keeping blank rows so row numbers match what Excel shows. */
function sheetRecords(worksheet: ExcelJS.Worksheet): string[][] {
  const records: string[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    records[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(records, (r) => r ?? []);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const { result, formula } = value as ExcelJS.CellFormulaValue;
    // A file written by a script (not saved by Excel) can hold a formula with no saved value: say so, rather than "an empty cell".
    if (result === undefined || result === null) return `formula =${formula ?? (value as ExcelJS.CellSharedFormulaValue).sharedFormula} with no saved value (open and save the file in Excel)`;
    return cellText(result as ExcelJS.CellValue);
  }
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}
