import type { Criticality } from '../estate/server.js';
import type { AssumptionReader } from '../tco/assumption-reader.js';

/** The recovery a criticality tier needs, from the trust's business impact analysis (assumptions). */
export interface RecoveryTarget {
  tier: Criticality;
  rpoHours: number;
  rtoHours: number;
  keys: [string, string];
}

const suffix: Record<Criticality, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

/**
 * The recovery point and time targets of one criticality tier (dr.targetRpoHours<Tier>,
 * dr.targetRtoHours<Tier>).
 *
 * @example recoveryTarget('critical', assumptions) // { tier: 'critical', rpoHours: 1, rtoHours: 4, keys: [...] }
 */
export function recoveryTarget(tier: Criticality, a: AssumptionReader): RecoveryTarget {
  const keys: [string, string] = [`dr.targetRpoHours${suffix[tier]}`, `dr.targetRtoHours${suffix[tier]}`];
  return { tier, rpoHours: a.get(keys[0]), rtoHours: a.get(keys[1]), keys };
}
