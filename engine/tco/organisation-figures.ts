import type { Pence } from '../money.js';
import type { Appraisal, CostLine } from './appraisal.js';
import type { AssumptionReader } from './assumption-reader.js';
import { financeView } from './finance-view.js';
import { isResidualValue } from './line-treatment.js';
import { netPresentValue } from './net-present-value.js';
import { paybackMonths } from './payback-months.js';
import type { OrganisationShare } from './split-by-organisation.js';

/** The figures a board reads, for one organisation or for the whole estate. */
export interface OrganisationFigureRow {
  /** The organisation, or "Total" for the row of the whole estate. */
  organisation: string;
  serversMoved: number;
  /** Its share of the planned hosts (whole hosts when it has hosts of its own). */
  hostShare: number;
  /** Capital requirement (CDEL, irrecoverable VAT included; optimism bias apart). */
  capital: Pence;
  /** Recurring revenue saving in the first full year, cash-releasing and not. */
  cashSaving: Pence;
  nonCashSaving: Pence;
  /** Undiscounted saving over the horizon (do nothing minus the option). */
  saving: Pence;
  npv: Pence;
  /** Server energy in the first running year, before and after, whole kWh. */
  beforeKwh: number;
  afterKwh: number;
  /**
   * Simple payback of its own net cash flow, by the appraisal's rule (residual values left out);
   * null when it does not pay back within the horizon. Unlike the money, paybacks do not add up:
   * the total row's is the appraisal's own.
   */
  paybackMonths: number | null;
}

export interface OrganisationFigures {
  /** The financial year of the recurring saving, e.g. 2028/29. */
  fullYear: string;
  rows: OrganisationFigureRow[];
  /** The appraisal's own figures: the headline every front end quotes; the rows add up to it exactly. */
  total: OrganisationFigureRow;
}

/**
 * Each organisation's capital, recurring saving, NPV and energy, from its part of every cost line
 * (splitByOrganisation), computed by the same finance view and NPV rule as the whole appraisal.
 * Rounding each organisation to whole pence (VAT, discounting) can leave the parts a few pence
 * from the total; that remainder is settled on the rows, largest fraction first, so the rows add
 * up exactly to the total, which is the appraisal's own figure (the paper's and chat's headline).
 *
 * @example organisationFigures(evaluation.appraisal, splitByOrganisation({ ... }), evaluation.assumptions).total.npv === evaluation.appraisal.npv
 */
export function organisationFigures(appraisal: Appraisal, shares: readonly OrganisationShare[], assumptions: AssumptionReader): OrganisationFigures {
  const f = appraisal.finance;
  const fullYear = f.recurringSavings.fullYear;
  const total: OrganisationFigureRow = {
    organisation: 'Total',
    serversMoved: appraisal.servers.moved,
    hostShare: shares.reduce((s, o) => s + o.hostShare, 0),
    capital: f.capital.requirement,
    cashSaving: fullYear.cashReleasing,
    nonCashSaving: fullYear.nonCashReleasing,
    saving: appraisal.doNothing.sum - appraisal.withOption.sum,
    npv: appraisal.npv,
    beforeKwh: Math.round(appraisal.energyChange.beforeKwh),
    afterKwh: Math.round(appraisal.energyChange.afterKwh),
    paybackMonths: appraisal.paybackMonths,
  };
  const exact = shares.map((share) => {
    // splitByOrganisation keeps the appraisal's lines in order, one part per line.
    const lines: CostLine[] = appraisal.lines.map((line, i) => {
      const part = share.lines[i];
      if (part?.id !== line.id) throw new RangeError(`organisationFigures: ${share.organisation} has no part of line ${line.id}; split the same appraisal`);
      return { ...line, byYear: part.byYear, total: part.byYear.reduce((s, p) => s + p, 0) };
    });
    const finance = financeView({ lines, horizonYears: appraisal.horizonYears, financialYears: appraisal.financialYears, year0: appraisal.appraisalYear, retiredAssets: [] }, assumptions);
    const mine = finance.recurringSavings.byYear.find((y) => y.year === fullYear.year)!;
    const net = share.doNothing.map((d, t) => d - share.withOption[t]!);
    // As the appraisal's payback: residual values are what kit is still worth, not cash received.
    const cash = net.map((n, t) => n - lines.reduce((s, l) => s + (isResidualValue(l.item) && l.side !== 'staying' ? (l.side === 'baseline' ? 1 : -1) * (l.byYear[t] ?? 0) : 0), 0));
    return {
      paybackMonths: paybackMonths(cash),
      capital: finance.capital.requirement,
      cashSaving: mine.cashReleasing,
      nonCashSaving: mine.nonCashReleasing,
      saving: share.saving,
      npv: netPresentValue(net, appraisal.discountRate).npv,
      beforeKwh: share.energy[0]?.beforeKwh ?? 0,
      afterKwh: share.energy[0]?.afterKwh ?? 0,
    };
  });
  const settled = (key: Exclude<keyof (typeof exact)[number], 'paybackMonths'>) => settle(exact.map((e) => e[key]), total[key]);
  const columns = { capital: settled('capital'), cashSaving: settled('cashSaving'), nonCashSaving: settled('nonCashSaving'), saving: settled('saving'), npv: settled('npv'), beforeKwh: settled('beforeKwh'), afterKwh: settled('afterKwh') };
  const rows = shares.map((share, k): OrganisationFigureRow => ({
    organisation: share.organisation,
    serversMoved: share.servers.moved,
    hostShare: share.hostShare,
    capital: columns.capital[k]!,
    cashSaving: columns.cashSaving[k]!,
    nonCashSaving: columns.nonCashSaving[k]!,
    saving: columns.saving[k]!,
    npv: columns.npv[k]!,
    beforeKwh: columns.beforeKwh[k]!,
    afterKwh: columns.afterKwh[k]!,
    paybackMonths: exact[k]!.paybackMonths,
  }));
  return { fullYear: fullYear.financialYear, rows, total };
}

/**
 * Whole numbers near `exact` that add up to `total`: each part rounded down, then the remainder
 * (a few units of rounding) handed out one at a time, largest fraction first (taken back smallest
 * fraction first when the rounded parts overshoot).
 */
function settle(exact: readonly number[], total: number): number[] {
  const parts = exact.map(Math.floor);
  let rest = total - parts.reduce((s, p) => s + p, 0);
  const fraction = (k: number) => exact[k]! - parts[k]!;
  const order = exact.map((_, k) => k).sort((a, b) => (rest >= 0 ? fraction(b) - fraction(a) : fraction(a) - fraction(b)) || a - b);
  for (let i = 0; rest !== 0 && order.length > 0; i = (i + 1) % order.length) {
    const step = Math.sign(rest);
    parts[order[i]!]! += step;
    rest -= step;
  }
  return parts;
}
