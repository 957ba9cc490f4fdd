import type { Evaluation } from '../../engine/evaluate.js';
import { formatHours } from '../format/format-hours.js';
import { formatDate, formatMoneyShort, formatNumber, formatPercent } from '../format/numbers.js';
import type { EstateFacts } from './estate-facts.js';
import { financialYear } from './financial-year.js';
import type { SpendingObjective } from './paper-details.js';

/** How one option fares against one objective, from its own figures. */
export interface ObjectiveResult {
  met: boolean;
  /** The figure behind the verdict, e.g. "92% retired". */
  evidence: string;
}

export interface AssessedObjective {
  id: string;
  kind: SpendingObjective['measure'];
  /** The objective in SMART form, with today's baseline. */
  text: string;
  measure: string;
  assess: (evaluation: Evaluation | undefined) => ObjectiveResult;
}

export interface SpendingObjectives {
  /** True when the paper's board details set none and the defaults below are used. */
  defaults: boolean;
  objectives: AssessedObjective[];
}

/**
 * The spending objectives every option is judged against. They come from the trust's board
 * details, or from defaults stated as such, and are worded from the estate as it is today, never
 * from an option's results, so a cheaper or better option is not ruled out by the way the
 * objective was written. `assess(undefined)` is doing nothing.
 */
export function spendingObjectives(set: readonly SpendingObjective[] | undefined, facts: EstateFacts, baseline: Evaluation): SpendingObjectives {
  const a = baseline.appraisal;
  const year1 = a.energy[0];
  const revenueToday = a.doNothing.revenue[1] ?? 0;
  const chosen = set ?? defaultObjectives(a.appraisalYear);
  const outOfWarranty = new Set(facts.outOfWarrantyIds);
  const objectives = chosen.map((o): AssessedObjective => {
    const by = formatDate(o.by);
    switch (o.measure) {
      case 'supported-hardware':
        return {
          id: o.id,
          kind: o.measure,
          text: `By ${by}, retire at least ${formatPercent(o.target)} of the physical servers now out of warranty (${formatNumber(outOfWarranty.size)} of today’s ${formatNumber(facts.physical)}).`,
          measure: 'Out-of-warranty physical servers retired',
          assess: (e) => {
            const moved = e ? e.plan.placements.filter((p) => outOfWarranty.has(p.workload)).length : 0;
            const share = outOfWarranty.size === 0 ? 1 : moved / outOfWarranty.size;
            return { met: share >= o.target, evidence: `${formatPercent(share)} retired` };
          },
        };
      case 'revenue-cost':
        return {
          id: o.id,
          kind: o.measure,
          text: `From ${by}, cut the recurrent revenue cost of the server estate by at least ${formatPercent(o.target)} a year against doing nothing (${formatMoneyShort(revenueToday)} in ${financialYear(a.appraisalYear + 1)}).`,
          measure: 'Recurrent revenue cost against doing nothing',
          assess: (e) => {
            const cut = e && revenueToday > 0 ? (revenueToday - (e.appraisal.withOption.revenue[1] ?? 0)) / revenueToday : 0;
            return { met: cut >= o.target, evidence: cut >= 0 ? `${formatPercent(cut)} lower` : `${formatPercent(-cut)} higher` };
          },
        };
      case 'energy':
        return {
          id: o.id,
          kind: o.measure,
          text: `By ${by}, cut the electricity the servers use, cooling included, by at least ${formatPercent(o.target)} (today about ${formatNumber((year1?.beforeKwh ?? 0) / 1000)} MWh a year).`,
          measure: 'Metered server electricity',
          assess: (e) => {
            const y = e?.appraisal.energy[0];
            const cut = y && y.beforeKwh > 0 ? 1 - y.afterKwh / y.beforeKwh : 0;
            return { met: cut >= o.target, evidence: `${formatPercent(cut)} lower` };
          },
        };
      case 'recovery':
        return {
          id: o.id,
          kind: o.measure,
          text: `By ${by}, be able to restore critical clinical systems within ${formatNumber(o.target)} hours of losing the main data centre, tested at least once a year (today there is no recovery site).`,
          measure: 'Tested recovery time of critical systems',
          assess: (e) => {
            const dr = e?.appraisal.dr;
            if (!dr) return { met: false, evidence: 'no recovery site' };
            // Backups restore onto rebuilt hosts in days: they meet the objective only if their RTO does.
            if (dr.method === 'disk' || dr.method === 'tape') return { met: dr.rtoHours <= o.target, evidence: `backup to ${dr.method}, restored in ${formatHours(dr.rtoHours)}` };
            return { met: true, evidence: 'mirrored at the second site' };
          },
        };
    }
  });
  return { defaults: set === undefined, objectives };
}

/** Used when the trust has set none: stated as defaults in the strategic case. */
function defaultObjectives(year0: number): SpendingObjective[] {
  const end = (years: number) => `${year0 + years}-03-31`;
  return [
    { id: 'SO1', measure: 'supported-hardware', target: 0.9, by: end(2) },
    { id: 'SO2', measure: 'revenue-cost', target: 0.1, by: end(2) },
    { id: 'SO3', measure: 'energy', target: 0.3, by: end(2) },
    { id: 'SO4', measure: 'recovery', target: 24, by: end(2) },
  ];
}
