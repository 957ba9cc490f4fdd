import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import type { Appraisal, CostSide } from '../../../engine/tco/appraisal.js';
import { appraise } from '../../../engine/tco/appraise.js';
import { tenServerAssumptions, tenServerEstate, tenServerPlan, tenServerScenario, testHost } from './ten-server-case.js';

let base: AssumptionSet;
const run = (assumptions: AssumptionSet, hypervisor: 'vmware' | 'hyperv' | 'proxmox' = 'proxmox') =>
  appraise({ estate: tenServerEstate, hosts: [testHost], assumptions, scenario: { ...tenServerScenario, hypervisor }, plan: tenServerPlan });

beforeAll(async () => {
  base = await tenServerAssumptions();
});

/** Random but valid prices and rates, within each key's documented bounds. */
const priceOverrides = fc.record({
  'energy.pricePerKwh': fc.double({ min: 0, max: 1, noNaN: true }),
  'energy.pue': fc.double({ min: 1, max: 3, noNaN: true }),
  'discount.rate': fc.double({ min: 0, max: 0.2, noNaN: true }),
  'support.outOfWarrantyUplift': fc.double({ min: 0, max: 2, noNaN: true }),
  'optimismBias.capital': fc.double({ min: 0, max: 2, noNaN: true }),
  'staff.costPerHour': fc.double({ min: 0, max: 100, noNaN: true }),
  'storage.costPerRawTb': fc.double({ min: 0, max: 2000, noNaN: true }),
  'horizon.years': fc.integer({ min: 1, max: 15 }),
  'refresh.serviceLifeYears': fc.integer({ min: 3, max: 10 }),
});
const hypervisor = fc.constantFrom('vmware' as const, 'hyperv' as const, 'proxmox' as const);

function sideSum(a: Appraisal, side: CostSide, t: number): number {
  return a.lines.filter((l) => l.side === side).reduce((s, l) => s + l.byYear[t]!, 0);
}

describe('appraisal invariants', () => {
  it('NPV is the discounted sum of the reported cash flows', () => {
    fc.assert(
      fc.property(priceOverrides, hypervisor, (overrides, hv) => {
        const a = run(base.with(overrides, 'cli'), hv);
        const r = overrides['discount.rate'];
        a.cashFlows.forEach((c, t) => expect(c.presentValue).toBe(c.net === 0 ? 0 : Math.round(c.net / (1 + r) ** t)));
        expect(a.npv).toBe(a.cashFlows.reduce((s, c) => s + c.presentValue, 0));
      }),
      { numRuns: 60 },
    );
  });

  it('totals equal the sum of their parts', () => {
    fc.assert(
      fc.property(priceOverrides, hypervisor, (overrides, hv) => {
        const a = run(base.with(overrides, 'cli'), hv);
        for (const l of a.lines) {
          expect(l.byYear).toHaveLength(a.years.length);
          expect(l.total).toBe(l.byYear.reduce((s, p) => s + p, 0));
          l.byYear.forEach((p) => expect(Number.isInteger(p)).toBe(true));
        }
        for (const t of a.years) {
          expect(a.baseline.total[t]).toBe(sideSum(a, 'baseline', t));
          expect(a.staying.total[t]).toBe(sideSum(a, 'staying', t));
          expect(a.option.total[t]).toBe(sideSum(a, 'option', t));
          expect(a.option.total[t]).toBe(a.option.capital[t]! + a.option.revenue[t]!);
          expect(a.doNothing.total[t]).toBe(a.baseline.total[t]! + a.staying.total[t]!);
          expect(a.withOption.total[t]).toBe(a.option.total[t]! + a.staying.total[t]!);
          expect(a.cashFlows[t]!.net).toBe(a.doNothing.total[t]! - a.withOption.total[t]!);
        }
        expect(a.doNothing.sum).toBe(a.doNothing.total.reduce((s, p) => s + p, 0));
        expect(a.savings.totalCostOfOwnership.baseline).toBe(a.baseline.sum);
        expect(a.savings.totalCostOfOwnership.option).toBe(a.option.sum);
        expect(a.cashFlows.at(-1)!.cumulativeNet).toBe(a.doNothing.sum - a.withOption.sum);
      }),
      { numRuns: 60 },
    );
  });

  it('changing the energy price moves only the energy lines', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5, noNaN: true }), hypervisor, (price, hv) => {
        const before = run(base, hv);
        const after = run(base.with({ 'energy.pricePerKwh': price }, 'cli'), hv);
        expect(after.lines.map((l) => l.id)).toEqual(before.lines.map((l) => l.id));
        after.lines.forEach((l, i) => {
          if (l.item !== 'energy') expect(l.byYear, l.id).toEqual(before.lines[i]!.byYear);
        });
        expect(after.energy).toEqual(before.energy);
      }),
      { numRuns: 40 },
    );
  });

  it('gives identical output for identical inputs', () => {
    expect(JSON.stringify(run(base))).toBe(JSON.stringify(run(base)));
  });

  it('pays back when the savings outrun the investment, in whole months', () => {
    // Dear energy and staff make doing nothing expensive, so the option pays back within the horizon.
    const a = run(base.with({ 'energy.pricePerKwh': 1, 'staff.hoursPerPhysicalServerYear': 100, 'horizon.years': 5 }, 'cli'));
    expect(a.paybackMonths).not.toBeNull();
    // Residual values are not cash received: payback counts the cash flows without them.
    const residual = (side: string) => a.lines.find((l) => l.side === side && l.item === 'residualValue')!.byYear;
    let cumulative = 0;
    const cash = a.cashFlows.map((c, t) => (cumulative += c.net - residual('baseline')[t]! + residual('option')[t]!));
    expect(Math.ceil(a.paybackMonths! / 12)).toBe(cash.findIndex((c) => c >= 0));
  });
});
