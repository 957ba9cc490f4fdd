/**
 * A plain-text table (no colour codes, so it pastes into email): text columns on the left,
 * figures right-aligned, two spaces between columns, a rule under the header.
 *
 * @example textTable(['Option', 'NPV'], [['Tape', '−£94,894']], 1)
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], leftColumns = 1): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((cell, i) => (i < leftColumns ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const out = all.map(line);
  out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return out.join('\n');
}
