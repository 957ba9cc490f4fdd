import { formatMoneyShort, formatNumber, formatPercent } from '../format/numbers.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { CaseFigures } from './case-figures.js';
import type { bafThemes } from './paper-details.js';

/** One project risk, scored 1-5 for likelihood and impact before and after mitigation. */
export interface ProjectRisk {
  id: string;
  description: string;
  owner: string;
  likelihood: number;
  impact: number;
  mitigation: string;
  residualLikelihood: number;
  residualImpact: number;
  /** The BAF reference(s) of the theme this risk escalates to, or "—" when the trust set none. */
  baf: string;
}

/** "3 × 4 = 12". */
export function riskScore(likelihood: number, impact: number): string {
  return `${likelihood} × ${impact} = ${likelihood * impact}`;
}

/**
 * The project risk register: owners are roles (the trust names people in its own register),
 * scores on the usual 5 × 5 matrix, each linked to the board assurance framework by theme.
 * Highest inherent score first, so the cover paper's top risks are the first rows.
 */
export function riskRegister(input: BusinessCaseInput, f: CaseFigures): ProjectRisk[] {
  const baf = (theme: (typeof bafThemes)[number]) => input.details.bafRisks?.filter((b) => b.theme === theme).map((b) => b.ref).join(', ') || '—';
  const sro = input.details.seniorResponsibleOwner ?? 'Senior responsible owner';
  const risks: Omit<ProjectRisk, 'id'>[] = [
    {
      description: 'A migration disrupts a clinical service.',
      owner: 'Head of IT Infrastructure',
      likelihood: 3,
      impact: 5,
      mitigation: 'Least critical systems first; tested rollback for every server; cut-overs agreed with clinical leads, out of hours.',
      residualLikelihood: 2,
      residualImpact: 4,
      baf: baf('infrastructure'),
    },
    f.drEnabled
      ? {
          description: 'Loss of the main data centre before the recovery site is proven.',
          owner: sro,
          likelihood: 2,
          impact: 5,
          mitigation: 'Build and test the recovery cluster before wave 3; a site recovery test each year.',
          residualLikelihood: 1,
          residualImpact: 4,
          baf: baf('infrastructure'),
        }
      : {
          description: 'Loss of the main data centre (fire, flood, ransomware on the hosts): this option has no recovery site.',
          owner: sro,
          likelihood: 2,
          impact: 5,
          mitigation: 'Backups kept off the cluster and tested; the recovery site (option 4) to be decided by the board; interim restore plans for critical systems.',
          residualLikelihood: 2,
          residualImpact: 5,
          baf: baf('infrastructure'),
        },
    {
      description: 'A cyber attack reaches the consolidated platform, where many services share hosts.',
      owner: 'Head of Cyber Security',
      likelihood: 3,
      impact: 5,
      mitigation: 'Management network separated, multi-factor administration, patching to the DSPT standard, immutable backup copies.',
      residualLikelihood: 2,
      residualImpact: 4,
      baf: baf('cyber'),
    },
    {
      description: 'Costs exceed the estimate.',
      owner: 'Director of Finance',
      likelihood: 3,
      impact: 3,
      mitigation: `${formatPercent(f.optimismBiasRate)} optimism bias (${formatMoneyShort(f.optimismBias)}) held as contingency; fixed-price quotes before contract award.`,
      residualLikelihood: 2,
      residualImpact: 3,
      baf: baf('finance'),
    },
    {
      description: 'Licence prices rise at renewal.',
      owner: 'Head of IT Procurement',
      likelihood: 3,
      impact: 3,
      mitigation: 'Prices fixed for the appraisal period where the framework allows; the sensitivity analysis shows the NPV at the high end of the range.',
      residualLikelihood: 2,
      residualImpact: 3,
      baf: baf('finance'),
    },
    {
      description: 'A supplier does not support its application on a virtual machine.',
      owner: 'Head of IT Infrastructure',
      likelihood: 2,
      impact: 3,
      mitigation: `Support statements confirmed during design; ${formatNumber(f.unplaced)} servers already stay physical for known reasons.`,
      residualLikelihood: 1,
      residualImpact: 3,
      baf: baf('infrastructure'),
    },
    {
      description: 'Team capacity and skills for the migration months.',
      owner: 'Head of IT Infrastructure',
      likelihood: 3,
      impact: 2,
      mitigation: 'Training in the costs; supplier professional services for the build; backfill for peak months.',
      residualLikelihood: 2,
      residualImpact: 2,
      baf: baf('infrastructure'),
    },
  ];
  return risks
    .map((r, i) => ({ ...r, order: i }))
    .sort((a, b) => b.likelihood * b.impact - a.likelihood * a.impact || a.order - b.order)
    .map(({ order: _order, ...r }, i) => ({ id: `R${i + 1}`, ...r }));
}
