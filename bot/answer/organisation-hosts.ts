import type { OrganisationFigures } from '../../engine/tco/organisation-figures.js';

/**
 * Each organisation's hosts, to one decimal, keyed by organisation and "Total", the rows adding up
 * to the total exactly. Kept apart, each trust's hosts are whole hosts of its own; sharing, a
 * trust's part of each host is its share of the CPU and memory demand on it (as its costs are),
 * so the parts are fractions, rounded by largest remainder so they still add up.
 *
 * @example organisationHosts(figures).get('Total') // 64
 */
export function organisationHosts(o: OrganisationFigures): Map<string, number> {
  const total = Math.round(o.total.hostShare * 10);
  const exact = o.rows.map((r) => r.hostShare * 10);
  const tenths = exact.map(Math.floor);
  let rest = total - tenths.reduce((s, t) => s + t, 0);
  const order = exact.map((_, k) => k).sort((a, b) => exact[b]! - tenths[b]! - (exact[a]! - tenths[a]!) || a - b);
  for (let i = 0; rest > 0 && order.length > 0; i = (i + 1) % order.length, rest--) tenths[order[i]!]! += 1;
  return new Map([...o.rows.map((r, k): [string, number] => [r.organisation, tenths[k]! / 10]), ['Total', total / 10]]);
}
