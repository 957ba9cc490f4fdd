import type { Server } from '../../engine/estate/server.js';
import { sitesBySize } from '../../engine/placement/sites-by-size.js';
import { formatNumber } from '../../reports/format/numbers.js';
import type { Understanding } from '../understanding/understanding.js';

export interface DataCentresChosen {
  /** The only sites new hosts may stand in (scenario.dataCentres); undefined = the question leaves them as they are. */
  dataCentres?: string[];
  /** What was chosen for the person, and why, for the answer's notes. */
  notes: string[];
}

/**
 * The data centres a question leaves the hosts in, when it says how many or which to close
 * rather than naming them all. Documented choices (docs/questions.md), always said in a note:
 * - "shared two data centres" without names: the sites holding most servers;
 * - "close a data centre" without a name: the sites holding fewest servers close (their servers
 *   move, so the fewest move furthest), and at least one site always stays;
 * - "close Elm Park DC": every other site stays (or every other data centre the question named).
 *
 * @example chooseDataCentres(understandQuestion('could we close a data centre?', lexicon), servers)
 *   // { dataCentres: ['Castle Hill DC', 'Elm Park DC'], notes: ['You named no site to close, so I closed ...'] }
 */
export function chooseDataCentres(u: Pick<Understanding, 'sharing' | 'closeSites'>, servers: readonly Server[]): DataCentresChosen {
  const sites = sitesBySize(servers);
  const held = (site: string) => servers.filter((s) => s.site === site).length;
  const list = (names: readonly string[]) => names.map((n) => `${n} (${formatNumber(held(n))} servers)`).join(', ');
  const notes: string[] = [];
  let kept: string[] | undefined = u.sharing && u.sharing.dataCentres.length > 0 ? [...u.sharing.dataCentres] : undefined;
  const wanted = u.sharing && u.sharing.dataCentres.length === 0 ? u.sharing.count : undefined;
  // "Northfield's data centre": the site holding most of its servers, said in a note.
  for (const owner of u.sharing?.dataCentresOf ?? []) {
    const own = servers.filter((s) => s.organisation === owner);
    const main = sitesBySize(own)[0];
    if (!main) continue;
    kept = [...new Set([...(kept ?? []), main])];
    notes.push(`${owner}'s data centre read as ${main}, the site holding most of its servers (${formatNumber(own.filter((s) => s.site === main).length)} of ${formatNumber(own.length)}).`);
  }
  if (wanted !== undefined) {
    kept = sites.slice(0, wanted);
    if (wanted > sites.length) notes.push(`You asked about ${wanted} data centres; the estate has ${sites.length} sites, so the hosts may stand in all of them.`);
    else notes.push(`You named no data centre, so I chose the ${wanted === 1 ? 'site' : `${formatNumber(wanted)} sites`} holding most servers: ${list(kept)}. Name a site ("... into Riverside DC") to choose another.`);
  }
  const closing = u.closeSites;
  if (!closing) return { ...(kept ? { dataCentres: kept } : {}), notes };
  const open = kept ?? sites;
  if (closing.keep !== undefined) {
    if (kept) return { dataCentres: kept, notes };
    const staying = sites.slice(0, closing.keep);
    notes.push(`You named no site to keep, so I kept the ${closing.keep === 1 ? 'one' : formatNumber(closing.keep)} holding most servers: ${list(staying)}${sites.length > staying.length ? `; ${sites.slice(staying.length).join(' and ')} close${sites.length - staying.length === 1 ? 's' : ''}` : ''}. Name a site to keep another.`);
    return { dataCentres: staying, notes };
  }
  if (closing.sites.length > 0) {
    const staying = open.filter((s) => !closing.sites.includes(s));
    if (staying.length === 0) return { notes: [...notes, `Closing ${closing.sites.join(' and ')} would leave no site for the hosts, so I have not closed it; I kept the sites as they are.`] };
    notes.push(`Closing ${list(closing.sites).replace(/, ([^,]*)$/, ' and $1')}: ${closing.sites.length === 1 ? 'its' : 'their'} servers move to hosts at ${staying.join(' and ')}.`);
    return { dataCentres: staying, notes };
  }
  const count = Math.min(closing.count ?? 1, open.length - 1);
  if (count < 1) return { ...(kept ? { dataCentres: kept } : {}), notes: [...notes, `There is only one site (${open.join('')}) to put the hosts in, so none can close.`] };
  const closed = open.slice(open.length - count);
  const staying = open.slice(0, open.length - count);
  const fewer = count < (closing.count ?? 1) ? ` (you asked to close ${formatNumber(closing.count ?? 1)}; at least one site must stay)` : '';
  notes.push(`You named no site to close, so I closed the ${count === 1 ? 'one' : formatNumber(count)} with fewest servers${fewer}: ${list(closed)}; ${count === 1 ? 'its' : 'their'} servers move to hosts at ${staying.join(' and ')}. Name a site ("what if we closed Castle Hill DC?") to close another.`);
  return { dataCentres: staying, notes };
}
