import type { OptionRef, OptionSelection } from '../../engine/choose-option.js';
import type { Hypervisor } from '../../engine/scenario/scenario.js';
import { formatMoneyShort, formatNumber } from './numbers.js';

const hypervisorNames: Readonly<Record<Hypervisor, string>> = { vmware: 'VMware', hyperv: 'Hyper-V', proxmox: 'Proxmox VE' };

/** "PowerEdge R760 with Hyper-V". */
export function describeOption(o: Pick<OptionRef, 'hostModel' | 'hypervisor'>): string {
  return `${o.hostModel} with ${hypervisorNames[o.hypervisor]}`;
}

/**
 * Why this host model and hypervisor, in one sentence, the same in chat, the CLI, the board
 * paper and the monthly summary.
 *
 * @example describeSelection(evaluation.selection) // "PowerEdge R760 with Hyper-V is the best value: the highest NPV (…) of the 21 host model and hypervisor options compared; the runner-up, ..."
 */
export function describeSelection(s: OptionSelection): string {
  const chosen = describeOption(s.chosen);
  if (s.rule === 'best-value') {
    const runnerUp = s.runnerUp && s.margin !== undefined
      ? `; the runner-up, ${describeOption(s.runnerUp)}, is ${formatMoneyShort(s.margin)} lower (NPV ${formatMoneyShort(s.runnerUp.npv)})`
      : '';
    return `${chosen} is the best value: the highest NPV (${formatMoneyShort(s.chosen.npv)}) of the ${formatNumber(s.candidates)} host model and hypervisor options compared${runnerUp}.`;
  }
  if (s.rule === 'cheapest') {
    const better = s.betterValue
      ? ` It is not the best value: ${describeOption(s.betterValue)} has a higher NPV (${formatMoneyShort(s.betterValue.npv)}, ${formatMoneyShort(s.betterValue.npv - s.chosen.npv)} more).`
      : ' It is also the best value of the options compared.';
    return `${chosen} was chosen as the cheapest hardware (purchase and support), as asked.${better}`;
  }
  return `${chosen}, as the scenario names them.`;
}
