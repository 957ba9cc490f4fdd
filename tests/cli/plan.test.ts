import { describe, expect, it } from 'vitest';
import { runUnsprawl as unsprawl } from './run-unsprawl.js';
import { runPlan } from '../../cli/commands/plan.js';
import type { DrOptions } from '../../engine/dr/dr-options.js';
import { evaluationDrOptions } from '../../engine/dr/evaluation-dr-options.js';
import { evaluate } from '../../engine/evaluate.js';
import { loadInputs } from '../../engine/io/load-inputs.js';
import { applyScenarioChoices } from '../../engine/scenario/apply-scenario-choices.js';
import { defaultScenario } from '../../engine/scenario/default-scenario.js';

interface PlanJson {
  hostModel: string;
  hosts: number;
  lowerBound: number;
  inScope: number;
  placements: { workload: string; host: string }[];
  unplaced: { workload: string; reason: string }[];
  clusters: { name: string; activeHosts: number; spareHosts: number; lowerBound: number }[];
  hostDetails: { id: string }[];
}

describe('unsprawl plan', { timeout: 120_000 }, () => {
  it('prints the DESIGN.md JSON contract for the sample trust', async () => {
    const { code, stdout } = await unsprawl('plan', '--json');
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as PlanJson;
    expect(plan.hosts).toBe(plan.hostDetails.length);
    expect(plan.hosts).toBeGreaterThanOrEqual(plan.lowerBound);
    expect(plan.placements.length + plan.unplaced.length).toBe(plan.inScope);
    expect(plan.unplaced.every((u) => u.reason.length > 0)).toBe(true);
    const hostIds = new Set(plan.hostDetails.map((h) => h.id));
    expect(plan.placements.every((p) => hostIds.has(p.host))).toBe(true);
    expect(plan.clusters.reduce((s, c) => s + c.activeHosts + c.spareHosts, 0)).toBe(plan.hosts);
  });

  it('scores the five NIMM capabilities today and with the plan, in the table and the JSON', async () => {
    const json = JSON.parse(await runPlan({ set: [], json: true, host: 'PowerEdge R660', hypervisor: 'hyperv' })) as { maturity: { capability: string; before: { level: number }; after: { level: number } }[] };
    expect(json.maturity.map((m) => m.capability)).toEqual(['serverVirtualisation', 'storageVirtualisation', 'itServiceContinuity', 'powerAndCooling', 'capacityManagement']);
    for (const m of json.maturity) expect(m.after.level).toBeGreaterThanOrEqual(m.before.level);
    const text = await runPlan({ set: [], host: 'PowerEdge R660', hypervisor: 'hyperv' });
    expect(text).toMatch(/Maturity \(NHS Infrastructure Maturity Model/);
    expect(text).toMatch(/^Server virtualisation\s+\d\s+\d/m);
  });

  it('plans a scope on a named host with --set overrides, readable by default', async () => {
    const text = await runPlan({ scope: 'service="Ward systems"', host: 'poweredge r660', set: ['ha.spareHosts=2'] });
    expect(text).toMatch(/^Plan: full-consolidation - \d+ x PowerEdge R660/);
    expect(text).toMatch(/Scope: service="Ward systems" - 24 servers/);
    expect(text).toMatch(/Lower bound: \d+ hosts/);
    expect(text).toMatch(/What goes where:\n {2}main-dc-01: /);
    expect(text).toMatch(/main-dc-\d+ +spare/);
    const json = JSON.parse(await runPlan({ scope: 'service="Ward systems"', host: 'PowerEdge R660', set: ['ha.spareHosts=2'], json: true })) as PlanJson;
    expect(json.clusters.every((c) => c.spareHosts === 2)).toBe(true);
  });

  it('--dr-options costs each way of recovering the critical systems over the option without DR, with RPO, RTO and the tiers each meets', async () => {
    const args = ['plan', '--dr-options', '--dr-for', 'critical', '--scope', 'service="Ward systems"'];
    const text = await unsprawl(...args);
    expect(text.code).toBe(0);
    for (const line of ['DR options for critical systems', 'Mirrored room, SAN-to-SAN replication', 'Mirrored room, host-based replication', 'Backup to disk at a second site', 'Backup to tape, off site', 'RPO (data lost)', 'Critical (']) {
      expect(text.stdout).toContain(line);
    }
    const json = JSON.parse((await unsprawl(...args, '--json')).stdout) as { drOptions: DrOptions };
    const inputs = await loadInputs();
    const withoutDr = evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, corePerformance: inputs.corePerformance, scenario: applyScenarioChoices(defaultScenario(inputs.scenarios), { scope: 'service="Ward systems"' }) });
    expect(json.drOptions.options.map((o) => o.cost?.npv)).toEqual(evaluationDrOptions(withoutDr, inputs, 'critical').options.map((o) => o.cost?.npv));
  });

  it('ranks every host model with --rank', async () => {
    const text = await runPlan({ set: [], rank: true });
    expect(text.split('\n').filter((l) => /PowerEdge|ProLiant|ThinkSystem|Synergy/.test(l))).toHaveLength(7);
    expect(text).toMatch(/Capital \+ support/);
    expect(text).toMatch(/ranking by NPV.*unsprawl tco --compare/);
  });

  it('exits 2 with the catalogue listed for an unknown host model', async () => {
    const { code, stderr } = await unsprawl('plan', '--host', 'PowerEdge R999');
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown host model "PowerEdge R999"; the catalogue has: PowerEdge R660/);
  });
});
