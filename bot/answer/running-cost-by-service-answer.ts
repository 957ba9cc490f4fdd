import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import type { Estate } from '../../engine/estate/estate.js';
import { licensingCatalogue } from '../../engine/licensing/licensing-catalogue.js';
import { appraisalYear } from '../../engine/tco/appraisal-year.js';
import { roundedAmounts } from '../../engine/tco/cost-line.js';
import { estateLines } from '../../engine/tco/estate-lines.js';
import { financialYearLabel } from '../../engine/tco/financial-year-label.js';
import { firstRefreshYears, measureEstate, type EstateCalendar } from '../../engine/tco/measure-estate.js';
import { formatMoney, formatMoneyShort, formatNumber } from '../../reports/format/numbers.js';
import type { Answer } from './answer.js';

const maxRows = 12;

/**
 * "Which service costs the most to run?": each service's running costs in the first running
 * year of doing nothing, priced by the same do-nothing lines as the appraisal (engine/tco/
 * estate-lines.ts: hardware support with the out-of-warranty uplift, energy with cooling, rack
 * space, backup, staff time on physical servers), on that service's servers; most expensive
 * first, with the basis said. Today's hosts and licences are shared, not any one service's.
 *
 * @example runningCostByServiceAnswer(estate, assumptions).tables[0].rows[0] // ['PAS/EPR', '28', ...]
 */
export function runningCostByServiceAnswer(estate: Estate, assumptions: AssumptionSet): Answer {
  const year0 = appraisalYear(estate, assumptions).appraisalYear;
  const calendar: EstateCalendar = {
    year0,
    horizonYears: assumptions.get('horizon.years'),
    warrantyYears: assumptions.get('support.warrantyYears'),
    serviceLifeYears: assumptions.get('refresh.serviceLifeYears'),
    backlogYears: assumptions.get('refresh.backlogYears'),
  };
  const firstRefresh = firstRefreshYears(estate.servers.filter((s) => s.kind === 'physical'), calendar);
  const windowsStandard = licensingCatalogue(year0).windowsGuests.standard;
  const services = [...new Set(estate.servers.map((s) => s.service))];
  const costs = services.map((service) => {
    const servers = estate.servers.filter((s) => s.service === service);
    const q = measureEstate(servers, calendar, windowsStandard, firstRefresh);
    const running = estateLines(q, 'staying', calendar.horizonYears, calendar.serviceLifeYears).filter((l) => l.group === 'running');
    const year1 = (item: string) => running.filter((l) => l.item === item).reduce((sum, l) => sum + (roundedAmounts(l, assumptions)[1] ?? 0), 0);
    const support = year1('support');
    const energy = year1('energy');
    const total = running.reduce((sum, l) => sum + (roundedAmounts(l, assumptions)[1] ?? 0), 0);
    return { service, servers: servers.length, support, energy, other: total - support - energy, total };
  }).sort((a, b) => b.total - a.total || a.service.localeCompare(b.service, 'en-GB'));
  const whole = costs.reduce((sum, c) => sum + c.total, 0);
  const top = costs[0];
  const year = financialYearLabel(year0 + 1);
  const rows = costs.map((c) => [c.service, formatNumber(c.servers), formatMoney(c.support), formatMoney(c.energy), formatMoney(c.other), formatMoney(c.total)]);
  return {
    kind: 'estate',
    headline: top
      ? `${top.service} costs the most to run: ${formatMoneyShort(top.total)} a year (support ${formatMoneyShort(top.support)}, energy ${formatMoneyShort(top.energy)}, space, backup and staff time ${formatMoneyShort(top.other)}), of ${formatMoneyShort(whole)} for the whole estate in ${year}.`
      : 'The inventory lists no servers, so there is nothing to cost.',
    figures: [
      ...costs.slice(0, 3).map((c) => ({ label: c.service, value: `${formatMoney(c.total)} a year`, raw: c.total })),
      { label: 'Whole estate', value: `${formatMoney(whole)} a year`, raw: whole },
    ],
    tables: [{
      title: `Running costs a year by service, ${year}, doing nothing`,
      columns: ['Service', 'Servers', 'Support', 'Energy', 'Space, backup, staff', 'Total'],
      rows: rows.slice(0, maxRows).concat(rows.length > maxRows ? [[`… and ${formatNumber(rows.length - maxRows)} more services`, '', '', '', '', '']] : []),
    }],
    notes: [
      `Running costs in ${year}, the first running year of doing nothing, on each service's own servers: hardware support (more once out of warranty), energy with cooling, rack space, backup and staff time on physical servers, priced as in every appraisal. Refresh capital and today's shared hosts and licences are not any one service's, so they are left out.`,
    ],
    actions: top ? [{ id: 'ask', label: `What consolidating ${top.service} saves`, question: `what if we consolidate ${top.service}?` }] : [],
  };
}
