/**
 * A word for a POSIX shell command line: as it is when it is safe, else in single quotes.
 *
 * @example shellQuote('service="Ward systems"') // "'service=\"Ward systems\"'"
 */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./=:-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
