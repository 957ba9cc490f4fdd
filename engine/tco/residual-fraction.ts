/**
 * Share of an asset's value left at the end of the horizon, straight-line over its service
 * life: bought in year b, it serves years b+1 .. b+life, so (b + life - horizon) / life of its
 * life is still ahead (0 when it is used up, 1 when bought in the final year). The Green Book
 * asks for residual values so that a purchase late in the period is not counted as pure cost.
 *
 * @example residualFraction(0, 5, 7) // 2/7
 */
export function residualFraction(boughtYear: number, horizonYears: number, serviceLifeYears: number): number {
  return Math.min(1, Math.max(0, (boughtYear + serviceLifeYears - horizonYears) / serviceLifeYears));
}
