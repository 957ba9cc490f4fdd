import { describe, expect, it } from 'vitest';
import type { Estate } from '../../../engine/estate/estate.js';
import { assessMaturity, type MaturityScore } from '../../../engine/maturity/assess-maturity.js';
import type { Plan } from '../../../engine/plan/plan.js';
import { tenServerEstate, tenServerPlan } from '../tco/ten-server-case.js';

const levels = (scores: MaturityScore[], when: 'before' | 'after') => Object.fromEntries(scores.map((s) => [s.capability, s[when]?.level]));

describe('the NIMM maturity view of a small estate', () => {
  // Ten physical servers, none virtual or measured; the plan moves eight onto one host plus an N+1 spare.
  const scores = assessMaturity(tenServerEstate, tenServerPlan);

  it('scores today: nothing virtual, no failover, one workload per box, no measured use: level 1 throughout', () => {
    expect(levels(scores, 'before')).toEqual({
      serverVirtualisation: 1, storageVirtualisation: 1, itServiceContinuity: 1, powerAndCooling: 1, capacityManagement: 1,
    });
  });

  it('scores the plan: 80% virtual and of storage (level 4), 8 of 10 systems on a cluster with a spare (2), 10 workloads on 4 boxes (2.5: level 2), a sized plan (+1)', () => {
    expect(levels(scores, 'after')).toEqual({
      serverVirtualisation: 4, storageVirtualisation: 4, itServiceContinuity: 2, powerAndCooling: 2, capacityManagement: 2,
    });
    expect(scores.find((s) => s.capability === 'powerAndCooling')?.after?.evidence).toBe('2.5 workloads per powered server or host (4 boxes)');
  });

  it('raises IT service continuity to 4 when every critical and high system is replicated to a DR site', () => {
    const critical = new Set(['S01', 'S02']);
    const estate: Estate = { ...tenServerEstate, servers: tenServerEstate.servers.map((s) => (critical.has(s.id) ? { ...s, criticality: 'critical' } : s)) };
    const withDr: Plan = {
      ...tenServerPlan,
      hosts: 3,
      clusters: [...tenServerPlan.clusters, { name: 'dr', site: 'DR', purpose: 'dr', activeHosts: 1, spareHosts: 0, lowerBound: 1 }],
      hostDetails: [
        ...tenServerPlan.hostDetails,
        { id: 'dr-01', cluster: 'dr', site: 'DR', role: 'dr', workloads: ['S01', 'S02'], utilisation: { cpu: 0.1, ram: 0.1, storage: 0, vcpu: 0.1 } },
      ],
    };
    const continuity = assessMaturity(estate, withDr).find((s) => s.capability === 'itServiceContinuity')!;
    expect(continuity.before.level).toBe(1);
    expect(continuity.after).toEqual({ level: 4, evidence: 'all critical and high systems replicated to a second site' });
    // A replica on a DR host does not move its workload off the primary cluster's spare host.
    const server = (plan: Plan) => assessMaturity(estate, plan).find((s) => s.capability === 'serverVirtualisation')!.after;
    expect(server(withDr)).toEqual(server(tenServerPlan));
  });

  it('gives only today\'s scores without a plan', () => {
    expect(assessMaturity(tenServerEstate).every((s) => s.after === undefined)).toBe(true);
  });
});
