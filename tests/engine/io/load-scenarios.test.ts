import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../engine/errors.js';
import { loadScenarios } from '../../../engine/io/load-scenarios.js';

describe('loadScenarios', () => {
  it('loads the bundled scenarios with their defaults filled in', async () => {
    const scenarios = await loadScenarios();
    const full = scenarios.find((s) => s.name === 'full-consolidation');
    expect(full).toMatchObject({ scope: 'all', host: 'best-value', hypervisor: 'best-value', baseline: 'sweat', dr: { enabled: false }, overrides: {} });
  });

  it('reports bad fields and duplicate names together, by path', async () => {
    const error = await loadScenarios(join(import.meta.dirname, '../../fixtures/scenarios/bad-scenarios.json')).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message.split('\n')).toEqual([
      'bad-scenarios.json, scenarios[0].hypervisor: expected vmware, hyperv, proxmox or best-value, got "xen"',
      'bad-scenarios.json, scenarios[1].name: duplicate scenario name "Ward" (also scenarios[0]); expected unique names',
    ]);
  });
});
