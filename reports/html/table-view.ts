/**
 * A table as templates print it (templates/partials/data-table.hbs): every cell already a
 * formatted string, numeric columns right-aligned, the first cell of a row its header.
 */
export interface TableView {
  caption: string;
  /** Extra CSS class, e.g. `compact` for long appendix tables; '' for none. */
  className: string;
  columns: ColumnView[];
  rows: RowView[];
}

export interface ColumnView {
  label: string;
  numeric: boolean;
}

export interface RowView {
  /** A totals row: bold, with a rule above. */
  total: boolean;
  cells: CellView[];
}

export interface CellView {
  text: string;
  /** A list of identifiers, each printed whole (never broken at a hyphen); `text` is then ''. */
  ids: string[];
  /** Printed whole, never broken across lines: an identifier (server, host), a score, a date. */
  nobreak: boolean;
  numeric: boolean;
  /** Row header (`<th scope="row">`): the first cell of each row. */
  header: boolean;
}

/** Tables up to this many rows never split across pages. */
export const shortTableRows = 10;

export interface TableColumn<T> {
  label: string;
  numeric?: boolean;
  /** The value is printed whole, never broken across lines (identifiers, scores, short dates). */
  nobreak?: boolean;
  value: (row: T) => string;
  /** Instead of `value`: a list of identifiers, each kept whole. */
  ids?: (row: T) => string[];
}

/**
 * Builds a TableView from records and column definitions, so view models describe a table
 * once (label + formatter) and every table prints the same way.
 */
export function tableView<T>(
  caption: string,
  columns: readonly TableColumn<T>[],
  records: readonly T[],
  options: { className?: string; totals?: readonly T[]; breakable?: boolean } = {},
): TableView {
  const toRow = (record: T, total: boolean): RowView => ({
    total,
    cells: columns.map((c, i) => ({ text: c.value(record), ids: c.ids?.(record) ?? [], nobreak: c.nobreak ?? false, numeric: c.numeric ?? false, header: i === 0 })),
  });
  const rows = records.length + (options.totals?.length ?? 0);
  // A short table is kept on one page; a long one, or one with tall rows (`breakable`), repeats
  // its header row on each page instead, so it never leaves most of a page empty.
  const classes = [options.className ?? '', rows <= shortTableRows && options.breakable !== true ? 'whole' : ''].filter((c) => c.length > 0);
  return {
    caption,
    className: classes.join(' '),
    columns: columns.map((c) => ({ label: c.label, numeric: c.numeric ?? false })),
    rows: [...records.map((r) => toRow(r, false)), ...(options.totals ?? []).map((r) => toRow(r, true))],
  };
}
