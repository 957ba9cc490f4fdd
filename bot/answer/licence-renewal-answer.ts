import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import type { Estate } from '../../engine/estate/estate.js';
import { licensingCatalogue } from '../../engine/licensing/licensing-catalogue.js';
import type { Appraisal } from '../../engine/tco/appraisal.js';
import { formatDate, formatMoney, formatMoneyShort, formatNumber } from '../../reports/format/numbers.js';
import type { Answer } from './answer.js';

/**
 * "What does our VMware renewal cost?", "when does our VMware licence renew?": today's hypervisor
 * subscription from the estate's licence records (products, renewal date, recorded contract
 * price) and, year by year, the "Today's hypervisor subscription" line of doing nothing: the
 * contract until the renewal, then the list price per licensed core with the order minimum,
 * exactly as every what-if and `tco` cost it. Without licence records or VMware hosts it says so.
 *
 * @example licenceRenewalAnswer(estate, appraisal, assumptions).headline
 */
export function licenceRenewalAnswer(estate: Estate, appraisal: Appraisal, assumptions: AssumptionSet): Answer {
  const records = (estate.licences ?? []).filter((l) => l.hypervisor === 'vmware');
  const lines = appraisal.lines.filter((l) => l.item === 'currentHypervisor' && (l.side === 'baseline' || l.side === 'staying'));
  const byYear = appraisal.cashFlows.map((_, t) => lines.reduce((sum, l) => sum + (l.byYear[t] ?? 0), 0));
  const cores = Math.max(0, ...lines.map((l) => l.quantity?.byYear[1] ?? 0));
  if (records.length === 0 && byYear.every((p) => p === 0)) {
    return {
      kind: 'estate',
      headline: 'The inventory lists no VMware licences and no hosts running VMware, so there is no VMware renewal to cost.',
      figures: [],
      tables: [],
      notes: ['Share an RVTools export (its vLicense and vHost sheets) or a licences file with me to add them.'],
      actions: [],
    };
  }
  const renewal = records.map((l) => l.renewalDate).filter((d): d is string => d !== undefined).sort()[0];
  const contract = records.length > 0 && records.every((l) => l.annualPricePence !== undefined) ? records.reduce((sum, l) => sum + l.annualPricePence!, 0) : undefined;
  const after = byYear[byYear.length - 1] ?? 0;
  const perCore = assumptions.get('licence.vmwarePerCoreYear');
  const minimum = licensingCatalogue().hypervisors.vmware.minCoresPerOrder;
  const when = renewal ? `renews on ${formatDate(renewal)}` : 'has no renewal date recorded';
  const products = records.map((l) => l.product).join('; ');
  return {
    kind: 'estate',
    headline: `Your VMware subscription ${when}; ${contract !== undefined ? `until then the recorded contract costs ${formatMoneyShort(contract)} a year, and after it` : 'no contract price is recorded, so'} it costs ${formatMoneyShort(after)} a year at the list price of £${formatNumber(perCore)} per licensed core a year on ${formatNumber(cores)} cores.`,
    figures: [
      { label: 'Renewal', value: renewal ? formatDate(renewal) : 'not recorded', raw: renewal ? Number(renewal.slice(0, 4)) : 0 },
      { label: 'Licensed cores', value: `${formatNumber(cores)} (every core, at least 16 per CPU, at least ${formatNumber(minimum)} per order)`, raw: cores },
      ...(contract !== undefined ? [{ label: 'Recorded contract a year', value: formatMoney(contract), raw: contract }] : []),
      { label: 'A year at list price', value: formatMoney(after), raw: after },
    ],
    tables: [{ title: "Today's hypervisor subscription, as doing nothing costs it", columns: ['Financial year', 'Subscription'], rows: appraisal.cashFlows.map((y, t) => [y.financialYear, formatMoney(byYear[t] ?? 0)]) }],
    notes: [
      ...(products ? [`Licence records: ${products}.`] : ['No VMware licence records: the subscription is costed at list price on every core of the VMware hosts from the first running year.']),
      'The same figures as the "Today\'s hypervisor subscription" line of doing nothing in every what-if and in the business case; the list price per core is an assumption you can change ("what if VMware goes up to £250 a core").',
    ],
    actions: [{ id: 'ask', label: 'What moving off VMware saves', question: 'compare hypervisors for the whole estate' }],
  };
}
