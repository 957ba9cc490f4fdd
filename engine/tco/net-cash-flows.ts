import type { Pence } from '../money.js';
import type { AssumptionReader } from './assumption-reader.js';
import { roundedAmounts } from './cost-line.js';
import type { AppraisalQuantities } from './measure-quantities.js';
import { lineDefinitions } from './price-lines.js';

/**
 * Do nothing minus the option, per year, straight from the line definitions (no line objects:
 * the Monte Carlo hot path). Staying servers cost the same in both cases and are skipped, so
 * the result equals the appraisal's doNothing - withOption exactly, pence for pence.
 */
export function netCashFlows(q: AppraisalQuantities, a: AssumptionReader): Pence[] {
  const net = new Array<number>(q.horizonYears + 1).fill(0);
  const { baseline, option } = lineDefinitions(q);
  for (const line of [...baseline, ...option]) {
    const sign = line.side === 'baseline' ? 1 : -1;
    const amounts = roundedAmounts(line, a);
    for (let t = 0; t < amounts.length; t += 1) net[t]! += sign * amounts[t]!;
  }
  return net;
}
