import type { Estate } from './estate/estate.js';
import type { Evaluation } from './evaluate.js';
import type { HostModel } from './hosts/host-model.js';
import { organisationFigures, type OrganisationFigures } from './tco/organisation-figures.js';
import { splitByOrganisation, type OrganisationShare } from './tco/split-by-organisation.js';

export interface FiguresByOrganisation {
  /** Every line of the appraisal split by organisation (what `tco --json` lists as `organisations`). */
  shares: OrganisationShare[];
  /** Capital, recurring saving, NPV and energy per organisation, adding up to the headline. */
  figures: OrganisationFigures;
}

/**
 * Each organisation's part of an evaluation when the estate names organisations (an integrated
 * care system's trusts); undefined when it names none, so front ends show the split only where
 * it means something. The CLI, chat and the board paper all call this, so they quote the same rows.
 *
 * @example figuresByOrganisation({ estate, hosts, evaluation: evaluate({ estate, hosts, assumptions, scenario }) })?.figures.rows
 */
export function figuresByOrganisation(input: { estate: Estate; hosts: readonly HostModel[]; evaluation: Evaluation }): FiguresByOrganisation | undefined {
  const { estate, hosts, evaluation } = input;
  if (!estate.servers.some((s) => s.organisation !== undefined)) return undefined;
  const shares = splitByOrganisation({ estate, hosts, assumptions: evaluation.assumptions, scenario: evaluation.scenario, plan: evaluation.plan, appraisal: evaluation.appraisal });
  return { shares, figures: organisationFigures(evaluation.appraisal, shares, evaluation.assumptions) };
}
