import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../engine/evaluate.js';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';

let inputs: Inputs;
beforeAll(async () => {
  inputs = await loadInputs();
});

/** A random scope over the sample trust's own values: some services, maybe a site, maybe a criticality floor. */
function scopeArbitrary(services: string[], sites: string[]) {
  return fc
    .record({
      services: fc.subarray(services, { minLength: 1, maxLength: 4 }),
      site: fc.option(fc.constantFrom(...sites), { nil: undefined }),
      critical: fc.boolean(),
    })
    .map(({ services: chosen, site, critical }) =>
      [`service=${chosen.map((s) => JSON.stringify(s)).join(',')}`, site ? `site=${JSON.stringify(site)}` : '', critical ? 'criticality>=high' : '']
        .filter((p) => p !== '')
        .join('; '));
}

describe('doing nothing', () => {
  it('costs the same, year by year, whatever the scope of the option it is compared with', () => {
    const { estate, hosts, assumptions, corePerformance } = inputs;
    const whole = evaluate({ estate, hosts, assumptions, corePerformance, scenario: scenarioSchema.parse({ name: 'all', host: 'PowerEdge R760', hypervisor: 'hyperv' }) });
    const services = [...new Set(estate.servers.map((s) => s.service))].sort();
    const sites = [...new Set(estate.servers.map((s) => s.site))].sort();
    fc.assert(
      fc.property(scopeArbitrary(services, sites), (scope) => {
        const scenario = scenarioSchema.parse({ name: 'scoped', scope, host: 'PowerEdge R760', hypervisor: 'hyperv' });
        let scoped;
        try {
          scoped = evaluate({ estate, hosts, assumptions, corePerformance, scenario });
        } catch {
          return; // a scope that selects nothing cannot be planned; nothing to compare
        }
        expect(scoped.appraisal.doNothing.total).toEqual(whole.appraisal.doNothing.total);
        expect(scoped.appraisal.energyChange.beforeKwh).toBeCloseTo(whole.appraisal.energyChange.beforeKwh, 6);
      }),
      { numRuns: 25, seed: 20261204 },
    );
  });
});
