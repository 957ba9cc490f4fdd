/**
 * A draw from the triangular distribution (low, mode, high) by inverse transform of a uniform
 * u in [0, 1): the usual choice when an estimate comes as "low, most likely, high".
 *
 * @example triangularDraw(0.5, 0.18, 0.25, 0.35) // ~0.249
 */
export function triangularDraw(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return mode;
  const modeAt = (mode - low) / width;
  return u < modeAt ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode));
}
