import type { InputTable, InputWarning } from '../input-table.js';
import { rvtoolsColumnFinder } from './rvtools-column-finder.js';
import { rvtoolsDate } from './rvtools-date.js';

/**
 * The date an RVTools export describes, first found of: vMetaData "xlsx creation datetime" (the
 * export date), a date in the file name (RVTools_export_all_2025-09-26_10.12.33.xlsx), the
 * date the user gave (--as-of), else today with a warning, since every age and renewal in the
 * appraisal counts from it.
 */
export function rvtoolsAsOf(
  file: string,
  vMetaData: InputTable | undefined,
  given: string | undefined,
  today: string,
): { asOf: string; warnings: InputWarning[] } {
  if (vMetaData) {
    const column = rvtoolsColumnFinder(vMetaData.header)(['xlsx creation datetime', 'Creation datetime']);
    const text = column === undefined ? undefined : vMetaData.rows[0]?.cells[column];
    const date = text === undefined ? undefined : rvtoolsDate(text);
    if (date) return { asOf: date, warnings: [] };
  }
  const named = /(\d{4})-?(\d{2})-?(\d{2})/.exec(file);
  const fromName = named ? rvtoolsDate(`${named[1]}-${named[2]}-${named[3]}`) : undefined;
  if (fromName) return { asOf: fromName, warnings: [] };
  if (given) return { asOf: given, warnings: [] };
  return {
    asOf: today,
    warnings: [{ file, message: `no export date found (no vMetaData sheet, no date in the file name): dated today, ${today}; give the export date with --as-of YYYY-MM-DD` }],
  };
}
