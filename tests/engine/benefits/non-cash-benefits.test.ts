import { beforeAll, describe, expect, it } from 'vitest';
import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import { nonCashBenefits, type NonCashBenefit } from '../../../engine/benefits/non-cash-benefits.js';
import type { Plan } from '../../../engine/plan/plan.js';
import { tenServerAssumptions, tenServerEstate, tenServerPlan } from '../tco/ten-server-case.js';

let assumptions: AssumptionSet;
beforeAll(async () => {
  assumptions = await tenServerAssumptions();
});
const figures = (benefits: NonCashBenefit[]) => Object.fromEntries(benefits.map((b) => [b.benefit, [b.baseline, b.target]]));

describe('non-cash benefits of a plan', () => {
  it('eight physical servers onto a cluster with a spare: 20 -> 1 days to provision, 8 x 4 = 32 -> 0 hours of planned downtime, 24 -> 0.25 hours to recover', () => {
    expect(figures(nonCashBenefits(tenServerEstate, tenServerPlan, assumptions))).toEqual({
      provisioningTime: [20, 1],
      plannedDowntime: [32, 0],
      recoveryTime: [24, 0.25],
    });
  });

  it('claims no downtime or recovery benefit without a spare host to move to', () => {
    const noSpare: Plan = { ...tenServerPlan, clusters: tenServerPlan.clusters.map((c) => ({ ...c, spareHosts: 0 })) };
    expect(figures(nonCashBenefits(tenServerEstate, noSpare, assumptions))).toMatchObject({ plannedDowntime: [32, 32], recoveryTime: [24, 24] });
  });

  it('adds recovery from losing the room, from none to the DR recovery time, when the plan replicates systems to a DR site', () => {
    const withDr: Plan = {
      ...tenServerPlan,
      hostDetails: [...tenServerPlan.hostDetails, { id: 'dr-01', cluster: 'dr', site: 'DR', role: 'dr', workloads: ['S01', 'S02'], utilisation: { cpu: 0.1, ram: 0.1, storage: 0, vcpu: 0.1 } }],
    };
    const site = nonCashBenefits(tenServerEstate, withDr, assumptions.with({ 'benefits.recoveryHoursDr': 2 }, 'cli')).find((b) => b.benefit === 'siteRecoveryTime');
    expect(site).toMatchObject({ baseline: null, target: 2, measure: 'Hours to restart the 2 replicated systems at the DR site (today: no second site)' });
  });
});
