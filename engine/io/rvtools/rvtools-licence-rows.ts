import type { InputTable, InputWarning } from '../input-table.js';
import type { RowToValidate } from '../validate-rows.js';
import { rvtoolsColumnFinder } from './rvtools-column-finder.js';
import { rvtoolsDate } from './rvtools-date.js';

/** vLicense "Cost Unit" to the licence unit of licenceInUseSchema. */
const costUnits: Record<string, string> = {
  cpupackage: 'socket',
  cpu: 'socket',
  core: 'core',
  cpucore: 'core',
  vm: 'vm',
  server: 'host',
  host: 'host',
};

/**
 * Maps RVTools vLicense rows onto the licences-in-use columns (licenceInUseSchema). The Key
 * column is never read: licence keys are the customer's secrets, and nothing downstream needs
 * them. "Expiration Date" becomes the renewal date; "Never" (perpetual or evaluation) leaves
 * it blank. Every product is VMware's, since RVTools reads only vCenter.
 */
export function rvtoolsLicenceRows(vLicense: InputTable): { rows: RowToValidate[]; warnings: InputWarning[] } {
  const col = rvtoolsColumnFinder(vLicense.header);
  const columns = {
    product: col(['Name']) ?? 'Name',
    unit: col(['Cost Unit']) ?? 'Cost Unit',
    total: col(['Total']) ?? 'Total',
    used: col(['Used']) ?? 'Used',
    expires: col(['Expiration Date', 'Expiration date']) ?? 'Expiration Date',
  };
  const warnings: InputWarning[] = [];
  const rows = vLicense.rows.map((r): RowToValidate => {
    const unitText = r.cells[columns.unit];
    const expires = r.cells[columns.expires];
    const renewal = expires === undefined ? undefined : rvtoolsDate(expires);
    if (expires !== undefined && renewal === undefined && !/^never$/i.test(expires)) {
      warnings.push({ file: vLicense.file, row: r.row, column: columns.expires, message: `expected a date or "Never", got "${expires}": renewal date left blank (renewed every year)` });
    }
    const values: Record<string, unknown> = {
      product: r.cells[columns.product],
      hypervisor: 'vmware',
      unit: unitText === undefined ? 'other' : (costUnits[unitText.toLowerCase().replace(/[\s_-]/g, '')] ?? 'other'),
      quantity: r.cells[columns.total]?.replace(/,/g, ''),
      used: r.cells[columns.used]?.replace(/,/g, ''),
      renewal_date: renewal,
    };
    for (const key of Object.keys(values)) if (values[key] === undefined) delete values[key];
    return {
      file: vLicense.file,
      row: r.row,
      values,
      sourceColumns: { product: columns.product, unit: columns.unit, quantity: columns.total, used: columns.used, renewal_date: columns.expires },
    };
  });
  return { rows, warnings };
}
