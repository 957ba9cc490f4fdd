import type { Estate } from '../../../engine/estate/estate.js';
import { evaluate } from '../../../engine/evaluate.js';
import { figuresByOrganisation } from '../../../engine/figures-by-organisation.js';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { approvedPlanSchema } from '../../../engine/summary/approved-plan.js';
import { isVirtualisationHost } from '../../../engine/summary/is-virtualisation-host.js';
import type { EvaluatedSnapshot } from '../../../engine/summary/month-figures.js';

export const northfield = 'Northfield Hospitals NHS Trust';
export const southmead = 'Southmead Community Health NHS Trust';
export const westbrook = 'Westbrook Mental Health NHS Trust';

/**
 * The approved programme for the three trusts of sample:ics, split by trust (file form, pounds).
 * May: Northfield 6 and Westbrook 2; June: Northfield 9, Westbrook 4 and Southmead 2.
 */
export const icsPlanJson = {
  name: 'ICS shared hosting, phase 1',
  approvedBy: 'ICS Digital Board',
  approvedOn: '2026-04-20',
  reference: 'Full business case: shared hosting for three trusts',
  scenario: 'full-consolidation',
  baselineMonth: '2026-04',
  months: [
    {
      month: '2026-05', serversOff: 8, forecastAnnualSavingGbp: 20000,
      organisations: [
        { organisation: northfield, serversOff: 6, forecastAnnualSavingGbp: 15000.5 },
        { organisation: westbrook, serversOff: 2, forecastAnnualSavingGbp: 4999.5 },
      ],
    },
    {
      month: '2026-06', serversOff: 15, forecastAnnualSavingGbp: 40000,
      organisations: [
        { organisation: northfield, serversOff: 9, forecastAnnualSavingGbp: 25000 },
        { organisation: southmead, serversOff: 2, forecastAnnualSavingGbp: 5000 },
        { organisation: westbrook, serversOff: 4, forecastAnnualSavingGbp: 10000 },
      ],
    },
  ],
};

/** Physical servers switched off in each month, by trust: Southmead switches nothing off. */
export interface IcsSwitchOffs {
  retired: Record<string, string[]>;
  virtualised: Record<string, string[]>;
}

/**
 * Three monthly snapshots of sample:ics (April = the estate as bundled, the plan's baseline): in
 * May Northfield retires 4 physical servers and virtualises 3 and Westbrook retires 2; in June
 * Northfield retires 2 and Westbrook virtualises 3. Southmead is untouched.
 */
export async function icsHistory() {
  const inputs = await loadInputs({ estate: 'sample:ics' });
  const candidates = (organisation: string) =>
    inputs.estate.servers.filter((s) => s.organisation === organisation && s.kind === 'physical' && !isVirtualisationHost(s)).map((s) => s.id).sort();
  const north = candidates(northfield);
  const west = candidates(westbrook);
  const months: Record<string, IcsSwitchOffs> = {
    '2026-05': { retired: { [northfield]: north.slice(0, 4), [westbrook]: west.slice(0, 2) }, virtualised: { [northfield]: north.slice(4, 7) } },
    '2026-06': { retired: { [northfield]: north.slice(7, 9) }, virtualised: { [westbrook]: west.slice(2, 5) } },
  };
  const next = (estate: Estate, asOf: string, change: IcsSwitchOffs): Estate => {
    const retired = new Set(Object.values(change.retired).flat());
    const virtualised = new Set(Object.values(change.virtualised).flat());
    return {
      ...estate,
      asOf,
      servers: estate.servers.filter((s) => !retired.has(s.id)).map((s) => (virtualised.has(s.id) ? { ...s, kind: 'virtual' as const } : s)),
    };
  };
  const april: Estate = { ...inputs.estate, asOf: '2026-04-30' };
  const may = next(april, '2026-05-29', months['2026-05']!);
  const june = next(may, '2026-06-30', months['2026-06']!);
  const snapshots = [
    { month: '2026-04', asOf: '2026-04-30', estate: april },
    { month: '2026-05', asOf: '2026-05-29', estate: may },
    { month: '2026-06', asOf: '2026-06-30', estate: june },
  ];
  const scenario = inputs.scenarios.find((s) => s.name === 'full-consolidation')!;
  return { inputs, scenario, snapshots, months, plan: approvedPlanSchema.parse(icsPlanJson) };
}

/** The history evaluated as summariseMonth does it: evaluate() and figuresByOrganisation for each snapshot. */
export async function evaluatedIcsHistory() {
  const history = await icsHistory();
  const { inputs, scenario } = history;
  const snapshots: EvaluatedSnapshot[] = history.snapshots.map((s) => {
    const evaluation = evaluate({ estate: s.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario, corePerformance: inputs.corePerformance });
    return { ...s, evaluation, organisations: figuresByOrganisation({ estate: s.estate, hosts: inputs.hosts, evaluation })! };
  });
  return { ...history, evaluated: snapshots };
}
