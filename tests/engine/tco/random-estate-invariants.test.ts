import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import type { Estate } from '../../../engine/estate/estate.js';
import { serverSchema } from '../../../engine/estate/server.js';
import { loadAssumptions } from '../../../engine/io/load-assumptions.js';
import type { Plan } from '../../../engine/plan/plan.js';
import { hypervisors } from '../../../engine/scenario/scenario.js';
import { appraise } from '../../../engine/tco/appraise.js';
import { tenServerScenario, testHost } from './ten-server-case.js';

/** A server with any mix of known and missing dates, power, support and OS. */
const serverRow = fc.record({
  kind: fc.constantFrom('physical', 'virtual'),
  os: fc.constantFrom('Windows Server 2016', 'Red Hat Enterprise Linux 8', ''),
  cpu_cores: fc.integer({ min: 1, max: 64 }),
  storage_gb: fc.integer({ min: 0, max: 20_000 }),
  power_watts: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }),
  purchase_year: fc.option(fc.integer({ min: 2008, max: 2026 }), { nil: undefined }),
  warranty_end: fc.option(fc.integer({ min: 2010, max: 2032 }).map((y) => `${y}-06-30`), { nil: undefined }),
  annual_support_gbp: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
  placed: fc.boolean(),
  site: fc.constantFrom('Main', 'Second'),
});

const scenarioInput = fc.record({
  rows: fc.array(serverRow, { minLength: 1, maxLength: 40 }),
  extraHosts: fc.integer({ min: 0, max: 3 }),
  dr: fc.boolean(),
  hypervisor: fc.constantFrom(...hypervisors),
  horizon: fc.integer({ min: 1, max: 10 }),
  price: fc.double({ min: 0, max: 1, noNaN: true }),
});

type Input = typeof scenarioInput extends fc.Arbitrary<infer T> ? T : never;

/** A hand-built plan: the placed servers on one active host, spares idle, and optionally a DR mirror. */
function build(input: Input): { estate: Estate; plan: Plan } {
  const servers = input.rows.map(({ placed: _placed, ...row }, i) => serverSchema.parse({ id: `S${i}`, mem_gb: 8, ...row }));
  const placed = servers.filter((_, i) => input.rows[i]!.placed).map((s) => s.id);
  const hostCount = placed.length > 0 ? 1 + input.extraHosts : 0;
  const active = { id: 'h-1', cluster: 'main', site: 'Main', role: 'active' as const, workloads: placed, utilisation: { cpu: 0.5, ram: 0.5, storage: 0, vcpu: 0.2 } };
  const spares = Array.from({ length: Math.max(0, hostCount - 1) }, (_, i) => ({ ...active, id: `h-${i + 2}`, role: 'spare' as const, workloads: [], utilisation: { cpu: 0, ram: 0, storage: 0, vcpu: 0 } }));
  const dr = input.dr && hostCount > 0 ? [{ ...active, id: 'dr-1', site: 'Second', role: 'dr' as const, cluster: 'dr' }] : [];
  const hostDetails = hostCount > 0 ? [active, ...spares, ...dr] : [];
  return {
    estate: { source: 'random', servers },
    plan: {
      scenario: tenServerScenario, hostModel: testHost, hosts: hostDetails.length, lowerBound: hostDetails.length, inScope: placed,
      placements: placed.map((workload) => ({ workload, host: 'h-1' })), unplaced: [], clusters: [], hostDetails,
      demands: placed.map((workload) => ({ workload, signal: 'p95' as const, cpuCores: 1, memGb: 4, storageGb: servers.find((s) => s.id === workload)!.storageGb, vcpus: 2 })),
    },
  };
}

let base: AssumptionSet;
beforeAll(async () => {
  base = await loadAssumptions();
});

describe('appraisal invariants on random estates and plans', () => {
  it('NPV is the discounted sum of the cash flows, totals add up, and only energy (and the old kit running in parallel) follows the energy price', () => {
    fc.assert(
      fc.property(scenarioInput, (input) => {
        const { estate, plan } = build(input);
        const assumptions = base.with({ 'horizon.years': input.horizon }, 'cli');
        const scenario = { ...tenServerScenario, hypervisor: input.hypervisor };
        const a = appraise({ estate, hosts: [testHost], assumptions, scenario, plan });
        expect(a.npv).toBe(a.cashFlows.reduce((s, c) => s + c.presentValue, 0));
        a.cashFlows.forEach((c, t) => {
          expect(c.presentValue).toBe(c.net === 0 ? 0 : Math.round(c.net / 1.035 ** t));
          expect(c.net).toBe(a.doNothing.total[t]! - a.withOption.total[t]!);
        });
        for (const side of ['baseline', 'staying', 'option'] as const) {
          expect(a[side].sum).toBe(a.lines.filter((l) => l.side === side).reduce((s, l) => s + l.total, 0));
        }
        expect(a.servers.moved + a.servers.staying).toBe(estate.servers.length);
        const repriced = appraise({ estate, hosts: [testHost], assumptions: assumptions.with({ 'energy.pricePerKwh': input.price }, 'cli'), scenario, plan });
        repriced.lines.forEach((l, i) => {
          if (l.item !== 'energy' && l.item !== 'parallelRunning') expect(l.byYear, l.id).toEqual(a.lines[i]!.byYear);
        });
      }),
      { numRuns: 150 },
    );
  });
});
