import type ExcelJS from 'exceljs';
import { InputError } from '../errors.js';
import { tableFromRecords } from './parse-csv-table.js';
import type { InputTable } from './input-table.js';

export interface Workbook {
  sheetNames: string[];
  /** The named sheet as a table (header = its first row), or undefined when there is no such sheet. */
  sheet(name: string): InputTable | undefined;
  /** The first row of the named sheet as text, without validating the rest. */
  header(name: string): string[];
}

/** Opens an .xlsx workbook from bytes; a file that is not a workbook is an InputError. */
export async function readWorkbook(bytes: Buffer, file: string): Promise<Workbook> {
  // Loaded on use: exceljs takes longer to import than the whole engine, and most runs read CSV.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    // exceljs's typings predate Node's generic Buffer; the bytes are what it expects.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new InputError([{ file, message: `expected an Excel .xlsx workbook, but it could not be opened (${(error as Error).message})` }]);
  }
  const find = (name: string) => workbook.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
  return {
    sheetNames: workbook.worksheets.map((w) => w.name),
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
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}
