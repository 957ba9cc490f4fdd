/** Words joined for a POSIX shell: anything beyond letters, digits and `-_.,=/:+` is single-quoted. */
export function shellLine(words: readonly string[]): string {
  return words.map((w) => (/^[A-Za-z0-9_.,=/:+-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`)).join(' ');
}
