/**
 * How finance treats each kind of cost line, by item. One table, so the reconciliation, the VAT
 * view and the headline saving classify a line the same way.
 *
 * - cashReleasing: a saving on it leaves the trust's bank account (contracts, energy, licences
 *   stop being paid); staff time and rack space in the trust's own rooms free capacity, not cash,
 *   unless the trust removes posts or gives up paid space (HM Treasury / NHS England guidance
 *   on cash-releasing and non-cash-releasing benefits).
 * - vatable: bought from a supplier, so VAT is charged on it; staff time and the trust's own
 *   space are not, and receipts and the optimism-bias allowance are not purchases.
 */
export interface LineTreatment {
  cashReleasing: boolean;
  vatable: boolean;
}

const notCash = new Set(['staff', 'rack', 'hostStaff', 'hostRack', 'parallelRunningInHouse', 'drTapeHandling']);
const notVatable = new Set(['staff', 'rack', 'hostStaff', 'hostRack', 'parallelRunningInHouse', 'drTapeHandling', 'residualValue', 'hostResidualValue', 'resale', 'optimismBias']);

/** Item names of the lines of servers switched off instead of moved (retirement-lines.ts). */
export const switchOffItemPrefix = 'switchOff';

/** The do-nothing item a line belongs to: `switchOffSupport` is part of the estate's `support`. */
export function wholeItem(item: string): string {
  if (!item.startsWith(switchOffItemPrefix)) return item;
  const rest = item.slice(switchOffItemPrefix.length);
  return `${rest[0]!.toLowerCase()}${rest.slice(1)}`;
}

/** The finance treatment of a line item (`support`, `energy`, `staff`, ...). */
export function lineTreatment(item: string): LineTreatment {
  const base = wholeItem(item);
  return { cashReleasing: !notCash.has(base), vatable: !notVatable.has(base) };
}

/** A residual-value line (of refreshed servers, of today's hosts, of the option's kit, of servers switched off). */
export function isResidualValue(item: string): boolean {
  return /^(residualValue|hostResidualValue|switchOffResidualValue)$/.test(item);
}
