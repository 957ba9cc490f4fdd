import { describe, expect, it } from 'vitest';
import { runUnsprawl as unsprawl } from './run-unsprawl.js';
import { runPlan } from '../../cli/commands/plan.js';
import { runTco } from '../../cli/commands/tco.js';
import type { Appraisal } from '../../engine/tco/appraisal.js';
import type { OptionComparison } from '../../engine/compare-options.js';
import type { DrOptions } from '../../engine/dr/dr-options.js';
import type { Sensitivity } from '../../engine/sensitivity/analyse-sensitivity.js';

interface TcoJson {
  scenario: { name: string };
  assumptions: { key: string; value: number; origin: string; source: string }[];
  plan: { hostModel: string; hosts: number; lowerBound: number };
  appraisal: Appraisal;
  sensitivity?: Sensitivity;
}

/** Each case starts the CLI, loads the sample trust and plans it: slow on a busy 2-core machine. */
const slow = 180_000;

describe('unsprawl tco', () => {
  it('--json prints the appraisal, the assumptions in force with sources, and the sensitivity', async () => {
    const { code, stdout } = await unsprawl('tco', '--json', '--scenario', 'ward-systems', '--draws', '500', '--set', 'energy.pricePerKwh=0.3');
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as TcoJson;
    expect(r.plan.hosts).toBeGreaterThan(0);
    expect(r.appraisal.hostModel).toBe(r.plan.hostModel);
    expect(r.appraisal.npv).toBe(r.appraisal.cashFlows.reduce((s, c) => s + c.presentValue, 0));
    expect(r.assumptions.find((a) => a.key === 'energy.pricePerKwh')).toMatchObject({ value: 0.3, origin: 'cli' });
    expect(r.assumptions.every((a) => a.source.length > 0)).toBe(true);
    expect(r.sensitivity?.monteCarlo.draws).toBe(500);
    expect(r.sensitivity?.tornado.rows.length).toBeGreaterThan(5);
  }, slow);

  it('prints readable tables: financial years, capital, reconciliation, finance view, NPV with its uncertainty, energy and carbon', async () => {
    const { code, stdout } = await unsprawl('tco', '--scenario', 'ward-systems', '--draws', '300');
    expect(code).toBe(0);
    for (const text of ['Do nothing: the servers the option moves', 'The option', 'Cash flows', 'Present value', 'NPV at 3.5%', 'Payback',
      'Y0 2026/27', 'Capital requirement (CDEL', 'Reconciliation: do nothing to the option', 'Total saving (= the sum of the net cash flows)',
      'Recurring cash-releasing saving, full year', 'Income and expenditure', 'NPV median (Monte Carlo)', 'Chance the NPV is negative',
      'is the best value', 'Energy (kWh, whole estate)', 'Carbon (tCO2e)', 'Rack units', 'Sensitivity: top 5', 'Monte Carlo (300 draws']) {
      expect(stdout).toContain(text);
    }
    expect(stdout).toMatch(/NPV at 3\.5% \(point estimate\)\s+[-−]?£[\d,]+/);
  }, slow);

  it('--compare ranks every host model x hypervisor by NPV, then the recycled-kit option and the DR options over the best', async () => {
    const { code, stdout } = await unsprawl('tco', '--compare', '--json', '--scope', 'service="Ward systems"');
    expect(code).toBe(0);
    const c = JSON.parse(stdout) as OptionComparison & { recycledKit: { shortfall?: string }; drOptions: DrOptions };
    expect(c.drOptions.hostModel).toBe(c.ranked[0]!.hostModel);
    expect(c.drOptions.base.npv).toBe(c.ranked[0]!.npv);
    expect(c.drOptions.options.map((o) => o.id)).toEqual(['san', 'host', 'disk', 'tape']);
    // No Ward systems server is as large as a catalogue host, and the answer says so.
    expect(c.recycledKit.shortfall).toMatch(/^none of the \d+ moved physical servers/);
    expect(c.ranked.length + c.infeasible.length * 3).toBeGreaterThanOrEqual(12);
    expect(new Set(c.ranked.map((o) => o.hypervisor))).toEqual(new Set(['vmware', 'hyperv', 'proxmox']));
    c.ranked.slice(1).forEach((o, i) => expect(o.npv).toBeLessThanOrEqual(c.ranked[i]!.npv));
    expect(c.ranked.map((o) => o.rank)).toEqual(c.ranked.map((_, i) => i + 1));
  }, slow);

  it.each([
    [['--set', 'energy.price=0.3'], 'unknown assumption "energy.price"'],
    [['--set', 'energy.pricePerKwh=-0.1'], 'energy.pricePerKwh: expected a value from 0 to 5 (£/kWh), got -0.1'],
    [['--set', 'discount.rate=150%'], 'discount.rate: expected a value from 0 to 1 (real rate per year), got 1.5'],
    [['--draws', 'lots'], '--draws: expected a whole number from 100 to 100000, got "lots"'],
    [['--draws', '1e9'], '--draws: expected a whole number from 100 to 100000, got "1e9"'],
    [['--draws', '1000000000'], '--draws: expected a whole number from 100 to 100000, got "1000000000"'],
    [['--set', 'horizon.years=500'], 'horizon.years: expected a value from 1 to 15'],
  ])('refuses %j with a clear error naming the key', async (args, message) => {
    const { code, stdout, stderr } = await unsprawl('tco', '--no-sensitivity', ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  }, slow);

  it('--dr-method tape appraises backup to tape in full, with the figures the DR options table shows as its addition', async () => {
    const common = { set: [], host: 'PowerEdge R660', hypervisor: 'hyperv', drFor: 'critical', scope: 'service="Ward systems"', sensitivity: false, draws: '500', seed: '1' };
    const tape = JSON.parse(await runTco({ ...common, drMethod: 'tape', json: true })) as TcoJson;
    const without = JSON.parse(await runTco({ ...common, dr: false, json: true })) as TcoJson;
    const table = JSON.parse(await runPlan({ set: [], host: 'PowerEdge R660', hypervisor: 'hyperv', drFor: 'critical', scope: 'service="Ward systems"', drOptions: true, json: true })) as { drOptions: DrOptions };
    const added = table.drOptions.options.find((o) => o.id === 'tape')!;
    expect(tape.appraisal.npv - without.appraisal.npv).toBe(added.cost!.npv);
    expect(tape.appraisal.finance.capital.requirement - without.appraisal.finance.capital.requirement).toBe(added.cost!.capital);
    expect(tape.appraisal.dr).toMatchObject({ method: 'tape', minCriticality: 'critical', drHosts: 0, rpoHours: added.rpoHours, rtoHours: added.rtoHours, protectedWorkloads: table.drOptions.protectedWorkloads });
    expect(tape.plan.hosts).toBe(without.plan.hosts);
    const text = await runTco({ ...common, drMethod: 'tape' });
    expect(text).toContain('DR for critical systems: backup to tape kept off site');
    expect(text).toMatch(/RPO 24 hours of data lost, RTO 5 days to restore; no DR hosts/);
    expect(text).toContain('Tape libraries');
  }, slow);

  it('has --help with the common flags and examples', async () => {
    const { code, stdout } = await unsprawl('tco', '--help');
    expect(code).toBe(0);
    for (const flag of ['--scope', '--host', '--set', '--json', '--compare', '--draws', 'docs/model.md']) expect(stdout).toContain(flag);
  }, slow);
});

describe('unsprawl tco --retire', () => {
  it('switches off the zombies estate --retire-candidates lists, and shows their saving apart from consolidation', async () => {
    const [off, candidates] = await Promise.all([
      unsprawl('tco', '--json', '--no-sensitivity', '--retire', 'zombie', '--host', 'PowerEdge MX760c'),
      unsprawl('estate', '--retire-candidates', '--json'),
    ]);
    expect(off.code).toBe(0);
    const r = JSON.parse(off.stdout) as TcoJson & { plan: { retired: { workload: string; class: string }[] } };
    const zombies = (JSON.parse(candidates.stdout) as { retirement: { servers: { workload: string; activity: string }[] } }).retirement.servers
      .filter((s) => s.activity === 'zombie').map((s) => s.workload);
    expect(r.plan.retired.map((x) => x.workload)).toEqual(zombies);
    const { switchOff, consolidation } = r.appraisal.savingSources;
    expect(switchOff.servers).toBe(20);
    expect(switchOff.npv).toBeGreaterThan(0);
    expect(switchOff.npv + consolidation.npv).toBe(r.appraisal.npv);
    expect(switchOff.saving.saving + consolidation.saving.saving).toBe(r.appraisal.savings.totalCostOfOwnership.saving);
    expect(r.appraisal.lines.find((l) => l.id === 'option.switchOffDecommissioning')?.total).toBe(20 * 400 * 100);
  }, slow);

  it('refuses an unknown --retire value, saying what it expected', async () => {
    const { code, stderr } = await unsprawl('tco', '--retire', 'sometimes');
    expect(code).not.toBe(0);
    expect(stderr).toContain('--retire: expected none, zombie or idle, got "sometimes"');
  });
});

describe('tco on an estate that is already virtual', () => {
  it('--compare labels refreshing hosts on VMware and re-platforming, against keeping today\'s hosts and licences', async () => {
    const { code, stdout } = await unsprawl('tco', '--compare', '--estate', 'sample:virtual', '--json');
    expect(code).toBe(0);
    const c = JSON.parse(stdout) as OptionComparison;
    expect(c.current).toMatch(/^VMware on \d+ hosts in \d+ clusters$/);
    expect(new Set(c.ranked.map((o) => o.path))).toEqual(new Set(['refresh hosts', 're-platform']));
    for (const o of c.ranked) expect(o.path).toBe(o.hypervisor === 'vmware' ? 'refresh hosts' : 're-platform');
    c.ranked.slice(1).forEach((o, i) => expect(o.npv).toBeLessThanOrEqual(c.ranked[i]!.npv));
  }, slow);

  it("counts today's hosts and the VMware subscription in doing nothing", async () => {
    const { code, stdout } = await unsprawl('tco', '--estate', 'sample:virtual', '--no-sensitivity', '--json');
    expect(code).toBe(0);
    const { appraisal } = JSON.parse(stdout) as { appraisal: { lines: { id: string; total: number }[]; inventory: { before: { physicalServers: number } } } };
    const total = (item: string) => appraisal.lines.filter((l) => l.id.endsWith(`.${item}`)).reduce((s, l) => s + l.total, 0);
    for (const item of ['hostSupport', 'hostEnergy', 'currentHypervisor', 'hostRefresh']) expect(total(item), item).toBeGreaterThan(0);
    expect(appraisal.inventory.before.physicalServers).toBeGreaterThanOrEqual(14);
  }, slow);
});
