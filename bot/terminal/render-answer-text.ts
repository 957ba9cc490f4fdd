import type { Answer, AnswerTable } from '../answer/answer.js';

export interface TextOptions {
  /** Line width for wrapping prose (tables are not wrapped). */
  width?: number;
  /** Number the actions ("[1] Business case PDF") so a chat user can type the number. */
  numberActions?: boolean;
}

/** Widest a table cell may print before it is shortened with "…" (JSON output has it in full). */
const maxCell = 60;

/**
 * The answer as plain text for a terminal: headline, key figures aligned, tables, notes and the
 * follow-up actions. No colour codes, so it reads the same piped into a file or an email.
 */
export function renderAnswerText(answer: Answer, options: TextOptions = {}): string {
  const width = Math.max(40, options.width ?? 100);
  const blocks: string[] = [wrap(answer.headline, width)];
  if (answer.figures.length > 0) {
    const labelWidth = Math.max(...answer.figures.map((f) => f.label.length));
    blocks.push(answer.figures.map((f) => `  ${f.label.padEnd(labelWidth)}  ${f.value}`).join('\n'));
  }
  for (const table of answer.tables) blocks.push(renderTable(table));
  if (answer.notes.length > 0) blocks.push(answer.notes.map((n) => wrap(`- ${n}`, width, '  ')).join('\n'));
  if (answer.actions.length > 0) {
    const labels = answer.actions.map((a, i) => (options.numberActions ? `[${i + 1}] ${a.label}` : a.label));
    blocks.push(wrap(`${options.numberActions ? 'Next (type the number)' : 'Next'}: ${labels.join(' · ')}`, width, '  '));
  }
  return `${blocks.join('\n\n')}\n`;
}

function renderTable(table: AnswerTable): string {
  const rows = [table.columns, ...table.rows].map((row) => row.map((cell) => (cell.length > maxCell ? `${cell.slice(0, maxCell - 1)}…` : cell)));
  const widths = table.columns.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const numeric = table.columns.map((_, i) => table.rows.length > 0 && table.rows.every((r) => /^[-−£\d.,%\s]*[\dkmKM%]?\s*[a-zA-Z]{0,6}$/.test(r[i] ?? '') && /\d/.test(r[i] ?? '')));
  const line = (row: string[]) =>
    `  ${row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd()}`;
  const [header, ...body] = rows;
  const hasHeader = table.columns.some((c) => c.length > 0);
  return [table.title, ...(hasHeader ? [line(header!), `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`] : []), ...body.map(line)].join('\n');
}

/** Greedy word wrap; continuation lines get `indent`. */
function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current.length > 0 && current.length + 1 + word.length > width) {
      lines.push(current);
      current = indent + word;
    } else {
      current = current.length > 0 ? `${current} ${word}` : word;
    }
  }
  if (current.length > 0) lines.push(current);
  return lines.join('\n');
}
