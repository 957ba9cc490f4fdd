import { hostInUseSchema, type HostInUse } from './host-in-use.js';
import type { Server } from './server.js';

const hypervisorOf = (os: string): string =>
  /esxi|vsphere/i.test(os) ? 'vmware' : /hyper-v/i.test(os) ? 'hyperv' : /proxmox/i.test(os) ? 'proxmox' : 'other';

/**
 * A physical server of the canonical estate that runs a hypervisor (isVirtualisationHost), as a
 * host in use: its cluster is its `cluster` column (else its own name); the estate lists cores,
 * not sockets, so a host with an even count of 16 or more cores is taken as two sockets, any
 * other as one (two-socket servers are the norm for virtualisation hosts). Model and CPU model
 * are unknown; RAM, use, power, rack units, purchase year, warranty and support are the server's.
 */
export function hostFromServer(server: Server): HostInUse {
  const sockets = server.cpuCores >= 16 && server.cpuCores % 2 === 0 ? 2 : 1;
  return hostInUseSchema.parse({
    id: server.id,
    cluster: server.currentCluster,
    site: server.site,
    sockets,
    cores_per_socket: server.cpuCores / sockets,
    ram_gb: server.memGb,
    cpu_util: server.cpuUtilP95,
    mem_util: server.memUtilP95,
    power_watts: server.powerWatts,
    rack_units: server.rackUnits,
    purchase_year: server.purchaseYear,
    warranty_end: server.warrantyEnd,
    annual_support_gbp: server.annualSupportPence === undefined ? undefined : server.annualSupportPence / 100,
    hypervisor: hypervisorOf(server.os),
  });
}
