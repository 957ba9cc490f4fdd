import type { CostLine } from './appraisal.js';
import type { AssumptionReader } from './assumption-reader.js';
import { costLine, type LineDefinition } from './cost-line.js';
import { estateLines } from './estate-lines.js';
import type { AppraisalQuantities } from './measure-quantities.js';
import { optionLines } from './option-lines.js';
import { retirementLines } from './retirement-lines.js';

const definitions = new WeakMap<AppraisalQuantities, LineDefinition[]>();

/** The line definitions of some quantities: baseline (moved servers), staying servers, the option, then switching servers off. Built once per quantities. */
export function lineDefinitions(q: AppraisalQuantities): LineDefinition[] {
  let found = definitions.get(q);
  if (!found) {
    const h = q.horizonYears;
    const life = q.serviceLifeYears;
    found = [...estateLines(q.moved, 'baseline', h, life), ...estateLines(q.staying, 'staying', h, life), ...optionLines(q.option, h, life), ...retirementLines(q.retired, h, life)];
    definitions.set(q, found);
  }
  return found;
}

/** Every cost line of the appraisal, priced under the given assumptions. */
export function priceLines(q: AppraisalQuantities, a: AssumptionReader): CostLine[] {
  return lineDefinitions(q).map((d) => costLine(d, a));
}
