import type { DrOptions } from '../../engine/dr/dr-options.js';
import { drOptionsTable } from '../../reports/format/dr-options-table.js';
import { formatMoney } from '../../reports/format/numbers.js';
import type { Answer, AnswerAction } from './answer.js';

/**
 * "What would DR for critical systems cost?", "tape vs replication?", "could we reuse servers as
 * DR hosts?": the DR options as an add-on to the scenario's option, one row each with capital,
 * revenue a year, NPV, RPO and RTO, and which tiers' recovery targets it meets. `focus` puts the
 * recycling answer first when that is what was asked. Same table as `plan --dr-options`.
 */
export function drOptionsAnswer(d: DrOptions, scopeName: string, focus: 'options' | 'recycling', actions: AnswerAction[] = []): Answer {
  const t = drOptionsTable(d);
  const recycled = d.options.find((o) => o.id === 'host-recycled');
  const reuse = recycled
    ? `Yes: ${recycled.recycledHosts.map((r) => `${r.server} could become ${r.host}`).join(', ')}, which would save buying ${recycled.recycledHosts.length === 1 ? 'that host' : 'those hosts'}.`
    : `not on this plan: ${d.recycling ?? 'the scenario already reuses every server that qualifies'}.`;
  const costed = d.options.filter((o) => o.cost !== undefined);
  return {
    kind: 'compare',
    headline: focus === 'recycling' ? `Reusing servers as DR hosts for ${scopeName}: ${reuse} ${t.headline}` : `${t.headline.replace(/^DR for /, `For ${scopeName}, DR for `)}`,
    figures: costed.map((o) => ({ label: o.label, value: `NPV ${formatMoney(o.cost!.npv)}, capital ${formatMoney(o.cost!.capital)}`, raw: o.cost!.npv })),
    tables: [{ title: t.title, columns: t.columns, rows: t.rows }],
    notes: [...t.notes, ...(focus === 'options' && d.recycling ? [`Recycled servers as DR hosts: ${d.recycling}.`] : [])],
    actions,
  };
}
