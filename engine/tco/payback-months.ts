import type { Pence } from '../money.js';

/**
 * Simple (undiscounted) payback in whole months, rounded up: year 0's cash flow happens now,
 * each later year's accrues evenly over its twelve months. Null when the cumulative net cash
 * flow is still negative at the end of the horizon.
 *
 * @example paybackMonths([-1200, 800, 800]) // 12 + 12 x 400/800 = 18
 */
export function paybackMonths(netCashFlows: readonly Pence[]): number | null {
  let cumulative = netCashFlows[0] ?? 0;
  if (cumulative >= 0) return 0;
  for (let t = 1; t < netCashFlows.length; t += 1) {
    const flow = netCashFlows[t]!;
    if (flow > 0 && cumulative + flow >= 0) return Math.ceil(12 * (t - 1) + (12 * -cumulative) / flow);
    cumulative += flow;
  }
  return null;
}
