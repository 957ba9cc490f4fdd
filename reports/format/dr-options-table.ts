import type { DrOption, DrOptions } from '../../engine/dr/dr-options.js';
import type { Criticality } from '../../engine/estate/server.js';
import { describeOption } from './describe-selection.js';
import { formatHours } from './format-hours.js';
import { formatMoney, formatMoneyShort, formatNumber } from './numbers.js';
import { drOptionInProse as inProse } from './dr-option-in-prose.js';

/** A table every front end can draw: chat answers, the CLI and the board paper. */
export interface DrOptionsTable {
  /** One sentence: the cheapest option that meets every protected tier's target, and the cheapest of all. */
  headline: string;
  title: string;
  columns: string[];
  rows: string[][];
  /** What the figures are against, and which options meet each tier's recovery target. */
  notes: string[];
}

const tierNames: Record<Criticality, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

/** "critical systems", "high-criticality systems and above". */
function tierWords(tier: Criticality): string {
  return tier === 'critical' ? 'critical systems' : `${tier}-criticality systems and above`;
}

function list(labels: readonly string[]): string {
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

function row(o: DrOption): string[] {
  const recovery = [formatHours(o.rpoHours), formatHours(o.rtoHours)];
  const meets = o.meets.length === 0 ? 'none' : o.meets.map((t) => tierNames[t]).join(', ');
  if (!o.cost) return [o.label, '', 'cannot be costed', '', '', ...recovery, meets];
  const hosts = o.drHosts === 0 ? 'rebuilt after' : o.recycledHosts.length > 0 ? `${formatNumber(o.drHosts)} (${formatNumber(o.recycledHosts.length)} recycled)` : formatNumber(o.drHosts);
  return [o.label, hosts, formatMoney(o.cost.capital), formatMoney(o.cost.revenuePerYear), formatMoney(o.cost.npv), ...recovery, meets];
}

/**
 * The DR options as one table with its notes, worded the same in chat, the CLI and the paper:
 * each option's cost over the option without DR, its RPO and RTO, the tiers whose targets it
 * meets, then one note per tier naming the options that meet it.
 *
 * @example drOptionsTable(drOptions({ ... })).rows[0] // ['Mirrored room, SAN-to-SAN replication', '11', '£887,826', ...]
 */
export function drOptionsTable(d: DrOptions): DrOptionsTable {
  const label = (id: DrOption['id']) => d.options.find((o) => o.id === id)!.label;
  const protects = `${formatNumber(d.protectedWorkloads)} workload${d.protectedWorkloads === 1 ? '' : 's'}, ${formatNumber(d.protectedTb, 1)} TB`;
  return {
    headline: headline(d),
    title: `DR options for ${tierWords(d.minCriticality)} (${protects}): cost over the option without DR`,
    columns: ['Option', 'DR hosts', 'Capital', `Revenue a year`, `NPV over ${d.horizonYears} years`, 'RPO (data lost)', 'RTO (to restore)', 'Meets target of'],
    rows: d.options.map(row),
    notes: [
      `Each figure is what the option adds to ${describeOption({ hostModel: d.hostModel, hypervisor: d.hypervisor })} without DR (NPV ${formatMoney(d.base.npv)}, capital ${formatMoney(d.base.capital)}): capital includes irrecoverable VAT, revenue is ${d.revenueYear}'s running costs and subscriptions, and a negative NPV is what the option costs in present value.`,
      ...d.tiers.map((t) => {
        const target = `${tierNames[t.tier]} (${formatNumber(t.workloads)} workload${t.workloads === 1 ? '' : 's'}; target RPO ${formatHours(t.rpoHours)}, RTO ${formatHours(t.rtoHours)})`;
        return t.metBy.length === 0 ? `${target}: no option costed here meets it.` : `${target}: met by ${list(t.metBy.map((id) => label(id).replace(/^Mirrored room, /, '')))}.`;
      }),
      ...d.options.filter((o) => o.refused).map((o) => `${o.label}: ${o.refused}.`),
      ...d.options.filter((o) => o.recycledHosts.length > 0).map((o) => `${o.label}: ${o.recycledHosts.map((r) => `${r.server} becomes ${r.host}`).join(', ')}; no purchase for them, their own support and power instead.`),
    ],
  };
}


/** The cheapest option (highest NPV) that meets the target of every tier it protects, against the cheapest of all. */
function headline(d: DrOptions): string {
  const costed = d.options.filter((o): o is DrOption & { cost: NonNullable<DrOption['cost']> } => o.cost !== undefined).sort((a, b) => b.cost.npv - a.cost.npv);
  const what = `DR for ${tierWords(d.minCriticality)} (${formatNumber(d.protectedWorkloads)} workloads)`;
  const cheapest = costed[0];
  if (!cheapest) return `${what}: none of the options could be costed for this scenario.`;
  const needed = d.tiers.filter((t) => t.workloads > 0).map((t) => t.tier);
  const adequate = costed.find((o) => needed.every((t) => o.meets.includes(t)));
  const adds = (o: typeof cheapest) => `${formatMoneyShort(o.cost.capital)} capital, ${formatMoneyShort(o.cost.revenuePerYear)} a year, NPV ${formatMoneyShort(o.cost.npv)} over ${d.horizonYears} years`;
  const slow = `loses up to ${formatHours(cheapest.rpoHours)} of data and takes ${formatHours(cheapest.rtoHours)} to restore`;
  const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  if (!adequate) return `${what}: no option costed here meets their recovery targets. The cheapest, ${inProse[cheapest.id]} (${adds(cheapest)}), ${slow}.`;
  if (adequate === cheapest) return `${what}: ${inProse[adequate.id]} is the cheapest option that meets their recovery targets (${adds(adequate)}).`;
  return `${what}: ${inProse[adequate.id]} is the cheapest option that meets their recovery targets (${adds(adequate)}). ${capitalised(inProse[cheapest.id])} costs least (${adds(cheapest)}) but ${slow}.`;
}
