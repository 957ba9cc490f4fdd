import type { Hypervisor } from '../../engine/scenario/scenario.js';

const names: Record<Hypervisor, string> = {
  vmware: 'VMware vSphere',
  hyperv: 'Microsoft Hyper-V',
  proxmox: 'Proxmox VE',
};

/** The product name a board member would recognise. */
export function hypervisorName(hypervisor: Hypervisor): string {
  return names[hypervisor];
}
