import { knownPurchaseYear, type LifecycleAsset } from './server-lifecycle.js';

/**
 * The calendar year a server's warranty ends: its recorded warranty_end, else its purchase
 * year plus support.warrantyYears; undefined when neither is known.
 *
 * @example warrantyEndYear({ id: 'S07', purchaseYear: 2023 }, 5) // 2028
 */
export function warrantyEndYear(server: LifecycleAsset, warrantyYears: number): number | undefined {
  if (server.warrantyEnd !== undefined) return Number(server.warrantyEnd.slice(0, 4));
  const bought = knownPurchaseYear(server, warrantyYears);
  return bought === undefined ? undefined : bought + warrantyYears;
}
