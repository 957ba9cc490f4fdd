import { beforeAll, describe, expect, it } from 'vitest';
import { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import type { Plan } from '../../../engine/plan/plan.js';
import { analyseSensitivity } from '../../../engine/sensitivity/analyse-sensitivity.js';
import { breakEven } from '../../../engine/sensitivity/break-even.js';
import { monteCarlo } from '../../../engine/sensitivity/monte-carlo.js';
import { npvModel, type NpvModel } from '../../../engine/sensitivity/npv-model.js';
import { tornado } from '../../../engine/sensitivity/tornado.js';
import { triangularDraw } from '../../../engine/sensitivity/triangular-draw.js';
import { appraise } from '../../../engine/tco/appraise.js';
import { keyEffect, pricingKeys } from '../../../engine/tco/key-effect.js';
import { measureQuantities } from '../../../engine/tco/measure-quantities.js';
import { priceQuantities } from '../../../engine/tco/price-quantities.js';
import { tenServerAssumptions, tenServerEstate, tenServerPlan, tenServerScenario, testHost } from '../tco/ten-server-case.js';

let assumptions: AssumptionSet;
let replans: AssumptionSet[];
let closeReplans: boolean[];
let model: NpvModel;

/** Records each re-plan request; the 10-server plan does not depend on sizing keys within their ranges. */
const replan = (set: AssumptionSet, closeToBound: boolean): Plan => {
  replans.push(set);
  closeReplans.push(closeToBound);
  return tenServerPlan;
};

const appraiseWith = (set: AssumptionSet) =>
  appraise({ estate: tenServerEstate, hosts: [testHost], assumptions: set, scenario: tenServerScenario, plan: tenServerPlan });

beforeAll(async () => {
  assumptions = await tenServerAssumptions({ 'horizon.years': 5 });
});

function freshModel(): NpvModel {
  replans = [];
  closeReplans = [];
  model = npvModel({ estate: tenServerEstate, hosts: [testHost], assumptions, scenario: tenServerScenario, plan: tenServerPlan, replan });
  return model;
}

describe('npvModel', () => {
  it('re-prices without re-planning, and gives the same NPV as a full appraisal', () => {
    const m = freshModel();
    expect(m.base.npv).toBe(appraiseWith(assumptions).npv);
    const over = { 'energy.pricePerKwh': 0.31, 'refresh.serviceLifeYears': 5 };
    expect(m.npvAt(over)).toBe(appraiseWith(assumptions.with(over, 'cli')).npv);
    expect(m.drawNpv(Object.keys(over))(Object.values(over))).toBe(m.npvAt(over));
    expect(replans).toHaveLength(0);
  });

  it('re-plans for sizing keys, once per value', () => {
    const m = freshModel();
    m.npvAt({ 'headroom.cpu': 0.6 });
    m.npvAt({ 'headroom.cpu': 0.6, 'energy.pricePerKwh': 0.3 });
    m.npvAt({ 'horizon.years': 4 });
    expect(replans.map((s) => [s.get('headroom.cpu'), s.get('horizon.years')])).toEqual([[0.6, 5], [0.75, 4]]);
  });

  it('re-plans a tornado bar close to its bound, apart from the bounded re-plans of break-even and Monte Carlo', () => {
    const m = freshModel();
    tornado(m, ['headroom.cpu']);
    expect(closeReplans).toEqual([true, true]);
    m.npvAt({ 'headroom.cpu': 0.6 });
    m.npvAt({ 'headroom.cpu': 0.6 }, { closeToBound: true });
    expect(replans.map((s) => s.get('headroom.cpu'))).toEqual([0.6, 0.85, 0.6]);
    expect(closeReplans).toEqual([true, true, false]);
  });
});

describe('keyEffect', () => {
  it('lists every key the pricing reads, so re-pricing alone is safe', () => {
    const read = new Set<string>();
    const q = measureQuantities({ estate: tenServerEstate, assumptions, scenario: { ...tenServerScenario, hypervisor: 'vmware' }, plan: tenServerPlan });
    const recorder = { get: (k: string) => (read.add(k), assumptions.get(k)) };
    priceQuantities(q, recorder);
    priceQuantities({ ...q, option: measureQuantities({ estate: tenServerEstate, assumptions, scenario: { ...tenServerScenario, hypervisor: 'hyperv' }, plan: tenServerPlan }).option }, recorder);
    priceQuantities(measureQuantities({ estate: tenServerEstate, assumptions, scenario: tenServerScenario, plan: tenServerPlan }), recorder);
    expect([...read].filter((k) => !pricingKeys.includes(k))).toEqual([]);
    expect(keyEffect('energy.pricePerKwh')).toBe('reprice');
    expect(keyEffect('refresh.serviceLifeYears')).toBe('remeasure');
    expect(keyEffect('headroom.cpu')).toBe('replan');
    expect(keyEffect('horizon.years')).toBe('replan');
  });
});

describe('tornado', () => {
  it('moves each key driver to its documented low and high, longest bar first', () => {
    const t = tornado(freshModel());
    const energy = t.rows.find((r) => r.key === 'energy.pricePerKwh')!;
    expect(energy).toMatchObject({ low: 0.18, high: 0.35, base: 0.25, effect: 'reprice' });
    expect(energy.npvHigh).toBe(appraiseWith(assumptions.with({ 'energy.pricePerKwh': 0.35 }, 'cli')).npv);
    expect(energy.swing).toBe(Math.abs(energy.npvHigh - energy.npvLow));
    // Consolidation cuts energy, so dearer energy helps the option.
    expect(energy.npvHigh).toBeGreaterThan(energy.npvLow);
    t.rows.slice(1).forEach((r, i) => expect(r.swing).toBeLessThanOrEqual(t.rows[i]!.swing));
    expect(t.rows.map((r) => r.key)).toEqual(expect.arrayContaining(['headroom.cpu', 'discount.rate', 'optimismBias.capital']));
  });
});

describe('breakEven', () => {
  it('finds the energy price at which the NPV crosses zero', () => {
    const m = freshModel();
    const b = breakEven(m, 'energy.pricePerKwh');
    expect(m.base.npv).toBeLessThan(0);
    expect(b.value).not.toBeNull();
    expect(b.value!).toBeGreaterThan(0.25);
    expect(m.npvAt({ 'energy.pricePerKwh': b.value! })).toBeGreaterThanOrEqual(0);
    expect(m.npvAt({ 'energy.pricePerKwh': b.value! - 0.0001 })).toBeLessThan(0);
  });

  it('finds the first whole service life at which the sign flips', () => {
    const m = freshModel();
    const b = breakEven(m, 'refresh.serviceLifeYears');
    if (b.value === null) {
      expect(b.note).toMatch(/stays negative/);
    } else {
      expect(Number.isInteger(b.value)).toBe(true);
      expect(Math.sign(m.npvAt({ 'refresh.serviceLifeYears': b.value }))).not.toBe(Math.sign(m.base.npv));
    }
  });

  it('finds a re-planned key\'s crossing to a thousandth of its range in fewer re-plans than bisection, on an NPV that moves in host steps', () => {
    const entry = assumptions.entry('growth.annual');
    // NPV falls with growth from £300,000 at the value in force, by a host's worth (£3,000) at every 0.4% on top of a straight line.
    const npvOf = (g: number) => Math.round(300_000 - (g - entry.value) * 4_000_000) - 3_000 * Math.floor((g - entry.value) / 0.004);
    const calls: number[] = [];
    const stepped = {
      ...freshModel(),
      base: { ...model.base, npv: npvOf(entry.value) },
      npvAt: (o: Record<string, number>) => (calls.push(o['growth.annual']!), npvOf(o['growth.annual']!)),
    } as NpvModel;
    let below = entry.value;
    let above = entry.max;
    while (above - below > 1e-12) (npvOf((below + above) / 2) > 0 ? (below = (below + above) / 2) : (above = (below + above) / 2));
    const b = breakEven(stepped, 'growth.annual');
    expect(npvOf(b.value!)).toBeLessThanOrEqual(0);
    expect(Math.abs(b.value! - above)).toBeLessThanOrEqual((entry.max - entry.value) * 1e-3);
    // Bisection to the same tolerance takes ten re-plans after the two bounds.
    expect(calls.length - 2).toBeLessThan(10);
  });

  it('says so when the NPV never crosses zero within the bounds', () => {
    const b = breakEven(freshModel(), 'carbon.kgPerKwh');
    expect(b.value).toBeNull();
    expect(b.note).toBe('NPV stays negative for every carbon.kgPerKwh from 0 to 2 (kgCO2e/kWh)');
  });
});

describe('monteCarlo', () => {
  it('is reproducible for a seed, ordered P10 <= P50 <= P90, and draws every tornado key, growth included', () => {
    const m = freshModel();
    const a = monteCarlo(m, { draws: 2000, seed: 7 });
    expect(monteCarlo(m, { draws: 2000, seed: 7 })).toEqual(a);
    expect(monteCarlo(m, { draws: 2000, seed: 8 }).p50).not.toBe(a.p50);
    expect(a.p10).toBeLessThanOrEqual(a.p50);
    expect(a.p50).toBeLessThanOrEqual(a.p90);
    expect(a.probabilityPositive + a.probabilityNegative).toBeLessThanOrEqual(1);
    expect(a.probabilityNegative).toBeGreaterThanOrEqual(0);
    expect(a.pointNpv).toBe(m.base.npv);
    const tornadoKeys = assumptions.all().filter((x) => x.low !== undefined && x.high !== undefined).map((x) => x.key);
    expect(a.keys).toEqual(tornadoKeys);
    expect(a.keys).toEqual(expect.arrayContaining(['energy.pricePerKwh', 'growth.annual', 'headroom.cpu']));
    // Sizing keys are drawn from two planned levels each: at most 2^3 plans however many draws.
    expect(a.plannedLevels.map((p) => p.key).sort()).toEqual(['growth.annual', 'headroom.cpu', 'headroom.ram']);
    for (const p of a.plannedLevels) expect(p.levels).toHaveLength(2);
    expect(replans.length).toBeGreaterThan(0);
    expect(replans.length).toBeLessThanOrEqual(8);
  });

  it('gives the base NPV in every draw when each range is collapsed onto its value', () => {
    const collapsed = AssumptionSet.fromList(
      assumptions.all().map((x) => ({ ...x, low: x.low === undefined ? undefined : x.value, high: x.high === undefined ? undefined : x.value })),
    );
    replans = [];
    const m = npvModel({ estate: tenServerEstate, hosts: [testHost], assumptions: collapsed, scenario: tenServerScenario, plan: tenServerPlan, replan });
    const r = monteCarlo(m, { draws: 300 });
    expect([r.p10, r.p50, r.p90, r.mean]).toEqual([m.base.npv, m.base.npv, m.base.npv, m.base.npv]);
    expect(r.probabilityPositive).toBe(m.base.npv > 0 ? 1 : 0);
  });
});

describe('triangularDraw', () => {
  it('maps 0, the mode quantile and 1 to low, mode and high', () => {
    expect(triangularDraw(0, 1, 2, 4)).toBe(1);
    expect(triangularDraw(1 / 3, 1, 2, 4)).toBeCloseTo(2, 12);
    expect(triangularDraw(1, 1, 2, 4)).toBe(4);
    expect(triangularDraw(0.3, 5, 5, 5)).toBe(5);
  });
});

describe('analyseSensitivity', () => {
  it('gives break-even values for the most sensitive price keys', () => {
    const s = analyseSensitivity(freshModel(), { draws: 500, breakEvenCount: 2 });
    const priceRows = s.tornado.rows.filter((r) => r.effect !== 'replan' && r.swing > 0);
    expect(s.breakEven.slice(0, 2).map((b) => b.key)).toEqual(priceRows.slice(0, 2).map((r) => r.key));
    // Then growth and the licence prices a finance partner asks about, when they move this NPV.
    expect(s.breakEven.slice(2).map((b) => b.key)).toEqual(['licence.windowsDatacenterPerCore', 'licence.proxmoxPerSocketYear'].filter((k) => !priceRows.slice(0, 2).some((r) => r.key === k)));
    expect(s.monteCarlo.draws).toBe(500);
  });
});
