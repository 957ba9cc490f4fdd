import type { AssumptionReader } from '../tco/assumption-reader.js';

/**
 * The four ways of recovering from losing the main server room the 2008 NHS report describes:
 * a mirrored second room kept by SAN-to-SAN replication or by host-based replication software,
 * or backups (to disk at a second site, or to tape taken off site) restored onto rebuilt hosts.
 */
export const drMethods = ['san', 'host', 'disk', 'tape'] as const;
export type DrMethod = (typeof drMethods)[number];

/** What a DR method can promise: how much data a failover loses (RPO) and how long it takes (RTO). */
export interface RecoveryObjectives {
  rpoHours: number;
  rtoHours: number;
  /** The assumption keys the two figures come from. */
  keys: [string, string];
}

// Both mirrored methods restart the same replicated VMs at the DR site: one RTO, the one the
// non-cash benefits already quote (benefits.recoveryHoursDr), so the two never disagree.
const keysOf: Record<DrMethod, [string, string]> = {
  san: ['dr.rpoHoursSan', 'benefits.recoveryHoursDr'],
  host: ['dr.rpoHoursHost', 'benefits.recoveryHoursDr'],
  disk: ['dr.rpoHoursDisk', 'dr.rtoHoursDisk'],
  tape: ['dr.rpoHoursTape', 'dr.rtoHoursTape'],
};

/**
 * The recovery point and time objectives a DR method meets, from the assumptions.
 *
 * @example recoveryObjectives('tape', assumptions) // { rpoHours: 24, rtoHours: 120, keys: [...] }
 */
export function recoveryObjectives(method: DrMethod, a: AssumptionReader): RecoveryObjectives {
  const keys = keysOf[method];
  return { rpoHours: a.get(keys[0]), rtoHours: a.get(keys[1]), keys };
}
