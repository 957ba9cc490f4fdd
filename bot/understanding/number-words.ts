const units: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const tens: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const words: Readonly<Record<string, number>> = { ...units, ...tens, a: 1, an: 1 };

/** The regex alternation for small numbers written as words ("seven years"). */
export const numberWordPattern = Object.keys(words).filter((w) => w.length > 2).join('|');

/** "7" or "seven" -> 7; anything else -> undefined. */
export function numberWords(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return words[trimmed];
}

const unitPattern = Object.keys(units).join('|');
const tensPattern = Object.keys(tens).join('|');
const spelled = new RegExp(`\\b(?:(${tensPattern})(?:[- ](${unitPattern.replace('zero|', '')}))?|(${unitPattern}))(?: (hundred))?(?: point (${unitPattern}))?\\b`, 'g');

/**
 * Writes numbers said in words as digits, so the value rules read one spelling: "thirty pence"
 * -> "30 pence", "ninety five per cent" -> "95 per cent", "one point five" -> "1.5", "a hundred"
 * stays words. Money shorthand is expanded too: "£1.2m" -> "£1200000", "£400k" -> "£400000".
 *
 * @example spellNumbers('thirty pence per kilowatt hour') // '30 pence per kilowatt hour'
 */
export function spellNumbers(text: string): string {
  return text
    .replace(spelled, (_all, ten?: string, unit?: string, single?: string, hundred?: string, decimal?: string) => {
      let value = ten ? tens[ten]! + (unit ? units[unit]! : 0) : units[single!]!;
      if (hundred) value *= 100;
      return decimal ? `${value}.${units[decimal]}` : String(value);
    })
    .replace(/£\s?(\d+(?:\.\d+)?)\s?(m|mn|million|k|thousand|bn|billion)\b/g, (_all, n: string, unit: string) => {
      const factor = /^(?:m|mn|million)$/.test(unit) ? 1e6 : /^(?:k|thousand)$/.test(unit) ? 1e3 : 1e9;
      return `£${Math.round(Number(n) * factor)}`;
    });
}
