import type { AssumptionReader } from './assumption-reader.js';
import { eachYear, runningYears, yearZero, type LineDefinition } from './cost-line.js';
import { estateLines } from './estate-lines.js';
import type { EstateQuantities } from './measure-estate.js';
import { switchOffItemPrefix } from './line-treatment.js';

const pence = (pounds: number) => pounds * 100;


const capitalised = (item: string) => `${item[0]!.toUpperCase()}${item.slice(1)}`;


/**
 * Share of year `t`'s running costs spent while servers to be switched off are still on, waiting
 * for their owners' confirmation: the first `months` of the running years (year 1 onwards).
 */
function verificationShare(t: number, months: number): number {
  if (t === 0) return 0;
  return Math.min(12, Math.max(0, months - 12 * (t - 1))) / 12;
}

/**
 * The cost lines of switching servers off instead of moving them (issue 22):
 * - baseline: what keeping them would cost (their do-nothing lines, the same formulas as any
 *   server's), so doing nothing still pays for them;
 * - option: their running costs during `retire.verificationMonths`, while owners confirm nobody
 *   needs them, and `retire.decommissionCostPerServer` for each, once, in year 0.
 * Every item starts with `switchOff`. No servers switched off, no lines.
 */
export function retirementLines(q: EstateQuantities, horizonYears: number, serviceLifeYears: number): LineDefinition[] {
  if (q.servers === 0) return [];
  const kept = estateLines(q, 'baseline', horizonYears, serviceLifeYears);
  const running = kept.filter((l) => l.nature === 'revenue');
  const baseline = kept.map((l): LineDefinition => ({ ...l, item: `${switchOffItemPrefix}${capitalised(l.item)}`, label: `Servers switched off: ${l.label.toLowerCase()}` }));
  const runningKeys = [...new Set(running.flatMap((l) => l.keys))];
  return [
    ...baseline,
    {
      side: 'option', item: `${switchOffItemPrefix}Verification`, label: 'Servers switched off: running costs until confirmed unused', group: 'running', nature: 'revenue',
      amounts: (a: AssumptionReader) => {
        const months = a.get('retire.verificationMonths');
        const perYear = running.map((l) => l.amounts(a));
        return eachYear(horizonYears, (t) => verificationShare(t, months) * perYear.reduce((sum, amounts) => sum + amounts[t]!, 0));
      },
      keys: ['retire.verificationMonths', ...runningKeys],
      formula: 'running costs of the servers switched off (support, energy, rack, backup, staff, licences, as in do nothing) for the first retire.verificationMonths of the running years',
      quantity: { unit: 'servers still on', byYear: (a: AssumptionReader) => runningYears(horizonYears, (t) => (verificationShare(t, a.get('retire.verificationMonths')) > 0 ? q.servers : 0)) },
    },
    {
      side: 'option', item: `${switchOffItemPrefix}Decommissioning`, label: 'Servers switched off: decommissioning', group: 'one-off', nature: 'revenue',
      amounts: (a: AssumptionReader) => yearZero(horizonYears, q.servers * pence(a.get('retire.decommissionCostPerServer'))),
      keys: ['retire.decommissionCostPerServer'],
      formula: 'servers switched off x retire.decommissionCostPerServer',
      quantity: { unit: 'servers switched off', byYear: () => yearZero(horizonYears, q.servers) },
    },
  ];
}
