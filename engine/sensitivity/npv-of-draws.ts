import type { AssumptionSet } from '../assumptions/assumption-set.js';
import { roundPence, type Pence } from '../money.js';
import type { AssumptionReader } from '../tco/assumption-reader.js';
import { roundedAmounts, type LineDefinition } from '../tco/cost-line.js';
import { keyEffect } from '../tco/key-effect.js';
import type { AppraisalQuantities } from '../tco/measure-quantities.js';
import { lineDefinitions } from '../tco/price-lines.js';

/** The cost lines of one set of quantities, split by whether a drawn key reaches them. */
interface DrawnFlows {
  /** Net cash flow per year (do nothing minus the option) of the lines no drawn key reaches. */
  fixed: Float64Array;
  /** The lines a drawn key reaches: +1 on the do-nothing side, -1 on the option's. */
  drawn: { line: LineDefinition; sign: 1 | -1 }[];
  /** The draw's net cash flows, reused from draw to draw. */
  net: Float64Array;
}

/**
 * NPV of draws that each move the same keys, as npvAt would give for the same overrides, pence
 * for pence: the same quantities (`quantitiesFor`, looked up once per combination of the drawn
 * keys that change them), the same lines rounded the same way and the same discounting
 * (netCashFlows, netPresentValue). Faster because of what does not change between draws:
 * - a line that reads none of the drawn keys reads the same values in every draw, and its
 *   amounts depend only on those values and the quantities, so it is priced once per
 *   quantities (hosts bought, network, backup, training, ...): whether a drawn key reaches a
 *   line is seen by recording the keys it reads the first time it is priced;
 * - the values in force are one map updated in place, not an assumption set per draw;
 * - the amounts are whole pence, so adding the lines in another order gives the same sums.
 *
 * @example const npvOf = npvOfDraws(['energy.pricePerKwh'], assumptions, () => q); npvOf([0.3])
 */
export function npvOfDraws(
  keys: readonly string[],
  assumptions: AssumptionSet,
  quantitiesFor: (overrides: Readonly<Record<string, number>>) => AppraisalQuantities,
): (values: ArrayLike<number>) => Pence {
  const drawnKeys = new Set(keys);
  const measured = keys.flatMap((key, i) => (keyEffect(key) === 'reprice' ? [] : [i]));
  const current = new Map(assumptions.all().map((a) => [a.key, a.value]));
  const reader: AssumptionReader = { get: (key) => current.get(key) ?? assumptions.get(key) };
  const flowsByMeasure = new Map<string, DrawnFlows>();

  const flowsOf = (q: AppraisalQuantities): DrawnFlows => {
    const { baseline, option } = lineDefinitions(q);
    const fixed = new Float64Array(q.horizonYears + 1);
    const drawn: DrawnFlows['drawn'] = [];
    const sides: [readonly LineDefinition[], 1 | -1][] = [[baseline, 1], [option, -1]];
    for (const [lines, sign] of sides) {
      for (const line of lines) {
        let reached = false;
        const amounts = roundedAmounts(line, { get: (key) => ((reached ||= drawnKeys.has(key)), reader.get(key)) });
        if (reached) drawn.push({ line, sign });
        else for (let t = 0; t < amounts.length; t += 1) fixed[t]! += sign * amounts[t]!;
      }
    }
    return { fixed, drawn, net: new Float64Array(q.horizonYears + 1) };
  };

  const flowsFor = (values: ArrayLike<number>): DrawnFlows => {
    const key = measured.map((i) => values[i]).join(';');
    let flows = flowsByMeasure.get(key);
    if (!flows) {
      flows = flowsOf(quantitiesFor(Object.fromEntries(keys.map((k, i) => [k, values[i]!]))));
      flowsByMeasure.set(key, flows);
    }
    return flows;
  };

  return (values) => {
    for (let i = 0; i < keys.length; i += 1) current.set(keys[i]!, values[i]!);
    const { fixed, drawn, net } = flowsFor(values);
    net.set(fixed);
    for (const { line, sign } of drawn) {
      const amounts = roundedAmounts(line, reader);
      for (let t = 0; t < amounts.length; t += 1) net[t]! += sign * amounts[t]!;
    }
    const rate = reader.get('discount.rate');
    let npv = 0;
    for (let t = 0; t < net.length; t += 1) {
      const c = net[t]!;
      if (c !== 0) npv += roundPence(c * (1 / (1 + rate) ** t));
    }
    return npv;
  };
}
