import type { DrOptions } from '../../engine/dr/dr-options.js';
import { drOptionsTable } from '../../reports/format/dr-options-table.js';
import { formatMoney } from '../../reports/format/numbers.js';
import type { Criticality } from '../../engine/estate/server.js';
import { bestValue, type Scenario } from '../../engine/scenario/scenario.js';
import type { Answer, AnswerAction } from './answer.js';
import { shellQuote } from './shell-quote.js';
import type { DrMethod } from '../../engine/dr/recovery-objectives.js';
import { drMethodHeadline } from './dr-method-headline.js';

/**
 * "What would DR for critical systems cost?", "tape vs replication?", "could we reuse servers as
 * DR hosts?": the DR options as an add-on to the scenario's option, one row each with capital,
 * revenue a year, NPV, RPO and RTO, and which tiers' recovery targets it meets. `focus` puts the
 * recycling answer first when that is what was asked, and `method` the RPO, RTO and cost of the one
 * method asked about ("what RPO would tape give us?"). Same table as `plan --dr-options`.
 */
export function drOptionsAnswer(d: DrOptions, scopeName: string, focus: 'options' | 'recycling', scenario: Scenario, actions: AnswerAction[] = [], method?: DrMethod): Answer {
  const t = drOptionsTable(d);
  const recycled = d.options.find((o) => o.id === 'host-recycled');
  const reuse = recycled
    ? `Yes: ${recycled.recycledHosts.map((r) => `${r.server} could become ${r.host}`).join(', ')}, which would save buying ${recycled.recycledHosts.length === 1 ? 'that host' : 'those hosts'}.`
    : `not on this plan: ${d.recycling ?? 'the scenario already reuses every server that qualifies'}.`;
  const costed = d.options.filter((o) => o.cost !== undefined);
  return {
    kind: 'compare',
    headline:
      focus === 'recycling'
        ? `Reusing servers as DR hosts for ${scopeName}: ${reuse} ${t.headline}`
        : method
          ? drMethodHeadline(d, method, scopeName)
          : `${t.headline.replace(/^DR for /, `For ${scopeName}, DR for `)}`,
    figures: costed.map((o) => ({ label: o.label, value: `NPV ${formatMoney(o.cost!.npv)}, capital ${formatMoney(o.cost!.capital)}`, raw: o.cost!.npv })),
    tables: [{ title: t.title, columns: t.columns, rows: t.rows }],
    notes: [...t.notes, ...(focus === 'options' && d.recycling ? [`Recycled servers as DR hosts: ${d.recycling}.`] : [])],
    actions,
    scenario,
    command: drOptionsCommand(scenario, d.minCriticality),
  };
}

/** `unsprawl plan --dr-options` for the same scenario and tier: the same table outside chat. */
function drOptionsCommand(scenario: Scenario, tier: Criticality): string {
  const parts = ['unsprawl plan --dr-options', `--dr-for ${tier}`];
  if (scenario.scope !== 'all') parts.push(`--scope ${shellQuote(scenario.scope)}`);
  if (scenario.host !== bestValue) parts.push(`--host ${shellQuote(scenario.host)}`);
  if (scenario.hypervisor !== bestValue) parts.push(`--hypervisor ${scenario.hypervisor}`);
  if (scenario.baseline !== 'sweat') parts.push(`--baseline ${scenario.baseline}`);
  if (scenario.retire !== undefined && scenario.retire !== 'none') parts.push(`--retire ${scenario.retire}`);
  if (scenario.recycle) parts.push('--recycle');
  for (const [key, value] of Object.entries(scenario.overrides)) parts.push(`--set ${key}=${value}`);
  return parts.join(' ');
}
