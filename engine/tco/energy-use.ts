/** Hours in a year: servers and hosts run around the clock. */
export const hoursPerYear = 8_760;

/** Facility energy in kWh a year of an average IT load: watts x 8,760 h x PUE / 1,000. */
export function energyUse(itWatts: number, pue: number): number {
  return (itWatts * hoursPerYear * pue) / 1_000;
}
