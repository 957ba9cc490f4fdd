import { beforeAll, describe, expect, it } from 'vitest';
import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import { caseBookSchema, type CaseBook } from '../../../engine/cases/case-definition.js';
import { reproduceCase } from '../../../engine/cases/reproduce-case.js';
import type { Estate } from '../../../engine/estate/estate.js';
import { serverSchema } from '../../../engine/estate/server.js';
import { evaluate } from '../../../engine/evaluate.js';
import { hostModelSchema } from '../../../engine/hosts/host-model.js';
import { loadAssumptions } from '../../../engine/io/load-assumptions.js';
import type { CaseStudy } from '../../../engine/io/load-case-studies.js';
import type { Scenario } from '../../../engine/scenario/scenario.js';

/**
 * Four servers of 8 GB each with 2 GB (25%) in use, onto hosts of 16 GB of which 85% (13.6 GB)
 * is usable, N+1, no growth or page sharing. Memory decides:
 * - in use: 4 x 2 GB = 8 GB fit one host, plus the spare = 2 hosts;
 * - at installed memory: two 8 GB VMs (16 GB) do not fit 13.6 GB, so one a host = 4 + 1 = 5 hosts;
 * - at half the installed memory: three 4 GB VMs (12 GB) fit a host = 2 + 1 = 3 hosts.
 */
const estate: Estate = {
  source: 'four-servers',
  servers: ['A', 'B', 'C', 'D'].map((id) => serverSchema.parse({ id, cpu_cores: 2, cpu_util_p95: 10, core_perf: 1, mem_gb: 8, mem_util_p95: 25, storage_gb: 50, purchase_year: 2005 })),
};
const host = hostModelSchema.parse({
  model: 'Small', vendor: 'Test', sockets: 2, cores_per_socket: 4, core_perf: 1, ram_gb: 16,
  watts_idle: 150, watts_max: 300, rack_units: 1, price_gbp: 4000, annual_support_gbp: 300,
});
const study: CaseStudy = {
  id: 'four-to-five', title: 'Four servers onto five hosts', trust: 'A trust', hostsAfter: 5, reductions: {},
  summary: 'A made-up case.', includes: [], source: 'A test, 2008',
};
const book = (floor: number): CaseBook =>
  caseBookSchema.parse({
    eraYear: 2008,
    tolerance: { hosts: 1, percentagePoints: 10 },
    era: {},
    countingRules: [
      { id: 'installed-memory', label: 'with VMs at installed memory', description: 'P2V default.', overrides: { 'sizing.installedMemoryFloor': floor }, bearsOn: ['hosts'] },
    ],
    cases: [
      {
        id: 'four-to-five', estate: 'four.csv', hosts: 'small.csv', reconstruction: 'Four servers.',
        scenario: { name: 'Four to five', host: 'Small', hypervisor: 'proxmox' },
        explanations: { hosts: 'On memory in use it needs {@modelled}; at installed memory {@installed-memory}, most likely how the trust sized.' },
      },
    ],
  });

let assumptions: AssumptionSet;
beforeAll(async () => {
  assumptions = (await loadAssumptions()).with({ 'growth.annual': 0, 'sizing.memorySharing': 0, 'sizing.minMemGb': 0.5, 'headroom.ram': 0.85, 'ha.spareHosts': 1 }, 'file');
});

const run = (b: CaseBook) => reproduceCase(study, b.cases[0]!, b, (scenario: Scenario) => evaluate({ estate, hosts: [host], assumptions, scenario }));

describe('reproduceCase', () => {
  it('keeps the main figure on the case\'s own assumptions and computes each counting rule beside it, worked by hand', () => {
    const hosts = run(book(1)).figures.find((f) => f.figure === 'hosts')!;
    expect(hosts).toMatchObject({ reported: 5, modelled: 2, difference: -3, within: false });
    expect(hosts.alternatives).toEqual([{ rule: 'installed-memory', label: 'with VMs at installed memory', modelled: 5, difference: 0, within: true }]);
  });

  it('moves the alternative figure when the rule changes, and leaves the main figure alone', () => {
    const hosts = run(book(0.5)).figures.find((f) => f.figure === 'hosts')!;
    expect(hosts.modelled).toBe(2);
    expect(hosts.alternatives[0]).toMatchObject({ modelled: 3, difference: -2, within: false });
  });

  it('quotes the computed figures in the explanation of a figure out of tolerance', () => {
    const hosts = run(book(1)).figures.find((f) => f.figure === 'hosts')!;
    expect(hosts.explanation).toBe('On memory in use it needs 2 hosts; at installed memory 5 hosts, most likely how the trust sized.');
  });

  it('says which host model and baseline each rule ran with', () => {
    expect(run(book(1)).ruleRuns).toEqual([{ rule: 'installed-memory', hostModel: 'Small', baseline: 'sweat' }]);
  });
});
