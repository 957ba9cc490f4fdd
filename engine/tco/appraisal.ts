import type { DrMethod } from '../dr/recovery-objectives.js';
import type { Criticality } from '../estate/server.js';
import type { Pence } from '../money.js';
import type { Baseline, Hypervisor } from '../scenario/scenario.js';
import type { FinanceView } from './finance-view.js';

/**
 * Which costs a line belongs to:
 * - `baseline`: do-nothing costs of the servers the option moves (they stop if the option goes ahead);
 * - `staying`: costs of servers the option leaves alone (out of scope or unplaced), the same in both cases;
 * - `option`: the new costs of the option.
 * Do nothing = baseline + staying; with the option = option + staying.
 */
export type CostSide = 'baseline' | 'staying' | 'option';

/**
 * How boards read costs (the NHS case studies' "running costs down 70%, hardware and software
 * down 60%, total cost of ownership down 64%"): running costs, hardware and software, one-off
 * change costs, and the optimism-bias risk allowance. Total cost of ownership is all four.
 */
export type CostGroup = 'running' | 'hardware-software' | 'one-off' | 'risk';

/** Capital (CDEL: assets, capital receipts) or revenue (RDEL: running and one-off spend). */
export type CostNature = 'capital' | 'revenue';

/** A physical quantity behind a line, so a reader can redo "kWh x price". */
export interface LineQuantity {
  unit: string;
  /** Value per year, index = year (0 = now). */
  byYear: number[];
}

/** One traceable line of the appraisal. */
export interface CostLine {
  /** Stable id, `${side}.${item}`, e.g. `baseline.energy`, `option.hosts`. */
  id: string;
  item: string;
  side: CostSide;
  label: string;
  group: CostGroup;
  nature: CostNature;
  /** Pence per year, index = year (0 = now); negative = a receipt. */
  byYear: Pence[];
  total: Pence;
  /** Assumption keys (data/assumptions.json) the line's formula reads. */
  keys: string[];
  /** The formula in words, naming the keys, e.g. "kWh x energy.pricePerKwh". */
  formula: string;
  quantity?: LineQuantity;
  /** A saving on this line releases cash (engine/tco/line-treatment.ts). */
  cashReleasing: boolean;
  /** VAT is charged on this line (a purchase from a supplier). */
  vatable: boolean;
}

/** Capital, revenue and total per year for one side or a combination of sides. */
export interface YearTotals {
  capital: Pence[];
  revenue: Pence[];
  total: Pence[];
  /** Sum over all years. */
  sum: Pence;
}

export interface CashFlowYear {
  year: number;
  /** NHS financial year (1 April to 31 March), e.g. "2026/27". */
  financialYear: string;
  /** Do nothing: baseline + staying. */
  doNothing: Pence;
  /** With the option: option + staying. */
  withOption: Pence;
  /** doNothing - withOption: positive = the option saves money that year. */
  net: Pence;
  /** 1 / (1 + discount.rate)^year. */
  discountFactor: number;
  /** round(net x discountFactor). */
  presentValue: Pence;
  /** Undiscounted net cash flow to date. */
  cumulativeNet: Pence;
}

export interface SavingFigure {
  /** Do-nothing cost of what the option changes, over all years. */
  baseline: Pence;
  /** Cost of the option over all years. */
  option: Pence;
  saving: Pence;
  /** saving / baseline (0.64 = 64% lower); null when the baseline is zero. */
  percent: number | null;
}

export interface SavingsSplit {
  runningCosts: SavingFigure;
  hardwareSoftware: SavingFigure;
  totalCostOfOwnership: SavingFigure;
}

/** One source of the saving: its servers, its saving over the horizon (undiscounted) and its NPV. */
export interface SavingSource {
  servers: number;
  saving: SavingFigure;
  npv: Pence;
}

/**
 * Where the saving comes from: switching servers off (scenario `retire`) and consolidating the
 * servers that move. The two add up to the total cost of ownership saving and the NPV.
 */
export interface SavingSources {
  switchOff: SavingSource;
  consolidation: SavingSource;
}

export interface EnergyYear {
  year: number;
  financialYear: string;
  /** Whole estate: the servers the option moves plus those that stay. */
  beforeKwh: number;
  afterKwh: number;
  /** The servers the option moves, before, and the hosts and storage that replace them, after. */
  movedBeforeKwh: number;
  movedAfterKwh: number;
  beforeTco2e: number;
  afterTco2e: number;
}

export interface Inventory {
  physicalServers: number;
  physicalCores: number;
  rackUnits: number;
}

/** The economic appraisal of one option against doing nothing (HM Treasury Green Book style). */
export interface Appraisal {
  scenario: string;
  hypervisor: Hypervisor;
  hostModel: string;
  /** Calendar year in which year 0's financial year starts (1 April), and where it came from. */
  appraisalYear: number;
  appraisalYearSource: 'estate as-of date' | 'appraisal.year';
  horizonYears: number;
  /** 0..horizon. */
  years: number[];
  /** Financial-year label of each year, e.g. ["2026/27", "2027/28", ...]. */
  financialYears: string[];
  /** The do-nothing case: "sweat" the assets (replace at end of life) or "refresh" like for like on a cycle. */
  baselineCase: Baseline;
  /** What the appraisal assumed because the inventory did not say (every front end shows these). */
  assumedInputs: string[];
  lines: CostLine[];
  baseline: YearTotals;
  staying: YearTotals;
  option: YearTotals;
  doNothing: YearTotals;
  withOption: YearTotals;
  cashFlows: CashFlowYear[];
  discountRate: number;
  /** Sum of the cash flows' present values. */
  npv: Pence;
  optimismBias: { rate: number; total: Pence };
  /**
   * Months until the cumulative undiscounted net cash flow, residual values left out (they are
   * not money received), turns non-negative; null if not within the horizon.
   */
  paybackMonths: number | null;
  savings: SavingsSplit;
  savingSources: SavingSources;
  /** Running years 1..horizon. */
  energy: EnergyYear[];
  /**
   * The energy cut on one stated basis, used by every front end: the whole estate's server energy
   * (servers, today's hosts and the option's hosts and storage, cooling included), in a running year.
   */
  energyChange: { basis: 'whole estate'; beforeKwh: number; afterKwh: number; percent: number | null };
  /** The finance view: one capital figure, reconciliation, cash-releasing savings, VAT, depreciation, PDC, I&E, affordability. */
  finance: FinanceView;
  inventory: { before: Inventory; after: Inventory };
  /** `switchedOff`: servers switched off instead of moved (scenario `retire`); `retiredPhysical` are physical servers moved. */
  servers: { moved: number; staying: number; retiredPhysical: number; redeployedOrSold: number; switchedOff: number };
  /** Moved servers reused as the plan's hosts instead of new ones (scenario `recycle`), and which host each stands in for. */
  recycledHosts?: { server: string; host: string }[];
  /**
   * The DR tier, when the scenario has one: how it is recovered (dr.method), what it protects
   * (storage in TB as the plan grows it), the DR hosts planned for it (none for backups) and the
   * recovery point and time objectives the method meets.
   */
  dr?: { method: DrMethod; minCriticality: Criticality; protectedWorkloads: number; protectedTb: number; drHosts: number; rpoHours: number; rtoHours: number };
}
