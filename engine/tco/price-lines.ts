import type { CostLine } from './appraisal.js';
import type { AssumptionReader } from './assumption-reader.js';
import { costLine, type LineDefinition } from './cost-line.js';
import { estateLines } from './estate-lines.js';
import { hostsInUseLines } from './hosts-in-use-lines.js';
import type { AppraisalQuantities } from './measure-quantities.js';
import { optionLines } from './option-lines.js';
import { parallelRunningLines } from './parallel-running-line.js';
import { licensingCatalogue } from '../licensing/licensing-catalogue.js';
import { wholeItem } from './line-treatment.js';
import { retirementLines } from './retirement-lines.js';

/**
 * The line definitions of some quantities:
 * - `baseline`: do-nothing costs of what the option replaces (moved servers, retired hosts);
 * - `whole`: do-nothing costs of the whole estate (with side `staying`; priced, the staying
 *   lines are whole minus baseline, so do nothing is the same total whatever the option's scope);
 * - `option`: the option's new costs, parallel running included.
 */
export interface LineDefinitions {
  baseline: LineDefinition[];
  whole: LineDefinition[];
  option: LineDefinition[];
}

const definitions = new WeakMap<AppraisalQuantities, LineDefinitions>();

/** Built once per quantities. */
export function lineDefinitions(q: AppraisalQuantities): LineDefinitions {
  let found = definitions.get(q);
  if (!found) {
    const h = q.horizonYears;
    const life = q.baselineLifeYears;
    const minOrder = licensingCatalogue().hypervisors.vmware.minCoresPerOrder;
    const baseline = [
      ...estateLines(q.moved, 'baseline', h, life),
      ...hostsInUseLines(q.retiredHosts, q.licenceTerms, 'baseline', h, life, minOrder),
    ];
    const whole = [
      ...estateLines(q.whole, 'staying', h, life),
      ...hostsInUseLines(q.hostsInUse, q.licenceTerms, 'staying', h, life, minOrder),
    ];
    const switchOff = retirementLines(q.switchedOff, h, life);
    // Parallel running is the kit being migrated; servers switched off have their own verification period.
    const option = [...optionLines(q.option, h, q.serviceLifeYears), ...parallelRunningLines(baseline, h), ...switchOff.filter((d) => d.side === 'option')];
    found = { baseline: [...baseline, ...switchOff.filter((d) => d.side === 'baseline')], whole, option };
    definitions.set(q, found);
  }
  return found;
}

/** The staying line of an item: the whole estate's less what the option replaces or switches off, pence for pence. */
function stayingLine(whole: CostLine, replaced: readonly CostLine[]): CostLine {
  if (replaced.length === 0) return whole;
  const byYear = whole.byYear.map((p, t) => replaced.reduce((left, r) => left - r.byYear[t]!, p));
  const line: CostLine = { ...whole, byYear, total: byYear.reduce((s, p) => s + p, 0) };
  if (whole.quantity && replaced.every((r) => r.quantity)) {
    line.quantity = { unit: whole.quantity.unit, byYear: whole.quantity.byYear.map((v, t) => replaced.reduce((left, r) => left - r.quantity!.byYear[t]!, v)) };
  }
  return line;
}

/** Every cost line of the appraisal, priced under the given assumptions: baseline, staying, option. */
export function priceLines(q: AppraisalQuantities, a: AssumptionReader): CostLine[] {
  const defs = lineDefinitions(q);
  const baseline = defs.baseline.map((d) => costLine(d, a));
  const byItem = new Map<string, CostLine[]>();
  for (const l of baseline) byItem.set(wholeItem(l.item), [...(byItem.get(wholeItem(l.item)) ?? []), l]);
  const staying = defs.whole.map((d) => stayingLine(costLine(d, a), byItem.get(d.item) ?? []));
  return [...baseline, ...staying, ...defs.option.map((d) => costLine(d, a))];
}
