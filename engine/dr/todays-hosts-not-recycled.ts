import type { HostInUse } from '../estate/host-in-use.js';
import { warrantyEndYear } from '../tco/warranty-end-year.js';
import { formatCount } from './format-count.js';

/** How many still-under-warranty hosts the sentence names before "and N more". */
const named = 5;

/**
 * What the recycling rule (engine/tco/recycled-hosts.ts) does with the virtualisation hosts the
 * trust runs today: nothing. It reuses moved physical servers, whose purchase it saves while their
 * own support and power run on; today's hosts belong to the do-nothing case of an already-virtual
 * estate (their refresh, support and resale), and reusing them is not costed. Said in one sentence,
 * with how many are still under warranty, so "could we reuse our ESX hosts for DR?" is answered as
 * asked instead of with new hosts in silence. Undefined when the estate lists no hosts.
 *
 * @example todaysHostsNotRecycled(estate.hosts ?? [], 2026, 5)
 *   // "Today's 14 virtualisation hosts are not reused here: the model recycles moved physical servers only, and none of the 14 is still under warranty in 2026."
 */
export function todaysHostsNotRecycled(hosts: readonly HostInUse[], year0: number, warrantyYears: number): string | undefined {
  if (hosts.length === 0) return undefined;
  const inWarranty = hosts.filter((h) => (warrantyEndYear(h, warrantyYears) ?? -Infinity) >= year0).sort((a, b) => a.id.localeCompare(b.id, 'en-GB'));
  const lead = `Today's ${formatCount(hosts.length, 'virtualisation host')} ${hosts.length === 1 ? 'is' : 'are'} not reused here: the model recycles moved physical servers only`;
  if (inWarranty.length === 0) return `${lead}, and ${hosts.length === 1 ? 'it is not' : `none of the ${hosts.length} is`} still under warranty in ${year0}.`;
  const list = inWarranty.slice(0, named).map((h) => h.id).join(', ') + (inWarranty.length > named ? ` and ${inWarranty.length - named} more` : '');
  return `${lead}; ${inWarranty.length} of them ${inWarranty.length === 1 ? 'is' : 'are'} still under warranty in ${year0} (${list}), but reusing today's hosts is not costed, so every option here buys its hosts.`;
}
