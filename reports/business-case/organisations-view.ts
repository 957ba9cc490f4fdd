import type { OrganisationFigures } from '../../engine/tco/organisation-figures.js';
import { formatNumber } from '../format/numbers.js';
import type { TableView } from '../html/table-view.js';
import { organisationsTable } from './organisations-table.js';

/** The economic case's part on the organisations of an integrated care system. */
export interface OrganisationsView {
  text: string[];
  table: TableView;
}

/**
 * Each organisation's part of the preferred option (capital, recurring cash-releasing revenue
 * saving, NPV, energy) in a table whose rows add up to its total row, and the total row is the
 * paper's headline: the same capital ask, saving and NPV as the cover paper and section 2.2.
 *
 * @example organisationsView(figures, 5).table.rows.at(-1)?.total // true: the whole estate
 */
export function organisationsView(o: OrganisationFigures, horizonYears: number, placement: { mixOrganisations?: boolean; dataCentres?: readonly string[] }): OrganisationsView {
  const shared = o.rows.filter((r) => r.serversMoved > 0).length;
  const hosts = placement.mixOrganisations ? 'The organisations share the new hosts' : 'Each organisation has hosts of its own';
  const where = placement.dataCentres ? `, which stand only at ${placement.dataCentres.length} named data centre${placement.dataCentres.length === 1 ? '' : 's'}` : '';
  return {
    text: [
      `The estate belongs to ${formatNumber(o.rows.length)} organisations. ${hosts}${where}. Table 7a splits the preferred option between them: each pays the do-nothing costs of its own servers and a share of the new hosts, licences, storage and migration by its workloads’ CPU and memory demand on them (a host of one organisation is wholly its own). Each organisation’s figures are worked out by the same rules as the whole option; the rows add up to the total row, which is the option’s capital ask, revenue saving and NPV above${shared < o.rows.length ? `; ${formatNumber(o.rows.length - shared)} of them move no servers in this option` : ''}.`,
    ],
    table: organisationsTable(o, `Table 7a. The preferred option by organisation (NPV over ${horizonYears} years; revenue saving in ${o.fullYear}, the first full year)`, { serversMoved: true }),
  };
}

