import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import type { Hypervisor, Scenario } from '../../engine/scenario/scenario.js';
import type { Understanding } from '../understanding/understanding.js';
import { formatAssumptionValue } from './format-assumption-value.js';
import { assumptionName } from './assumption-name.js';

const hypervisorNames: Readonly<Record<Hypervisor, string>> = { vmware: 'VMware', hyperv: 'Hyper-V', proxmox: 'Proxmox VE' };

export interface Reading {
  understanding: Understanding;
  /** What the answer is: "consolidate", "compare host models for", "how many servers:". */
  action: string;
  /** The scope in words as the answer used it. */
  scopeName: string;
  /** The scenario evaluated, for what-if, compare, sensitivity and business-case answers. */
  scenario?: Scenario;
  /** The host model and hypervisor the engine chose when the scenario leaves them to best value or cheapest. */
  chosen?: { host: string; hypervisor: Hypervisor };
  /** What a comparison varies, left out of the line because every option differs in it. */
  compared?: 'hosts' | 'hypervisors' | 'dr' | 'scopes' | 'sharing';
  /** Assumption values the answer was costed at when there is no option to describe (doing nothing). */
  costedAt?: Record<string, number>;
  assumptions: AssumptionSet;
}

/** A DR method other than the default (host-based replication), as "DR for high and above by ..." reads it. */
const drMethodWords = { san: 'SAN-to-SAN replication', disk: 'backup to disk', tape: 'backup to tape' } as const;

/**
 * One line saying how a question was read, for every answer ("Read as: consolidate Pathology LIMS
 * onto PowerEdge R660, Hyper-V, no DR, 5 years, 25p/kWh"), with the typos it corrected and the
 * words it did not use, so a reader sees at once when the bot answered a different question.
 *
 * @example readAs({ understanding, action: 'consolidate', scopeName: 'Pathology LIMS', scenario, assumptions })
 */
export function readAs(r: Reading): string {
  const parts = [`${r.action} ${r.scopeName}`.trim()];
  const s = r.scenario;
  if (s) {
    const rule = s.host === 'cheapest' ? 'the cheapest hardware' : 'the best value';
    const host = s.host !== 'cheapest' && s.host !== 'best-value' ? s.host : r.chosen ? `${r.chosen.host} (${rule})` : `the host model with ${rule}`;
    const leaving = r.understanding.leaving;
    const named = s.hypervisor !== 'best-value' ? hypervisorNames[s.hypervisor] : r.chosen ? `${hypervisorNames[r.chosen.hypervisor]} (the best value)` : 'the best-value hypervisor';
    // "get off VMware" names only what is left: say the target was chosen, and from what.
    const hypervisor = !leaving ? named : r.understanding.hypervisors.length === 0 ? `${named} (moving off ${hypervisorNames[leaving]}: the best value of the others)` : `${named} (moving off ${hypervisorNames[leaving]})`;
    if (r.compared !== 'hosts') parts[0] = `${parts[0]} onto ${host}`;
    if (r.compared !== 'hypervisors') parts.push(hypervisor);
    if (s.mixOrganisations !== undefined && r.compared !== 'sharing') parts.push(s.mixOrganisations ? 'the organisations sharing hosts' : 'each organisation on hosts of its own');
    if (s.dataCentres) parts.push(`hosts only at ${s.dataCentres.join(' and ')}`);
    if (s.recycle) parts.push('recycling servers still under warranty as hosts');
    if (s.baseline === 'refresh') parts.push('against a like-for-like refresh');
    if (s.baseline === 'full-refresh') parts.push('against refreshing every server and host at once');
    if (r.compared !== 'dr') parts.push(s.dr.enabled ? `DR for ${s.dr.minCriticality === 'critical' ? 'critical' : `${s.dr.minCriticality} and above`}${s.dr.method && s.dr.method !== 'host' ? ` by ${drMethodWords[s.dr.method]}` : ''}${s.dr.site ? ` at ${s.dr.site}` : ''}` : 'no DR');
    parts.push(...valuesInForce(r.assumptions, s.overrides, ['horizon.years', 'energy.pricePerKwh']));
  } else if (r.costedAt) {
    parts.push(...valuesInForce(r.assumptions, r.costedAt, []));
  }
  const u = r.understanding;
  for (const c of u.corrections) parts.push(`"${c.typed}" read as ${c.readAs}`);
  if (u.unusedWords.length > 0) parts.push(`not used: ${u.unusedWords.map((w) => `"${w}"`).join(', ')}`);
  return parts.join(', ');
}

/** The values in force, read: the `always` keys bare ("5 years", "25p/kWh"), then each other override by name. */
function valuesInForce(assumptions: AssumptionSet, overrides: Record<string, number>, always: readonly string[]): string[] {
  const inForce = Object.keys(overrides).length > 0 ? assumptions.with(overrides, 'chat') : assumptions;
  const value = (key: string) => (inForce.has(key) ? formatAssumptionValue(inForce.entry(key), inForce.get(key)) : undefined);
  const bare = always.flatMap((key) => value(key) ?? []);
  const named = Object.keys(overrides)
    .filter((k) => !always.includes(k))
    .flatMap((key) => {
      const shown = value(key);
      return shown ? [`${assumptionName(key)} ${shown}`] : [];
    });
  return [...bare, ...named];
}
