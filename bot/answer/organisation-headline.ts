import type { OrganisationFigureRow, OrganisationFigures } from '../../engine/tco/organisation-figures.js';
import { formatMoneyShort, formatNumber } from '../../reports/format/numbers.js';
import type { OrganisationFigure } from '../understanding/understanding.js';
import { organisationHosts } from './organisation-hosts.js';

/**
 * The sentence answering a what-if asked trust by trust, for the figure asked: the organisation
 * first by that figure, its share of the total, then the others ("Northfield Hospitals NHS Trust
 * has the highest NPV: £445k of £1.01m; then ..."). "Benefit most" is read as the highest NPV,
 * and says so; payback is each organisation's own net cash flow's, soonest first (paybacks do not
 * add up, so the whole scope's is given beside). Only organisations the scenario touches are ranked.
 *
 * @example organisationHeadline(figures, 'hosts', false, 5) // "Kept apart, Northfield Hospitals NHS Trust needs 37 hosts, ...: 64 in all."
 */
export function organisationHeadline(o: OrganisationFigures, asked: OrganisationFigure, mixed: boolean, years: number): string {
  const rows = o.rows.filter((r) => r.serversMoved > 0 || r.capital !== 0 || r.cashSaving !== 0 || r.npv !== 0 || r.beforeKwh !== r.afterKwh);
  const how = mixed ? 'Sharing hosts' : 'Each on hosts of its own';
  if (asked === 'hosts') {
    const hosts = organisationHosts(o);
    const parts = [...rows].sort((a, b) => hosts.get(b.organisation)! - hosts.get(a.organisation)!).map((r) => `${r.organisation} ${formatNumber(hosts.get(r.organisation)!, mixed ? 1 : 0)}`);
    const share = mixed ? ' (its share of the shared hosts, by its workloads\' CPU and memory demand)' : '';
    return `${how}, the hosts each organisation needs${share}: ${parts.join(', ')}; ${formatNumber(hosts.get('Total')!)} in all.`;
  }
  if (asked === 'payback') {
    // Soonest first; an organisation that does not pay back within the horizon comes last.
    const months = (r: OrganisationFigureRow) => r.paybackMonths ?? Number.POSITIVE_INFINITY;
    const [soonest, ...others] = [...rows].sort((a, b) => months(a) - months(b));
    if (!soonest) return '';
    const then = others.length > 0 ? `; then ${others.map((r) => `${r.organisation} ${paybackText(r.paybackMonths, years)}`).join(', ')}` : '';
    return `${how}, ${soonest.organisation} pays back soonest: ${paybackText(soonest.paybackMonths, years)} (the whole scope ${paybackText(o.total.paybackMonths, years)})${then}.`;
  }
  const measure = measures[asked];
  const ranked = [...rows].sort((a, b) => measure.value(b) - measure.value(a));
  const [first, ...others] = ranked;
  if (!first) return '';
  const then = others.length > 0 ? `; then ${others.map((r) => `${r.organisation} ${measure.show(measure.value(r))}`).join(', ')}` : '';
  return `${how}, ${first.organisation} ${measure.verb}: ${measure.show(measure.value(first))} of ${measure.show(measure.value(o.total))}${measure.unit}${then}.`;
}

interface Measure {
  verb: string;
  value: (r: OrganisationFigureRow) => number;
  show: (value: number) => string;
  unit: string;
}

function paybackText(months: number | null, years: number): string {
  return months === null ? `not within ${formatNumber(years)} years` : `${formatNumber(months)} months`;
}

const money = (pence: number) => formatMoneyShort(pence);
const measures: Record<Exclude<OrganisationFigure, 'hosts' | 'payback'>, Measure> = {
  saving: { verb: 'saves the most in cash a year', value: (r) => r.cashSaving, show: money, unit: '' },
  figures: { verb: 'saves the most in cash a year', value: (r) => r.cashSaving, show: money, unit: '' },
  npv: { verb: 'has the highest NPV', value: (r) => r.npv, show: money, unit: '' },
  benefit: { verb: 'would benefit most (read as the highest NPV)', value: (r) => r.npv, show: money, unit: '' },
  capital: { verb: 'needs the most capital', value: (r) => r.capital, show: money, unit: '' },
  energy: {
    verb: 'saves the most energy',
    value: (r) => r.beforeKwh - r.afterKwh,
    show: (kwh) => `${formatNumber(kwh)} kWh`,
    unit: ' a year',
  },
};
