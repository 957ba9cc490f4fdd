import { beforeAfterChart } from '../charts/before-after-chart.js';
import { buildFigure } from '../charts/build-figure.js';
import { formatMoney, formatMoneyShort, formatNumber, formatPercent } from '../format/numbers.js';
import { tableView } from '../html/table-view.js';
import type { FinancialCaseView } from './business-case-view.js';
import type { CapitalYear, CaseFigures, IncomeExpenditureYear, ReconciliationLine, RecurringSaving } from './case-figures.js';

/**
 * Financial case: every table reads `f.finance` (case-figures.ts), the one adapter between the
 * engine's appraisal and the paper's finance figures, so the capital ask printed here is the one
 * on the cover paper and in `report --json`.
 */
export async function financialCaseView(f: CaseFigures): Promise<FinancialCaseView> {
  const m = f.finance;
  const capitalTotal = m.capitalByYear.reduce<CapitalYear>(
    (s, r) => ({ year: 'Total', gross: s.gross + r.gross, optimismBias: s.optimismBias + r.optimismBias, receipts: s.receipts + r.receipts }),
    { year: 'Total', gross: 0, optimismBias: 0, receipts: 0 },
  );
  const recTotal = m.reconciliation.reduce<ReconciliationLine>(
    (s, r) => ({ label: 'Total', doNothing: s.doNothing + r.doNothing, withOption: s.withOption + r.withOption, saving: s.saving + r.saving }),
    { label: 'Total', doNothing: 0, withOption: 0, saving: 0 },
  );
  const cash = m.recurringSavings.filter((r) => r.cashReleasing).reduce((s, r) => s + r.saving, 0);
  const nonCash = m.recurringSavings.filter((r) => !r.cashReleasing).reduce((s, r) => s + r.saving, 0);
  const ieTotal = m.incomeAndExpenditure.reduce<IncomeExpenditureYear>(
    (s, r) => ({ year: 'Total', revenueSaving: s.revenueSaving + r.revenueSaving, depreciation: s.depreciation + r.depreciation, pdcDividend: s.pdcDividend + r.pdcDividend, writeOff: s.writeOff + r.writeOff, net: s.net + r.net }),
    { year: 'Total', revenueSaving: 0, depreciation: 0, pdcDividend: 0, writeOff: 0, net: 0 },
  );
  const energySaving = 1 - f.energyAfterKwh / f.energyBeforeKwh;
  const recurringTotal: RecurringSaving = { label: `Total (${formatMoneyShort(cash)} cash-releasing)`, saving: cash + nonCash, cashReleasing: false };
  return {
    introduction: [
      `All figures are against ${m.baseline}. The economic case is in today’s prices excluding VAT; this section adds irrecoverable VAT, depreciation and the PDC dividend. The capital the board is asked to approve is ${formatMoneyShort(m.capitalAsk)} in ${m.capitalAskYear} (CDEL, irrecoverable VAT included). The optimism-bias risk allowance of ${formatMoneyShort(m.optimismBias)} and receipts from resale are shown beside it, never netted in.`,
    ],
    capitalTable: tableView<CapitalYear>(
      'Table 10. Capital (CDEL) by financial year, preferred option',
      [
        { label: 'Financial year', value: (r) => r.year },
        { label: 'Capital requirement (incl. VAT)', numeric: true, value: (r) => formatMoney(r.gross) },
        { label: 'Optimism bias (risk allowance)', numeric: true, value: (r) => formatMoney(r.optimismBias) },
        { label: 'Receipts (resale)', numeric: true, value: (r) => formatMoney(r.receipts) },
      ],
      m.capitalByYear,
      { className: 'compact', totals: [capitalTotal] },
    ),
    reconciliationTable: tableView<ReconciliationLine>(
      `Table 11. From doing nothing to the preferred option, ${f.horizonYears}-year totals of the systems it changes (undiscounted)`,
      [
        { label: 'Cost group', value: (r) => r.label },
        { label: 'Do nothing', numeric: true, value: (r) => formatMoney(r.doNothing) },
        { label: 'With the option', numeric: true, value: (r) => formatMoney(r.withOption) },
        { label: 'Saving', numeric: true, value: (r) => formatMoney(r.saving) },
      ],
      m.reconciliation,
      { className: 'compact', totals: [recTotal] },
    ),
    recurringTable: tableView<RecurringSaving>(
      `Table 12. Recurring revenue savings in the first full year after migration (${m.fullYear})`,
      [
        { label: 'Cost line', value: (r) => r.label },
        { label: 'Saving a year', numeric: true, value: (r) => formatMoney(r.saving) },
        { label: 'Cash-releasing', value: (r) => (r === recurringTotal ? '' : r.cashReleasing ? 'Yes' : 'No (time or space freed)') },
      ],
      m.recurringSavings,
      { className: 'compact', totals: [recurringTotal] },
    ),
    incomeExpenditureTable: tableView<IncomeExpenditureYear>(
      'Table 13. Income and expenditure effect against doing nothing, by financial year (nominal, irrecoverable VAT included)',
      [
        { label: 'Financial year', value: (r) => r.year },
        { label: 'Revenue saving', numeric: true, value: (r) => formatMoney(r.revenueSaving) },
        { label: 'Extra depreciation', numeric: true, value: (r) => formatMoney(r.depreciation) },
        { label: 'Extra PDC dividend', numeric: true, value: (r) => formatMoney(r.pdcDividend) },
        { label: 'Write-off of old kit', numeric: true, value: (r) => formatMoney(r.writeOff) },
        { label: 'Net I&E effect', numeric: true, value: (r) => formatMoney(r.net) },
      ],
      m.incomeAndExpenditure,
      { className: 'compact', totals: [ieTotal] },
    ),
    accounting: [
      `Recurring savings: ${formatMoneyShort(cash)} a year is cash-releasing (contracts, subscriptions and energy that stop) and can count towards the efficiency plan once the old servers are switched off; ${formatMoneyShort(nonCash)} a year is non-cash-releasing (staff time and rack space freed for other use).`,
      `VAT at ${formatPercent(m.vatRate)}, of which ${formatPercent(m.vatRecoverableShare)} is taken as recoverable: recovery under heading 14 of the Contracted-Out Services Direction is possible only where the infrastructure is supplied to the trust’s specification; hardware and licences bought directly are usually irrecoverable. Irrecoverable VAT of ${formatMoneyShort(m.irrecoverableVatOnCapital)} is included in the capital requirement.`,
      `Depreciation and PDC: assets are depreciated straight-line over ${m.assetLifeYears} years from the year after purchase; the public dividend capital dividend is ${formatPercent(m.pdcRate, 1)} of the change in average net book value. The old servers and hosts the option switches off are written off when the migration ends. Table 13 shows all three against doing nothing, whose own replacements also depreciate.`,
    ],
    affordability: [
      m.capitalEnvelope === undefined
        ? `Capital: the trust’s capital plan figure for this scheme is not given in the board details, so affordability against it is not assessed in this paper; the requirement is ${formatMoneyShort(m.capitalAsk)} in ${m.capitalAskYear}.`
        : `Capital: the requirement of ${formatMoneyShort(m.capitalAsk)} in ${m.capitalAskYear} is ${m.capitalAsk <= m.capitalEnvelope ? `within the capital envelope of ${formatMoneyShort(m.capitalEnvelope)}, leaving ${formatMoneyShort(m.capitalEnvelope - m.capitalAsk)}` : `above the capital envelope of ${formatMoneyShort(m.capitalEnvelope)} by ${formatMoneyShort(m.capitalAsk - m.capitalEnvelope)}, so it is not affordable without a change to the capital plan`}. Funding source: the trust’s internally generated capital (CDEL) unless national funding is secured.`,
      `Energy: electricity use falls by ${formatPercent(energySaving)}, from about ${formatNumber(f.energyBeforeKwh / 1000)} to ${formatNumber(f.energyAfterKwh / 1000)} MWh a year; this is part of the cash-releasing saving above, not an extra benefit.`,
    ],
    energyFigure: await buildFigure(
      'figure-energy',
      5,
      'Electricity and carbon a year, today and after consolidation (cooling included)',
      `Electricity falls from ${formatNumber(f.energyBeforeKwh / 1000)} to ${formatNumber(f.energyAfterKwh / 1000)} MWh a year (${formatPercent(energySaving)} less) and carbon from ${formatNumber(f.tco2eBefore, 1)} to ${formatNumber(f.tco2eAfter, 1)} tonnes CO2e a year.`,
      beforeAfterChart([
        { measure: 'Electricity (MWh a year)', before: f.energyBeforeKwh / 1000, after: f.energyAfterKwh / 1000 },
        { measure: 'Carbon (tCO2e a year)', before: f.tco2eBefore, after: f.tco2eAfter },
      ]),
      tableView<{ measure: string; before: number; after: number; decimals: number }>(
        'Data for figure 5',
        [
          { label: 'Measure', value: (r) => r.measure },
          { label: 'Today', numeric: true, value: (r) => formatNumber(r.before, r.decimals) },
          { label: 'After consolidation', numeric: true, value: (r) => formatNumber(r.after, r.decimals) },
          { label: 'Reduction', numeric: true, value: (r) => formatPercent(1 - r.after / r.before) },
        ],
        [
          { measure: 'Electricity (MWh a year)', before: f.energyBeforeKwh / 1000, after: f.energyAfterKwh / 1000, decimals: 0 },
          { measure: 'Carbon (tCO2e a year)', before: f.tco2eBefore, after: f.tco2eAfter, decimals: 1 },
        ],
        { className: 'compact' },
      ),
    ),
  };
}
