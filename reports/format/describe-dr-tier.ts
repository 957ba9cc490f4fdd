import type { Appraisal } from '../../engine/tco/appraisal.js';
import { formatHours } from './format-hours.js';
import { formatNumber } from './numbers.js';

const methodWords: Record<NonNullable<Appraisal['dr']>['method'], string> = {
  host: 'a mirrored cluster kept by host-based replication',
  san: 'a mirrored cluster kept by SAN-to-SAN replication',
  disk: 'backup to disk at a second site',
  tape: 'backup to tape kept off site',
};

/**
 * The DR tier an appraisal includes, in one sentence: how it is recovered, what it protects, its
 * recovery objectives and its DR hosts (none for backups, restored onto hosts found after the event).
 *
 * @example describeDrTier(appraisal.dr!) // "DR for high-criticality systems and above: backup to tape kept off site, ..."
 */
export function describeDrTier(dr: NonNullable<Appraisal['dr']>): string {
  const tier = dr.minCriticality === 'critical' ? 'critical systems' : `${dr.minCriticality}-criticality systems and above`;
  const hosts = dr.method === 'disk' || dr.method === 'tape'
    ? 'no DR hosts: the systems are restored onto hosts found or bought after the event'
    : `${formatNumber(dr.drHosts)} DR host${dr.drHosts === 1 ? '' : 's'}`;
  return `DR for ${tier}: ${methodWords[dr.method]}, protecting ${formatNumber(dr.protectedWorkloads)} workload${dr.protectedWorkloads === 1 ? '' : 's'} (${formatNumber(dr.protectedTb, 1)} TB); RPO ${formatHours(dr.rpoHours)} of data lost, RTO ${formatHours(dr.rtoHours)} to restore; ${hosts}.`;
}
