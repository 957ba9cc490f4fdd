/** How a DR option keeps its copies, with the recovery objectives each method supports. */
export interface DrReplicationMethod {
  method: 'host' | 'san';
  label: string;
  /** Recovery point objective: how much data a failover can lose. */
  rpo: string;
  /** Recovery time objective: how long a failover takes. */
  rto: string;
  /** What it costs a year, as the replication line's formula says. */
  formula: string;
  keys: string[];
}

/**
 * The two ways of replicating to the DR site the 2008 NHS report compared: host-based
 * replication software, licensed per protected VM, needs no matching array; SAN-to-SAN
 * replication, licensed per array, copies every block synchronously over a short link.
 */
export const drReplicationMethods: Record<DrReplicationMethod['method'], DrReplicationMethod> = {
  host: {
    method: 'host',
    label: 'Host-based replication',
    rpo: 'minutes (asynchronous, per-VM schedules)',
    rto: 'hours (scripted failover of the protected VMs)',
    formula: 'the cheaper of protected VMs x dr.replicationPerVmYear and the hosts of their primary clusters x dr.replicationPerHostYear, + dr.linkPerYear',
    keys: ['dr.replicationPerVmYear', 'dr.replicationPerHostYear', 'dr.linkPerYear'],
  },
  san: {
    method: 'san',
    label: 'SAN-to-SAN replication',
    rpo: 'none to seconds (synchronous within metro distance)',
    rto: 'hours (storage failover, then restart of the VMs)',
    formula: 'DR arrays x dr.sanReplicationPerArrayYear + dr.linkPerYear',
    keys: ['dr.sanReplicationPerArrayYear', 'dr.linkPerYear'],
  },
};
