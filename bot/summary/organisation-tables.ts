import type { OrganisationProgress, OrganisationProgressRow } from '../../engine/summary/organisation-progress.js';
import { formatMoney, formatNumber } from '../../reports/format/numbers.js';
import type { AnswerTable } from '../answer/answer.js';

/**
 * The monthly summary by organisation as two compact tables, a row per organisation and the total
 * row last: the programme (servers, switched off this month and to date against the plan, saving
 * realised against the forecast) and the estate's energy, running costs and warranties ending. Two narrow tables
 * rather than one wide one, so each stays readable in Slack's code block and a Teams card.
 *
 * @example organisationTables(summary.organisations, 90).map((t) => t.title)
 */
export function organisationTables(organisations: OrganisationProgress, warrantyWindowDays: number): AnswerTable[] {
  const rows = [...shownRows(organisations.rows), organisations.total];
  // The rows carry the plan exactly when the total does (organisationProgress).
  const plan = organisations.total.plan !== undefined;
  const against = (actual: string, planned: string | undefined) => (planned === undefined ? actual : `${actual} / ${planned}`);
  const programme = (r: OrganisationProgressRow) => [
    r.organisation,
    formatNumber(r.servers),
    formatNumber(r.switchedOffThisMonth),
    ...(r.plan
      ? [
          against(formatNumber(r.plan.actualServersOff), r.plan.plannedServersOff === undefined ? undefined : formatNumber(r.plan.plannedServersOff)),
          against(formatMoney(r.plan.realisedSavingPencePerYear), r.plan.forecastSavingPencePerYear === undefined ? undefined : formatMoney(r.plan.forecastSavingPencePerYear)),
        ]
      : []),
  ];
  return [
    {
      title: plan ? 'By organisation: servers switched off, and saving a year, against the plan' : 'By organisation: servers switched off',
      columns: ['Organisation', 'Servers', 'Off this month', ...(plan ? ['Off to date / plan', 'Saved / forecast'] : [])],
      rows: rows.map(programme),
    },
    {
      title: `By organisation: energy and running costs a year, warranties ending within ${warrantyWindowDays} days`,
      columns: ['Organisation', 'Energy (kWh)', 'Energy cost', 'Running costs', 'Warranty ending'],
      rows: rows.map((r) => [r.organisation, formatNumber(r.energyKwhPerYear), formatMoney(r.energyCostPencePerYear), formatMoney(r.runningCostPencePerYear), formatNumber(r.warrantyExpiring)]),
    },
  ];
}

/** Chat tables are cut at 15 rows (Slack and Teams renderers): with the total row, room for 14. */
const maxRows = 14;

/**
 * The organisations as chat shows them: all of them when they fit, else the largest by servers (in
 * name order) and one row for the others together, so the total row is never cut off and the rows
 * shown still add up to it.
 */
function shownRows(rows: readonly OrganisationProgressRow[]): OrganisationProgressRow[] {
  if (rows.length <= maxRows) return [...rows];
  const largest = new Set([...rows].sort((a, b) => b.servers - a.servers || a.organisation.localeCompare(b.organisation, 'en-GB')).slice(0, maxRows - 1));
  const others = rows.filter((r) => !largest.has(r));
  const add = (pick: (r: OrganisationProgressRow) => number) => others.reduce((sum, r) => sum + pick(r), 0);
  // Targets exist for all organisations or none (a plan is split in every month or not at all).
  const addTarget = (pick: (r: OrganisationProgressRow) => number | undefined) => (others.every((r) => pick(r) !== undefined) ? add((r) => pick(r) ?? 0) : undefined);
  const plan = others[0]?.plan;
  const planned = addTarget((r) => r.plan?.plannedServersOff);
  const forecast = addTarget((r) => r.plan?.forecastSavingPencePerYear);
  const combined: OrganisationProgressRow = {
    organisation: `${formatNumber(others.length)} other organisations`,
    servers: add((r) => r.servers),
    physical: add((r) => r.physical),
    switchedOffThisMonth: add((r) => r.switchedOffThisMonth),
    energyKwhPerYear: add((r) => r.energyKwhPerYear),
    energyCostPencePerYear: add((r) => r.energyCostPencePerYear),
    runningCostPencePerYear: add((r) => r.runningCostPencePerYear),
    warrantyExpiring: add((r) => r.warrantyExpiring),
    ...(plan
      ? {
          plan: {
            actualServersOff: add((r) => r.plan?.actualServersOff ?? 0),
            realisedSavingPencePerYear: add((r) => r.plan?.realisedSavingPencePerYear ?? 0),
            ...(planned === undefined ? {} : { plannedServersOff: planned }),
            ...(forecast === undefined ? {} : { forecastSavingPencePerYear: forecast }),
          },
        }
      : {}),
  };
  return [...rows.filter((r) => largest.has(r)), combined];
}
