import type { Server } from '../estate/server.js';

const hypervisors = /\b(esxi|vsphere|hyper-v|proxmox|xenserver|xcp-ng|ahv)\b/i;

/**
 * A physical server that runs a hypervisor (its `os` names one): in history snapshots the
 * virtualisation hosts are listed like this, carrying the power and support of their VMs.
 */
export function isVirtualisationHost(server: Server): boolean {
  return server.kind === 'physical' && hypervisors.test(server.os);
}
