import type { OrganisationFigureRow, OrganisationFigures } from '../../engine/tco/organisation-figures.js';
import { formatMoney, formatNumber, formatPercent } from '../format/numbers.js';
import { tableView, type TableColumn, type TableView } from '../html/table-view.js';

/**
 * The preferred option by organisation as a table: capital, cash-releasing revenue saving a year,
 * NPV and energy, one row per organisation and the total row (the paper's headline). Table 7a of
 * the economic case and the cover paper both print it, so the two never round differently.
 *
 * @example organisationsTable(input.organisations, 'By organisation', { serversMoved: false }).rows.at(-1)?.total // true
 */
export function organisationsTable(o: OrganisationFigures, caption: string, options: { serversMoved: boolean; className?: string }): TableView {
  const columns: TableColumn<OrganisationFigureRow>[] = [
    { label: 'Organisation', value: (r) => r.organisation },
    ...(options.serversMoved ? [{ label: 'Servers moved', numeric: true, value: (r: OrganisationFigureRow) => formatNumber(r.serversMoved) }] : []),
    { label: 'Capital (CDEL)', numeric: true, value: (r) => formatMoney(r.capital) },
    { label: 'Revenue saving a year, cash-releasing', numeric: true, value: (r) => formatMoney(r.cashSaving) },
    { label: 'NPV', numeric: true, value: (r) => formatMoney(r.npv) },
    { label: 'Energy a year (kWh)', numeric: true, value: energy },
  ];
  return tableView(caption, columns, o.rows, { totals: [o.total], ...(options.className ? { className: options.className } : {}) });
}

/** "834,206 → 240,947 (−71%)". */
function energy(r: OrganisationFigureRow): string {
  const change = r.beforeKwh > 0 ? ` (${formatPercent((r.afterKwh - r.beforeKwh) / r.beforeKwh)})` : '';
  return `${formatNumber(r.beforeKwh)} → ${formatNumber(r.afterKwh)}${change}`;
}
