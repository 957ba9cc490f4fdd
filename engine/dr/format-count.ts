/**
 * "1 server", "12 servers": a count with its noun, for the engine's own sentences (reasons in
 * errors and notes), which must not depend on the report formatters.
 *
 * @example formatCount(12, 'moved physical server') // "12 moved physical servers"
 */
export function formatCount(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
