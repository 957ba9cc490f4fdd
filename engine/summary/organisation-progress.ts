import type { Estate } from '../estate/estate.js';
import { organisationName } from '../estate/organisation-name.js';
import type { Pence } from '../money.js';
import type { ApprovedPlan } from './approved-plan.js';
import type { MonthFigures } from './month-figures.js';
import type { PlanProgress } from './plan-progress.js';
import type { ExpiringWarranty } from './warranty-expiring.js';

/** One organisation's month (or, as `total`, the whole estate's), as the summary reports it. */
export interface OrganisationProgressRow {
  /** The organisation, or "Total". */
  organisation: string;
  servers: number;
  physical: number;
  /** Physical servers of the previous snapshot switched off since (retired or virtualised); 0 for the first snapshot. */
  switchedOffThisMonth: number;
  /** Do-nothing server energy of the estate as it stands, year 1, whole kWh. */
  energyKwhPerYear: number;
  /** Do-nothing energy cost, year 1. */
  energyCostPencePerYear: Pence;
  /** Do-nothing running costs, year 1. */
  runningCostPencePerYear: Pence;
  /** Physical servers whose warranty ends within the summary's window. */
  warrantyExpiring: number;
  /** Against the approved plan, when there is one and its baseline snapshot names organisations. */
  plan?: {
    /** Physical servers of the baseline switched off since, cumulative. */
    actualServersOff: number;
    /** Baseline running cost minus this month's. */
    realisedSavingPencePerYear: Pence;
    /** The plan's targets for the month; absent for an organisation when the plan is not split by organisation. */
    plannedServersOff?: number;
    forecastSavingPencePerYear?: Pence;
  };
}

export interface OrganisationProgress {
  /** Organisations in name order (as splitByOrganisation orders them). */
  rows: OrganisationProgressRow[];
  /** The whole estate: the summary's own totals, which the rows add up to exactly. */
  total: OrganisationProgressRow;
}

/** A snapshot's estate with its month's figures. */
interface FiguredEstate {
  estate: Estate;
  figures: MonthFigures;
}

export interface OrganisationProgressInput {
  current: FiguredEstate;
  previous?: { estate: Estate };
  /** The approved plan, its baseline snapshot and its progress for the month. */
  plan?: { approved: ApprovedPlan; baseline: FiguredEstate; progress: PlanProgress };
  expiring: readonly ExpiringWarranty[];
}

/** Physical servers of `before` no longer physical in `after` (retired or virtualised), counted by organisation. */
function switchedOff(before: Estate, after: Estate): Map<string, number> {
  const stillPhysical = new Set(after.servers.filter((s) => s.kind === 'physical').map((s) => s.id));
  const counts = new Map<string, number>();
  for (const s of before.servers) {
    if (s.kind === 'physical' && !stillPhysical.has(s.id)) counts.set(organisationName(s), (counts.get(organisationName(s)) ?? 0) + 1);
  }
  return counts;
}

/**
 * The monthly summary split by organisation (the trusts of an integrated care system): each one's
 * servers, switch-offs this month and to date against the plan, energy, running costs, saving
 * realised against the forecast and expiring warranties. Counts are counted per organisation from
 * the same snapshots as the totals; energy and costs are each organisation's part of the engine's
 * figures (organisationMonthFigures), so every column adds up exactly to the total row, which is
 * the summary's own total. Undefined when the month's snapshot names no organisations.
 *
 * @example organisationProgress({ current: { estate, figures }, expiring: [] })?.rows.map((r) => r.servers)
 */
export function organisationProgress(input: OrganisationProgressInput): OrganisationProgress | undefined {
  const { current, previous, plan, expiring } = input;
  const now = current.figures.byOrganisation;
  if (!now) return undefined;
  const atBaseline = plan?.baseline.figures.byOrganisation;
  // A split plan is split in every month (approvedPlanSchema); before its first month nothing is planned.
  const splitPlan = plan?.approved.months[0]?.organisations !== undefined;
  const split = plan?.approved.months.filter((m) => m.month <= current.figures.month).at(-1)?.organisations;
  const names = [
    ...new Set([
      ...now.map((o) => o.organisation),
      ...(previous?.estate.servers.map(organisationName) ?? []),
      ...(atBaseline ? plan.baseline.estate.servers.map(organisationName) : []),
      ...(split?.map((o) => o.organisation) ?? []),
    ]),
  ].sort((a, b) => a.localeCompare(b, 'en-GB'));
  const organisationOf = new Map(current.estate.servers.map((s) => [s.id, organisationName(s)]));
  const offThisMonth = previous ? switchedOff(previous.estate, current.estate) : new Map<string, number>();
  const offToDate = atBaseline ? switchedOff(plan.baseline.estate, current.estate) : new Map<string, number>();
  const rows = names.map((organisation): OrganisationProgressRow => {
    const mine = now.find((o) => o.organisation === organisation);
    const running = mine?.runningCostPencePerYear ?? 0;
    const target = split?.find((o) => o.organisation === organisation);
    return {
      organisation,
      servers: mine?.servers.total ?? 0,
      physical: mine?.servers.physical ?? 0,
      switchedOffThisMonth: offThisMonth.get(organisation) ?? 0,
      energyKwhPerYear: mine?.energyKwhPerYear ?? 0,
      energyCostPencePerYear: mine?.energyCostPencePerYear ?? 0,
      runningCostPencePerYear: running,
      warrantyExpiring: expiring.filter((w) => organisationOf.get(w.id) === organisation).length,
      ...(plan && atBaseline
        ? {
            plan: {
              actualServersOff: offToDate.get(organisation) ?? 0,
              realisedSavingPencePerYear: (atBaseline.find((o) => o.organisation === organisation)?.runningCostPencePerYear ?? 0) - running,
              // A split plan names the organisations it expects work from; one it leaves out is planned none.
              ...(splitPlan ? { plannedServersOff: target?.serversOff ?? 0, forecastSavingPencePerYear: target?.forecastAnnualSavingPence ?? 0 } : {}),
            },
          }
        : {}),
    };
  });
  const figures = current.figures;
  const total: OrganisationProgressRow = {
    organisation: 'Total',
    servers: figures.servers.total,
    physical: figures.servers.physical,
    switchedOffThisMonth: [...offThisMonth.values()].reduce((sum, n) => sum + n, 0),
    energyKwhPerYear: Math.round(figures.energyKwhPerYear),
    // The summary's totals have no energy cost line of their own: the organisations' parts are the appraisal's energy lines.
    energyCostPencePerYear: rows.reduce((sum, r) => sum + r.energyCostPencePerYear, 0),
    runningCostPencePerYear: figures.runningCostPencePerYear,
    warrantyExpiring: expiring.length,
    ...(plan && atBaseline
      ? {
          plan: {
            actualServersOff: plan.progress.actualServersOff,
            realisedSavingPencePerYear: plan.progress.realisedSavingPencePerYear,
            plannedServersOff: plan.progress.plannedServersOff,
            forecastSavingPencePerYear: plan.progress.forecastSavingPencePerYear,
          },
        }
      : {}),
  };
  return { rows, total };
}
