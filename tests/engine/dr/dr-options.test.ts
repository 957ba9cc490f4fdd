import { beforeAll, describe, expect, it } from 'vitest';
import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import { drOptions } from '../../../engine/dr/dr-options.js';
import type { Estate } from '../../../engine/estate/estate.js';
import { evaluate } from '../../../engine/evaluate.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';
import { appraise } from '../../../engine/tco/appraise.js';
import { tenServerAssumptions, tenServerEstate, tenServerPlan, tenServerScenario, testHost } from '../tco/ten-server-case.js';

const gbp = (pounds: number) => Math.round(pounds * 100);

// The ten-server case (tests/engine/tco/ten-server-case.ts) with S01 and S02 marked critical:
// the plan moves both, 500 GB each, so DR for critical systems protects 2 workloads and 1 TB.
const estate: Estate = {
  ...tenServerEstate,
  servers: tenServerEstate.servers.map((s) => (s.id === 'S01' || s.id === 'S02' ? { ...s, criticality: 'critical' } : s)),
};

let assumptions: AssumptionSet;
beforeAll(async () => {
  assumptions = await tenServerAssumptions({
    'refresh.serviceLifeYears': 6,
    'optimismBias.capital': 0.2,
    'vat.rate': 0.2,
    'vat.recoverableShare': 0,
    'discount.rate': 0.035,
    'dr.tapeLibraryCost': 10_000,
    'dr.tapeMediaPerTbYear': 40,
    'dr.tapeOffsitePerYear': 2000,
    'dr.tapeHandlingHoursYear': 100,
    'dr.backupTargetBaseCost': 8000,
    'dr.backupRetentionFactor': 2,
    'dr.backupTargetPerTb': 150,
  });
});

const options = () => drOptions({
  estate, hosts: [testHost], assumptions, scenario: tenServerScenario, minCriticality: 'critical',
  base: { plan: tenServerPlan, appraisal: appraise({ estate, hosts: [testHost], assumptions, scenario: tenServerScenario, plan: tenServerPlan }) },
});

describe('DR options for critical systems, worked by hand on the ten-server case', () => {
  it('protects the critical workloads the plan moves: 2 workloads, 1 TB', () => {
    const d = options();
    expect(d.protectedWorkloads).toBe(2);
    expect(d.protectedTb).toBe(1);
  });

  it('backup to tape: £12,000 capital, £6,648 a year, NPV -£24,412.17 over 3 years', () => {
    const tape = options().options.find((o) => o.id === 'tape')!;
    // Capital: the £10,000 library with 20% VAT that an NHS body cannot recover = £12,000.
    expect(tape.cost!.capital).toBe(gbp(12_000));
    // A running year: support 10% x £10,000 = £1,000, media 1 TB x £40, off-site £2,000 (all
    // with VAT: £3,040 x 1.2 = £3,648) and 100 hours of handling x £30 (no VAT) = £3,000.
    expect(tape.cost!.revenuePerYear).toBe(gbp(6648));
    // Economic case (no VAT): year 0 = £10,000 + optimism bias 20% = £12,000; years 1-2 =
    // £6,040; year 3 = £6,040 less the residual value of a library with half of its 6-year
    // life ahead (£5,000) = £1,040. Discounted at 3.5%: 12,000 + 5,835.75 + 5,638.40 + 938.02.
    expect(tape.cost!.npv).toBe(-gbp(24_412.17));
    expect(tape).toMatchObject({ rpoHours: 24, rtoHours: 120, meets: [], drHosts: 0 });
  });

  it('backup to disk: £8,000 + 1 TB x 2 x £150 = £8,300 of kit, £9,960 with VAT', () => {
    expect(options().options.find((o) => o.id === 'disk')!.cost!.capital).toBe(gbp(9960));
  });

  it('says why a mirrored room cannot be costed, and which options meet each tier: none meets critical here', () => {
    const d = options();
    const san = d.options.find((o) => o.id === 'san')!;
    expect(san.cost).toBeUndefined();
    expect(san.refused).toMatch(/second site/);
    expect(d.tiers).toEqual([{ tier: 'critical', rpoHours: 1, rtoHours: 4, metBy: [], workloads: 2 }]);
  });
});

describe('DR for critical systems by tape, chosen in the scenario and appraised in full (the ten-server case)', () => {
  const tapeScenario = { ...tenServerScenario, dr: { enabled: true, minCriticality: 'critical' as const, method: 'tape' as const } };
  const appraiseTape = () => appraise({ estate, hosts: [testHost], assumptions, scenario: tapeScenario, plan: { ...tenServerPlan, scenario: tapeScenario } });
  const line = (a: ReturnType<typeof appraiseTape>, id: string) => a.lines.find((l) => l.id === id)?.byYear;

  it('adds the tape library, its support, media, off-site storage and handling to the option, and plans no DR hosts', () => {
    const a = appraiseTape();
    expect(line(a, 'option.drBackupKit')).toEqual([gbp(10_000), 0, 0, 0]);
    expect(line(a, 'option.drBackupSupport')).toEqual([0, gbp(1000), gbp(1000), gbp(1000)]);
    expect(line(a, 'option.drTapeMedia')).toEqual([0, gbp(40), gbp(40), gbp(40)]);
    expect(line(a, 'option.drOffsite')).toEqual([0, gbp(2000), gbp(2000), gbp(2000)]);
    expect(line(a, 'option.drTapeHandling')).toEqual([0, gbp(3000), gbp(3000), gbp(3000)]);
    expect(a.dr).toEqual({ method: 'tape', minCriticality: 'critical', protectedWorkloads: 2, protectedTb: 1, drHosts: 0, rpoHours: 24, rtoHours: 120 });
  });

  it('costs exactly what the DR options table shows as the addition: £12,000 capital, £6,648 a year, NPV -£24,412.17', () => {
    const without = appraise({ estate, hosts: [testHost], assumptions, scenario: tenServerScenario, plan: tenServerPlan });
    const a = appraiseTape();
    const tape = options().options.find((o) => o.id === 'tape')!;
    expect(a.finance.capital.requirement - without.finance.capital.requirement).toBe(tape.cost!.capital);
    expect(a.npv - without.npv).toBe(tape.cost!.npv);
    expect(tape.cost).toEqual({ capital: gbp(12_000), revenuePerYear: gbp(6648), npv: -gbp(24_412.17) });
    // The library's residual value and optimism bias are the option's own lines, grown by the library's.
    expect(line(a, 'option.residualValue')![3]! - line(without, 'option.residualValue')![3]!).toBe(-gbp(5000));
    expect(line(a, 'option.optimismBias')![0]! - line(without, 'option.optimismBias')![0]!).toBe(gbp(2000));
  });

  it('counts a disk target as one more array for power and rack space', () => {
    const diskScenario = { ...tapeScenario, dr: { ...tapeScenario.dr, method: 'disk' as const } };
    const disk = appraise({ estate, hosts: [testHost], assumptions, scenario: diskScenario, plan: { ...tenServerPlan, scenario: diskScenario } });
    const without = appraise({ estate, hosts: [testHost], assumptions, scenario: tenServerScenario, plan: tenServerPlan });
    // 400 W x 8,760 h x PUE 2 / 1,000 = 7,008 kWh at 25p = £1,752 a year; 4U x £100 = £400.
    expect(line(disk, 'option.energy')![1]! - line(without, 'option.energy')![1]!).toBe(gbp(1752));
    expect(line(disk, 'option.rack')![1]! - line(without, 'option.rack')![1]!).toBe(gbp(400));
    expect(line(disk, 'option.drLink')).toEqual([0, gbp(6000), gbp(6000), gbp(6000)]);
  });
});

describe('DR options on the sample trust', () => {
  let inputs: Inputs;
  beforeAll(async () => {
    inputs = await loadInputs();
  });

  it('costs a mirrored room as the engine plans it: the NPV of the option with DR less the option without', () => {
    const run = (dr: boolean) => evaluate({
      estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, corePerformance: inputs.corePerformance,
      scenario: scenarioSchema.parse({ name: 'dr-check', host: 'PowerEdge R660', hypervisor: 'hyperv', dr: { enabled: dr, minCriticality: 'high', replication: 'host' } }),
    });
    const without = run(false);
    const d = drOptions({ estate: inputs.estate, hosts: inputs.hosts, assumptions: without.assumptions, scenario: without.scenario, minCriticality: 'high', corePerformance: inputs.corePerformance });
    const host = d.options.find((o) => o.id === 'host')!;
    const withDr = run(true);
    expect(host.cost!.npv).toBe(withDr.appraisal.npv - without.appraisal.npv);
    expect(host.cost!.capital).toBe(withDr.appraisal.finance.capital.requirement - without.appraisal.finance.capital.requirement);
    expect(host.drHosts).toBe(withDr.plan.hostDetails.filter((h) => h.role === 'dr' || h.role === 'dr-spare').length);
    // Replication meets the critical and high targets; nightly backups meet neither.
    expect(d.tiers.map((t) => [t.tier, t.metBy])).toEqual([['critical', ['san', 'host']], ['high', ['san', 'host']]]);
  });

  it('offers the mirrored room on recycled servers when some qualify: they become DR hosts first, with no purchase for them', () => {
    // Two servers under warranty to 2028 and 2030, made as large as any catalogue host and lightly used.
    const big = new Set(['SS-SQLE-N03', 'MDC-SIEM-01']);
    const estate = { ...inputs.estate, servers: inputs.estate.servers.map((s) => (big.has(s.id) ? { ...s, cpuCores: 64, corePerf: 1.5, memGb: 1024, cpuUtilP95: 5, memUtilP95: 10 } : s)) };
    const without = evaluate({
      estate, hosts: inputs.hosts, assumptions: inputs.assumptions, corePerformance: inputs.corePerformance,
      scenario: scenarioSchema.parse({ name: 'recycle-check', host: 'PowerEdge R660', hypervisor: 'hyperv' }),
    });
    const d = drOptions({ estate, hosts: inputs.hosts, assumptions: without.assumptions, scenario: without.scenario, minCriticality: 'high', corePerformance: inputs.corePerformance });
    const recycled = d.options.find((o) => o.id === 'host-recycled')!;
    const bought = d.options.find((o) => o.id === 'host')!;
    expect(recycled.recycledHosts.map((r) => r.server).sort()).toEqual([...big].sort());
    expect(recycled.recycledHosts.every((r) => r.host.startsWith('dr-'))).toBe(true);
    // Two R660s fewer bought in year 0, with the 20% VAT an NHS body cannot recover.
    const r660 = inputs.hosts.find((h) => h.model === 'PowerEdge R660')!;
    expect(bought.cost!.capital - recycled.cost!.capital).toBe(Math.round(2 * r660.pricePence * 1.2));
    expect(d.recycling).toBeUndefined();
  });
});
