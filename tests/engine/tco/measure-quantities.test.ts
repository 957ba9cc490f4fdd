import { beforeAll, describe, expect, it } from 'vitest';
import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import type { Estate } from '../../../engine/estate/estate.js';
import type { Plan } from '../../../engine/plan/plan.js';
import type { ResolvedScenario } from '../../../engine/scenario/scenario.js';
import { measureQuantities } from '../../../engine/tco/measure-quantities.js';
import { tenServerAssumptions, tenServerEstate, tenServerPlan, tenServerScenario } from './ten-server-case.js';

let assumptions: AssumptionSet;
beforeAll(async () => {
  assumptions = await tenServerAssumptions();
});

/** The same plan or estate as a new object, so nothing measured of the original can be reused. */
const afresh = <T extends Plan | Estate>(value: T): T => structuredClone(value);

describe('measureQuantities of one plan and estate measured again', () => {
  it('gives each hypervisor, assumption set, baseline and recycling choice what measuring afresh gives', () => {
    const plan = afresh(tenServerPlan);
    const cases: { scenario: ResolvedScenario; assumptions: AssumptionSet }[] = [
      { scenario: tenServerScenario, assumptions },
      { scenario: { ...tenServerScenario, hypervisor: 'vmware' }, assumptions },
      { scenario: { ...tenServerScenario, hypervisor: 'hyperv', name: 'renamed' }, assumptions },
      { scenario: tenServerScenario, assumptions: assumptions.with({ 'support.warrantyYears': 3, 'horizon.years': 2 }, 'cli') },
      { scenario: { ...tenServerScenario, baseline: tenServerScenario.baseline === 'sweat' ? 'refresh' : 'sweat' }, assumptions },
      { scenario: { ...tenServerScenario, recycle: true }, assumptions },
    ];
    const measured = cases.map((c) => measureQuantities({ estate: tenServerEstate, plan, ...c }));
    cases.forEach((c, k) => expect(measured[k]).toEqual(measureQuantities({ estate: afresh(tenServerEstate), plan: afresh(plan), ...c })));
    expect(measured[1]!.option.hypervisor).toBe('vmware');
    expect(measured[3]!.horizonYears).toBe(2);
    expect(measured[4]!.baselineCase).not.toBe(measured[0]!.baselineCase);
  });
});
