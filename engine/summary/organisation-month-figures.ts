import type { FiguresByOrganisation } from '../figures-by-organisation.js';
import type { Estate } from '../estate/estate.js';
import { organisationName } from '../estate/organisation-name.js';
import { summariseEstate } from '../estate/summarise-estate.js';
import type { Pence } from '../money.js';
import type { Appraisal } from '../tco/appraisal.js';

/** One organisation's figures in one snapshot: its servers and its part of the do-nothing year 1. */
export interface OrganisationMonthFigures {
  /** The estate's `organisation`, or "Unassigned" for servers without one (as splitByOrganisation names them). */
  organisation: string;
  servers: { total: number; physical: number; virtual: number };
  outOfWarranty: number;
  /** Its part of the estate's do-nothing server energy, year 1, whole kWh (figuresByOrganisation's rows). */
  energyKwhPerYear: number;
  /** Its part of the do-nothing energy cost lines, year 1. */
  energyCostPencePerYear: Pence;
  /** Its part of the do-nothing running costs, year 1: the month's running cost, split. */
  runningCostPencePerYear: Pence;
}

/**
 * Each organisation's figures for a snapshot, from the same split every other front end quotes
 * (figuresByOrganisation): energy is its settled whole-kWh row, and costs are its parts of the
 * appraisal's lines, which splitByOrganisation apportions to the penny. So the rows add up exactly
 * to the month's running cost and to its energy rounded to the kWh.
 *
 * @example organisationMonthFigures(estate, '2026-10-30', evaluation.appraisal, figuresByOrganisation({ estate, hosts, evaluation })!)
 */
export function organisationMonthFigures(estate: Estate, asOf: string, appraisal: Appraisal, split: FiguresByOrganisation): OrganisationMonthFigures[] {
  const year1 = (organisation: string, pick: (line: Appraisal['lines'][number]) => boolean) => {
    const share = split.shares.find((s) => s.organisation === organisation);
    if (!share) return 0;
    return appraisal.lines.reduce((sum, line, i) => {
      const part = share.lines[i];
      if (part?.id !== line.id) throw new RangeError(`organisationMonthFigures: ${organisation} has no part of line ${line.id}; split the same appraisal`);
      return pick(line) ? sum + (part.byYear[1] ?? 0) : sum;
    }, 0);
  };
  const doNothing = (line: Appraisal['lines'][number]) => line.side === 'baseline' || line.side === 'staying';
  return split.figures.rows.map((row) => {
    const servers = estate.servers.filter((s) => organisationName(s) === row.organisation);
    const summary = summariseEstate({ ...estate, servers }, asOf);
    return {
      organisation: row.organisation,
      servers: { total: summary.servers.total, physical: summary.servers.physical, virtual: summary.servers.virtual },
      outOfWarranty: summary.outOfWarranty,
      energyKwhPerYear: row.beforeKwh,
      energyCostPencePerYear: year1(row.organisation, (l) => doNothing(l) && l.item === 'energy'),
      runningCostPencePerYear: year1(row.organisation, (l) => doNothing(l) && l.group === 'running'),
    };
  });
}
