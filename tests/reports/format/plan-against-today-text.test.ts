import { beforeAll, describe, expect, it } from 'vitest';
import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import type { Estate } from '../../../engine/estate/estate.js';
import { hostInUseSchema } from '../../../engine/estate/host-in-use.js';
import { serverSchema, type ServerRow } from '../../../engine/estate/server.js';
import { hostModelSchema } from '../../../engine/hosts/host-model.js';
import { loadAssumptions } from '../../../engine/io/load-assumptions.js';
import { planScenario } from '../../../engine/placement/plan-scenario.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';
import { planAgainstTodayText } from '../../../reports/format/plan-against-today-text.js';

const hostModel = hostModelSchema.parse({
  model: 'Test 2x16', vendor: 'Test', sockets: 2, cores_per_socket: 16, core_perf: 1, ram_gb: 256,
  watts_idle: 150, watts_max: 600, rack_units: 1, price_gbp: 15000, annual_support_gbp: 800,
});
const todayHosts = ['esx-a', 'esx-b'].map((id) => hostInUseSchema.parse({ id, cluster: 'CL-1', sockets: 2, cores_per_socket: 16, ram_gb: 256 }));

/** Ten 8-vCPU, 32 GB VMs on two hosts today; `use` adds a reading for each. */
function estate(use: Partial<ServerRow>): Estate {
  const servers = Array.from({ length: 10 }, (_, i) =>
    serverSchema.parse({ id: `VM-${i}`, kind: 'virtual', cpu_cores: 8, mem_gb: 32, core_perf: 1, host: todayHosts[i % 2]!.id, cluster: 'CL-1', ...use }));
  return { servers, hosts: todayHosts, source: 'test' };
}

let assumptions: AssumptionSet;
beforeAll(async () => {
  assumptions = (await loadAssumptions()).with({ 'growth.annual': 0 }, 'cli');
});

const plan = (e: Estate) => planScenario({ estate: e, hosts: [hostModel], assumptions, scenario: scenarioSchema.parse({ name: 'all', host: 'Test 2x16' }) });

describe('planAgainstTodayText', () => {
  it('sets the plan against today and names allocation sizing as the reason for a much larger plan', () => {
    const lines = planAgainstTodayText(plan(estate({})), assumptions);
    expect(lines[0]).toBe('Sized: 10 from their full allocation (no use measured).');
    // 80 vCPU-cores of demand at 75% of 32 cores needs 4 hosts, plus 1 spare.
    expect(lines[1]).toBe('You run on 2 hosts in 1 cluster today (64 cores, 512 GB); this plan needs 5 (160 cores, 1,280 GB).');
    expect(lines[2]).toMatch(/^More hosts than today because 10 of 10 servers have no measured use and are sized at their full allocation \(100% of the demand\)/);
  });

  it('says which signal sized the plan and does not explain a plan close to today', () => {
    const lines = planAgainstTodayText(plan(estate({ cpu_util_p95: 20, mem_util_p95: 50, usage_basis: 'snapshot' })), assumptions);
    expect(lines).toEqual([
      'Sized: 10 from use at one instant (an RVTools export) x 1.3 margin.',
      'You run on 2 hosts in 1 cluster today (64 cores, 512 GB); this plan needs 2 (64 cores, 512 GB).',
    ]);
  });
});
