/** A critical success factor: what any option must show to be worth taking forward. */
export interface CriticalSuccessFactor {
  name: string;
  test: string;
}

/** The five HM Treasury critical success factors, worded for this kind of scheme. */
export const criticalSuccessFactors: readonly CriticalSuccessFactor[] = [
  { name: 'Strategic fit and business needs', test: 'Meets the spending objectives and supports the trust’s strategic objectives.' },
  { name: 'Potential value for money', test: 'A positive net present value against doing nothing that survives the sensitivity tests.' },
  { name: 'Supplier capacity and capability', test: 'Can be bought through an established public-sector framework from suppliers able to deliver and support it.' },
  { name: 'Potential affordability', test: 'First-year capital within the trust’s capital plan, and lower revenue cost than doing nothing.' },
  { name: 'Potential achievability', test: 'Deliverable by the trust’s team with supplier support within about 12 months, without disrupting clinical services.' },
];
