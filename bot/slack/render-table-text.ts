import type { AnswerTable } from '../answer/answer.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';

/** Rows shown in chat before "… and N more": a chat answer is a glance, the report has the rest. */
const maxRows = 15;
/** Slack's limit for a section's text. */
const maxChars = 3000;

const looksNumeric = (cell: string) => /^[-−+]?[£$€]?[\d.,]+\s*[%kmbtKMBT]?[a-zA-Z]*$/.test(cell.trim());

function layout(columns: string[], rows: string[][]): string[] {
  const clean = (cell: string) => cell.replace(/`/g, "'").replace(/\s+/g, ' ').trim();
  const all = [columns, ...rows].map((row) => columns.map((_, i) => clean(row[i] ?? '')));
  const widths = columns.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  const line = (row: string[], header: boolean) =>
    row
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        return !header && looksNumeric(cell) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const [head, ...body] = all;
  return [line(head ?? [], true), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map((row) => line(row, false))];
}

/**
 * An answer table as monospace text for a section block: title in bold, then aligned columns
 * in a code block (numbers right-aligned). Long tables are cut to stay within Slack's limits,
 * saying how many rows were left out.
 */
export function renderTableText(table: AnswerTable): string {
  const title = `*${escapeMrkdwn(table.title)}*`;
  let shown = Math.min(table.rows.length, maxRows);
  for (;;) {
    const lines = layout(table.columns, table.rows.slice(0, shown));
    const hidden = table.rows.length - shown;
    const more = hidden > 0 ? `\n… and ${hidden} more row${hidden === 1 ? '' : 's'}` : '';
    const text = `${title}\n\`\`\`\n${escapeMrkdwn(lines.join('\n'))}\n\`\`\`${more}`;
    if (text.length <= maxChars || shown === 0) return text.length <= maxChars ? text : `${title}\n_(table too wide to show in chat)_`;
    shown -= 1;
  }
}
