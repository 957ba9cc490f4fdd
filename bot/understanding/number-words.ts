const words: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, a: 1, an: 1,
};

/** The regex alternation for small numbers written as words ("seven years"). */
export const numberWordPattern = Object.keys(words).filter((w) => w.length > 2).join('|');

/** "7" or "seven" -> 7; anything else -> undefined. */
export function numberWords(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return words[trimmed];
}
