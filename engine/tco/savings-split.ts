import type { CostGroup, CostLine, SavingFigure, SavingsSplit } from './appraisal.js';

function figure(lines: readonly CostLine[], groups: readonly CostGroup[]): SavingFigure {
  const sum = (side: 'baseline' | 'option') =>
    lines.filter((l) => l.side === side && groups.includes(l.group)).reduce((s, l) => s + l.total, 0);
  const baseline = sum('baseline');
  const option = sum('option');
  return { baseline, option, saving: baseline - option, percent: baseline === 0 ? null : (baseline - option) / baseline };
}

/**
 * Savings the way NHS boards read them, over the whole horizon, undiscounted, on the part of the
 * estate the option changes (servers that stay cost the same either way and would only dilute
 * the percentages): running costs, hardware and software, and total cost of ownership (all
 * lines, including one-off change costs and optimism bias).
 */
export function savingsSplit(lines: readonly CostLine[]): SavingsSplit {
  return {
    runningCosts: figure(lines, ['running']),
    hardwareSoftware: figure(lines, ['hardware-software']),
    totalCostOfOwnership: figure(lines, ['running', 'hardware-software', 'one-off', 'risk']),
  };
}
