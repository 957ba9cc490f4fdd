/**
 * Rounds the decimals inside a sentence from the engine ("needs 20420.5 storage GB", "at
 * 406.61380463279784") to at most four significant digits, for chat; whole numbers are left as
 * they are. The JSON answer model keeps exact values in `raw`.
 *
 * @example roundForReading('needs 20420.5 storage GB') // 'needs 20421 storage GB'
 */
export function roundForReading(text: string): string {
  return text.replace(/\d+\.\d+/g, (decimal) => {
    const value = Number(decimal);
    if (Math.abs(value) >= 1000) return String(Math.round(value));
    return String(Number(value.toPrecision(4)));
  });
}
