/**
 * A sheet of cells as read from a CSV file or a workbook sheet, before validation. Row numbers
 * are the ones a spreadsheet shows (header = row 1), so problems can point at the exact cell.
 */
export interface InputTable {
  /** File name as shown in messages (with the sheet, for workbooks: `rvtools.xlsx [vInfo]`). */
  file: string;
  /** Column names as written in the header row, trimmed. */
  header: string[];
  rows: InputTableRow[];
}

export interface InputTableRow {
  row: number;
  /** Cell text by header name; empty cells are absent. */
  cells: Record<string, string>;
}

/** A problem that is not fatal (unknown column, skipped VM), located like an InputProblem. */
export interface InputWarning {
  file: string;
  row?: number;
  column?: string;
  message: string;
}
