import { parse } from 'csv-parse/sync';
import { InputError, type InputProblem } from '../errors.js';
import type { InputTable, InputTableRow } from './input-table.js';

/**
 * Parses CSV text (already decoded) into a table: RFC 4180 quoting via csv-parse, CRLF or LF,
 * a byte-order mark, and the separators Excel uses by locale (comma, semicolon, tab; picked
 * from the header line). Rows keep their spreadsheet number even when blank rows are skipped.
 */
export function parseCsvTable(text: string, file: string): InputTable {
  const stripped = text.replace(/^\uFEFF/, '');
  // Excel writes and honours a first line "sep=;" naming the separator, and does not show it as a row.
  const hint = /^sep=(.)\r?\n/i.exec(stripped);
  const body = hint ? stripped.slice(hint[0].length) : stripped;
  if (body.trim().length === 0) {
    throw new InputError([{ file, message: 'file is empty: expected a header row and at least one row of data' }]);
  }
  let records: string[][];
  try {
    records = parse(body, {
      delimiter: hint?.[1] ?? detectDelimiter(body),
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
    }) as string[][];
  } catch (error) {
    throw new InputError([{ file, message: `not readable as CSV: ${(error as Error).message}` }]);
  }
  return tableFromRecords(records, file);
}

/** Builds a table from raw records (first = header); shared by the CSV and workbook readers. */
export function tableFromRecords(records: string[][], file: string): InputTable {
  const [headerCells = [], ...data] = records;
  const header = headerCells.map((h) => h.trim());
  const problems: InputProblem[] = [];
  const seen = new Map<string, number>();
  header.forEach((name, index) => {
    if (name === '') return;
    const first = seen.get(name);
    if (first !== undefined) problems.push({ file, row: 1, column: name, message: `column appears twice (columns ${first + 1} and ${index + 1}): expected each column once` });
    else seen.set(name, index);
  });
  if (seen.size === 0) problems.push({ file, row: 1, message: 'expected a header row with column names, got an empty first row' });

  const rows: InputTableRow[] = [];
  data.forEach((record, i) => {
    const row = i + 2;
    const cells: Record<string, string> = {};
    record.forEach((value, index) => {
      const text = value.trim();
      if (text === '') return;
      const name = header[index];
      if (name === undefined || name === '') {
        problems.push({ file, row, message: `cell ${index + 1} has a value ("${text}") but no column name in the header` });
      } else if (seen.get(name) === index) {
        cells[name] = text;
      }
    });
    if (Object.keys(cells).length > 0) rows.push({ row, cells });
  });
  if (problems.length > 0) throw new InputError(problems);
  if (rows.length === 0) throw new InputError([{ file, message: 'file has a header but no rows of data' }]);
  return { file, header: header.filter((h) => h !== ''), rows };
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0] && counts[0].n > 0 ? counts[0].d : ',';
}
