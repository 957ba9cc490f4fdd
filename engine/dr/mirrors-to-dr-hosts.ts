import type { Scenario } from '../scenario/scenario.js';

/**
 * Whether a scenario's DR tier is a mirrored cluster (dr.method host or san, host when unset)
 * that the plan must place on DR hosts; backups to disk or tape are restored onto hosts found
 * or bought after the event, so they plan none.
 *
 * @example mirrorsToDrHosts({ enabled: true, minCriticality: 'high', method: 'tape' }) // false
 */
export function mirrorsToDrHosts(dr: Scenario['dr']): boolean {
  return dr.enabled && dr.method !== 'disk' && dr.method !== 'tape';
}
