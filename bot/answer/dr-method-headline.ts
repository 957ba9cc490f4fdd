import type { DrOption, DrOptions } from '../../engine/dr/dr-options.js';
import type { DrMethod } from '../../engine/dr/recovery-objectives.js';
import { formatHours } from '../../reports/format/format-hours.js';
import { formatMoneyShort, formatNumber } from '../../reports/format/numbers.js';
import { drOptionInProse as inProse } from '../../reports/format/dr-option-in-prose.js';


const methodNames: Record<DrMethod, string> = {
  san: 'SAN-to-SAN replication to a mirrored room',
  host: 'Host-based replication to a mirrored room',
  disk: 'Backup to disk at a second site',
  tape: 'Backup to tape kept off site',
};

const tierNames = { critical: 'critical', high: 'high', medium: 'medium', low: 'low' } as const;

/**
 * The headline of a DR question about one method ("what RPO would tape give us?"): that method's
 * RPO and RTO, what it adds in cost and which tiers' recovery targets it meets or misses, from the
 * same DR options the table shows (engine/dr), then the cheapest option that meets the targets
 * when this one does not.
 *
 * @example drMethodHeadline(drOptions, 'tape', 'the whole estate')
 *   // "Backup to tape kept off site, for high-criticality systems and above in the whole estate (149 workloads): RPO 24 hours ..."
 */
export function drMethodHeadline(d: DrOptions, method: DrMethod, scopeName: string): string {
  const option = d.options.find((o) => o.id === method)!;
  const tiers = d.minCriticality === 'critical' ? 'critical systems' : `${d.minCriticality}-criticality systems and above`;
  const lead = `${methodNames[method]}, for ${tiers} in ${scopeName} (${formatNumber(d.protectedWorkloads)} workloads): RPO ${formatHours(option.rpoHours)} (data lost at most), RTO ${formatHours(option.rtoHours)} (time to restore)`;
  const cost = option.cost
    ? `; it adds ${formatMoneyShort(option.cost.capital)} capital and ${formatMoneyShort(option.cost.revenuePerYear)} a year, NPV ${formatMoneyShort(option.cost.npv)} over ${d.horizonYears} years`
    : `; it cannot be costed here: ${option.refused ?? 'no plan'}`;
  const needed = d.tiers.filter((t) => t.workloads > 0);
  const missed = needed.filter((t) => !option.meets.includes(t.tier));
  const targets =
    needed.length === 0
      ? '.'
      : missed.length === 0
        ? `. It meets the recovery target of every tier protected.`
        : `. It misses the target of ${missed.map((t) => `${tierNames[t.tier]} systems (RPO ${formatHours(t.rpoHours)}, RTO ${formatHours(t.rtoHours)})`).join(' and ')}`;
  const adequate = cheapestMeetingTargets(d);
  const instead = missed.length === 0 || needed.length === 0 ? '' : adequate ? `; the cheapest option that meets them is ${inProse[adequate.id]} (NPV ${formatMoneyShort(adequate.cost!.npv)}).` : '; no option costed here meets them.';
  return `${lead}${cost}${targets}${instead}`;
}

/** The option with the highest NPV that meets the target of every tier with workloads. */
function cheapestMeetingTargets(d: DrOptions): DrOption | undefined {
  const needed = d.tiers.filter((t) => t.workloads > 0).map((t) => t.tier);
  return d.options.filter((o) => o.cost !== undefined && needed.every((t) => o.meets.includes(t))).sort((a, b) => b.cost!.npv - a.cost!.npv)[0];
}
