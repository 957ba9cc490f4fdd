import { describe, expect, it } from 'vitest';
import { applyScenarioChoices } from '../../../engine/scenario/apply-scenario-choices.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';

const base = scenarioSchema.parse({
  name: 'full-consolidation',
  separateSites: true,
  hypervisor: 'hyperv',
  dr: { enabled: false, minCriticality: 'high', site: 'Second site' },
  overrides: { 'growth.annual': 0.02 },
});

describe('one rule for scenario choices from CLI flags and chat', () => {
  it('a scope keeps the scenario\'s site clustering, hypervisor and overrides', () => {
    const chosen = applyScenarioChoices(base, { scope: 'criticality>=critical', description: 'critical systems' });
    expect(chosen).toEqual({ ...base, scope: 'criticality>=critical', description: 'critical systems' });
  });

  it('DR switched on keeps the scenario\'s DR site and level unless they are chosen too', () => {
    expect(applyScenarioChoices(base, { dr: { enabled: true } }).dr).toEqual({ enabled: true, minCriticality: 'high', site: 'Second site' });
    expect(applyScenarioChoices(base, { dr: { enabled: true, minCriticality: 'critical' } }).dr.minCriticality).toBe('critical');
  });

  it("DR switched on or off by a choice keeps the scenario's DR method unless one is chosen", () => {
    const san = { ...base, dr: { ...base.dr, method: 'san' as const } };
    expect(applyScenarioChoices(san, { dr: { enabled: true, minCriticality: 'critical' } }).dr).toEqual({ enabled: true, minCriticality: 'critical', site: 'Second site', method: 'san' });
    expect(applyScenarioChoices(san, { dr: { enabled: false } }).dr.method).toBe('san');
    expect(applyScenarioChoices(san, { dr: { enabled: true, method: 'tape' } }).dr.method).toBe('tape');
  });

  it('reads a scenario written with dr.replication (before backups could be chosen) as dr.method', () => {
    expect(scenarioSchema.parse({ name: 'old', dr: { enabled: true, replication: 'san' } }).dr).toEqual({ enabled: true, minCriticality: 'high', method: 'san' });
    expect(scenarioSchema.parse({ name: 'both', dr: { enabled: true, replication: 'san', method: 'tape' } }).dr.method).toBe('tape');
    expect(() => scenarioSchema.parse({ name: 'bad', dr: { enabled: true, method: 'cloud' } })).toThrow('expected host, san, disk or tape');
  });

  it('mixing organisations and naming the data centres are kept, and absent they stay the scenario\'s', () => {
    const shared = applyScenarioChoices(base, { mixOrganisations: true, dataCentres: ['Castle Hill DC'] });
    expect(shared).toMatchObject({ mixOrganisations: true, dataCentres: ['Castle Hill DC'] });
    expect(applyScenarioChoices(shared, {})).toEqual(shared);
    expect(applyScenarioChoices(base, {}).mixOrganisations).toBeUndefined();
  });

  it('overrides add to the scenario\'s own and win over them', () => {
    expect(applyScenarioChoices(base, { overrides: { 'growth.annual': 0.05, 'horizon.years': 7 } }).overrides).toEqual({ 'growth.annual': 0.05, 'horizon.years': 7 });
  });
});
