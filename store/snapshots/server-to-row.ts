import type { Server, ServerRow } from '../../engine/estate/server.js';
import { penceToPounds } from '../../engine/money.js';

/**
 * A validated server back in its canonical file columns, so the store keeps exactly what an
 * import file would say and re-validates it with `serverSchema` when read (one schema, no twin).
 * Absent optional values stay absent, so defaults apply the same way on the way back.
 */
export function serverToRow(s: Server): ServerRow {
  return {
    id: s.id,
    kind: s.kind,
    service: s.service,
    apps: s.apps,
    site: s.site,
    environment: s.environment,
    criticality: s.criticality,
    os: s.os,
    cpu_cores: s.cpuCores,
    cpu_util_p95: s.cpuUtilP95,
    core_perf: s.corePerf,
    mem_gb: s.memGb,
    mem_util_p95: s.memUtilP95,
    storage_gb: s.storageGb,
    power_watts: s.powerWatts,
    rack_units: s.rackUnits,
    purchase_year: s.purchaseYear,
    warranty_end: s.warrantyEnd,
    annual_support_gbp: s.annualSupportPence === undefined ? undefined : penceToPounds(s.annualSupportPence),
    virtualisable: s.virtualisable ? 'yes' : 'no',
    not_virtualisable_reason: s.notVirtualisableReason,
    anti_affinity: s.antiAffinity,
    host: s.currentHost,
    cluster: s.currentCluster,
    usage_basis: s.usageBasis,
    net_kbps_p95: s.netKbpsP95,
    disk_iops_p95: s.diskIopsP95,
    last_logon: s.lastLogon,
    last_change: s.lastChange,
    owner: s.owner,
    organisation: s.organisation,
  };
}
