import type { Estate } from '../estate/estate.js';
import type { FiguresByOrganisation } from '../figures-by-organisation.js';
import { summariseEstate } from '../estate/summarise-estate.js';
import type { Pence } from '../money.js';
import type { Plan } from '../plan/plan.js';
import type { MonteCarloResult } from '../sensitivity/monte-carlo.js';
import type { Appraisal } from '../tco/appraisal.js';
import { isVirtualisationHost } from './is-virtualisation-host.js';
import { organisationMonthFigures, type OrganisationMonthFigures } from './organisation-month-figures.js';

/** One snapshot with the engine's evaluation of it (the `plan` and `appraisal` of evaluate()). */
export interface EvaluatedSnapshot {
  month: string;
  asOf: string;
  estate: Estate;
  evaluation: { plan: Plan; appraisal: Appraisal };
  /** The standard Monte Carlo of that evaluation, for the month the summary is about. */
  uncertainty?: MonteCarloResult;
  /** figuresByOrganisation of that evaluation, when the estate names organisations (an integrated care system). */
  organisations?: FiguresByOrganisation;
}

/** The figures of one month that the summary shows and charts. */
export interface MonthFigures {
  month: string;
  asOf: string;
  servers: { total: number; physical: number; virtual: number };
  /** Physical servers running a hypervisor. */
  virtualisationHosts: number;
  /** Virtual servers per virtualisation host; null with no hosts. */
  consolidationRatio: number | null;
  /** Recorded power draw at the wall (summariseEstate). */
  powerWatts: number;
  /** Do-nothing energy of the estate as it stands, year 1 (facility level, PUE included). */
  energyKwhPerYear: number;
  co2eTonnesPerYear: number;
  /** Do-nothing running costs (support, energy, space, staff ...) of the estate as it stands, year 1. */
  runningCostPencePerYear: Pence;
  outOfWarranty: number;
  /** What the engine says finishing the consolidation would take, from this snapshot. */
  remaining: {
    scenario: string;
    hostModel: string;
    hosts: number;
    lowerBound: number;
    serversInScope: number;
    npvPence: Pence;
    /** The capital requirement (CDEL, irrecoverable VAT included), the one capital figure. */
    capitalPence: Pence;
    /** The recurring cash-releasing saving in the first full year after migration, and that year. */
    cashSavingPence: Pence;
    fullYear: string;
    /** The energy cut on the one basis every front end uses: the whole estate's server energy. */
    energyCutPercent: number | null;
    /** Doing nothing over the appraisal, whole estate. */
    doNothingPence: Pence;
    /** Median NPV and P(NPV < 0) of the standard Monte Carlo, when computed (the summary's own month). */
    medianNpvPence?: Pence;
    probabilityNegative?: number;
  };
  /** The same month per organisation, when the snapshot names organisations; the rows add up to the figures above. */
  byOrganisation?: OrganisationMonthFigures[];
}

/**
 * The month's figures, taken from the engine's own results so they equal what `unsprawl
 * estate`, `unsprawl tco` and the chat answer say for the same snapshot.
 */
export function monthFigures(snapshot: EvaluatedSnapshot): MonthFigures {
  const summary = summariseEstate(snapshot.estate, snapshot.asOf);
  const { plan, appraisal } = snapshot.evaluation;
  const hosts = snapshot.estate.servers.filter(isVirtualisationHost).length;
  const firstYear = appraisal.energy[0];
  const runningCost = appraisal.lines
    .filter((l) => l.group === 'running' && (l.side === 'baseline' || l.side === 'staying'))
    .reduce((total, l) => total + (l.byYear[1] ?? 0), 0);
  return {
    month: snapshot.month,
    asOf: snapshot.asOf,
    servers: { total: summary.servers.total, physical: summary.servers.physical, virtual: summary.servers.virtual },
    virtualisationHosts: hosts,
    consolidationRatio: hosts === 0 ? null : Math.round((summary.servers.virtual / hosts) * 10) / 10,
    powerWatts: summary.powerWatts,
    energyKwhPerYear: firstYear?.beforeKwh ?? 0,
    co2eTonnesPerYear: firstYear?.beforeTco2e ?? 0,
    runningCostPencePerYear: runningCost,
    outOfWarranty: summary.outOfWarranty,
    remaining: {
      scenario: plan.scenario.name,
      hostModel: plan.hostModel.model,
      hosts: plan.hosts,
      lowerBound: plan.lowerBound,
      serversInScope: plan.inScope.length,
      npvPence: appraisal.npv,
      capitalPence: appraisal.finance.capital.requirement,
      cashSavingPence: appraisal.finance.recurringSavings.fullYear.cashReleasing,
      fullYear: appraisal.finance.recurringSavings.fullYear.financialYear,
      energyCutPercent: appraisal.energyChange.percent,
      doNothingPence: appraisal.doNothing.sum,
      ...(snapshot.uncertainty ? { medianNpvPence: snapshot.uncertainty.p50, probabilityNegative: snapshot.uncertainty.probabilityNegative } : {}),
    },
    ...(snapshot.organisations ? { byOrganisation: organisationMonthFigures(snapshot.estate, snapshot.asOf, appraisal, snapshot.organisations) } : {}),
  };
}
