import type { AssumptionReader } from './assumption-reader.js';
import { eachYear, type LineDefinition } from './cost-line.js';
import { lineTreatment } from './line-treatment.js';

/**
 * Share of running year t (1, 2, ...) during which the old kit still runs: the migration takes
 * `months` from the start of year 1, and each server or host is switched off only when the
 * migration ends (conservative: waves free kit earlier, but clusters empty only at the end).
 */
export function parallelShare(t: number, months: number): number {
  if (t === 0) return 0;
  return Math.min(12, Math.max(0, months - (t - 1) * 12)) / 12;
}

function parallelLine(item: string, label: string, replaced: readonly LineDefinition[], horizonYears: number): LineDefinition {
  return {
    side: 'option', item, label, group: 'one-off', nature: 'revenue',
    amounts: (a: AssumptionReader) => {
      const months = a.get('delivery.migrationMonths');
      const out = eachYear(horizonYears, () => 0);
      for (const d of replaced) {
        const amounts = d.amounts(a);
        for (let t = 1; t <= horizonYears; t += 1) out[t]! += amounts[t]! * parallelShare(t, months);
      }
      return out;
    },
    keys: ['delivery.migrationMonths'],
    formula: `the replaced kit's ${item === 'parallelRunning' ? 'bought-in running costs (support, energy, backup, licences)' : 'in-house running costs (staff time, rack space)'} x the share of each year before the migration ends (delivery.migrationMonths from the start of year 1)`,
  };
}

/**
 * Parallel running: the do-nothing running costs of the kit the option replaces (its recurring
 * revenue lines) keep being paid until the migration ends, on top of the option's own costs from
 * year 1. Two lines, so VAT and cash-releasing treatment follow what is being paid for: bought-in
 * costs, and in-house staff time and space.
 */
export function parallelRunningLines(replaced: readonly LineDefinition[], horizonYears: number): LineDefinition[] {
  const recurring = replaced.filter((d) => d.nature === 'revenue' && d.group !== 'one-off');
  const bought = recurring.filter((d) => lineTreatment(d.item).vatable);
  const inHouse = recurring.filter((d) => !lineTreatment(d.item).vatable);
  return [
    parallelLine('parallelRunning', 'Parallel running of the old kit during migration', bought, horizonYears),
    parallelLine('parallelRunningInHouse', 'Parallel running: staff time and space for the old kit', inHouse, horizonYears),
  ];
}
