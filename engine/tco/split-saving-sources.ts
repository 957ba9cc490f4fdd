import type { Pence } from '../money.js';
import type { CostLine, SavingFigure, SavingSources } from './appraisal.js';
import { netPresentValue } from './net-present-value.js';
import { switchOffItemPrefix } from './line-treatment.js';

function figure(baseline: Pence, option: Pence): SavingFigure {
  return { baseline, option, saving: baseline - option, percent: baseline === 0 ? null : (baseline - option) / baseline };
}

/**
 * The saving from switching servers off, apart from the saving from consolidating the rest:
 * the switch-off lines (retirement-lines.ts) on their own, and everything else. Both parts add
 * up to the appraisal's total cost of ownership saving and NPV exactly (consolidation is the
 * total less switching off).
 */
export function splitSavingSources(
  lines: readonly CostLine[],
  total: { saving: SavingFigure; npv: Pence },
  servers: { switchedOff: number; moved: number },
  discountRate: number,
): SavingSources {
  const net = new Array<number>(lines[0]?.byYear.length ?? 0).fill(0);
  let baseline = 0;
  let option = 0;
  for (const line of lines) {
    if (line.side === 'staying' || !line.item.startsWith(switchOffItemPrefix)) continue;
    const sign = line.side === 'baseline' ? 1 : -1;
    line.byYear.forEach((p, t) => (net[t]! += sign * p));
    if (line.side === 'baseline') baseline += line.total;
    else option += line.total;
  }
  const npv = servers.switchedOff === 0 ? 0 : netPresentValue(net, discountRate).npv;
  return {
    switchOff: { servers: servers.switchedOff, saving: figure(baseline, option), npv },
    consolidation: { servers: servers.moved, saving: figure(total.saving.baseline - baseline, total.saving.option - option), npv: total.npv - npv },
  };
}
