import { roundPence, type Pence } from '../money.js';

export interface PresentValues {
  /** 1 / (1 + rate)^year. */
  discountFactors: number[];
  /** Each year's cash flow x its discount factor, rounded to whole pence. */
  presentValues: Pence[];
  /** The sum of the present values. */
  npv: Pence;
}

/**
 * Net present value of yearly cash flows (index = year, 0 = now, undiscounted), the Green Book
 * way: discount factor 1/(1+r)^t. Each year is rounded to pence before summing, so the NPV is
 * exactly the sum of the present values a reader sees.
 *
 * @example netPresentValue([-1000, 600, 600], 0.035).npv // -1000 + 580 + 560 = 140
 */
export function netPresentValue(cashFlows: readonly Pence[], rate: number): PresentValues {
  const discountFactors = cashFlows.map((_, t) => 1 / (1 + rate) ** t);
  const presentValues = cashFlows.map((c, t) => (c === 0 ? 0 : roundPence(c * discountFactors[t]!)));
  return { discountFactors, presentValues, npv: presentValues.reduce((a, b) => a + b, 0) };
}
