import type { Evidence } from './retirement-review.js';

/**
 * Evidence in one line, as the CLI, the chat and the paper print it.
 *
 * @example describeEvidence([{ signal: 'cpu_util_p95', value: 1, threshold: '<= 2%' }]) // 'cpu_util_p95 1 (<= 2%)'
 */
export function describeEvidence(evidence: readonly Evidence[]): string {
  return evidence.map((e) => `${e.signal} ${e.value} (${e.threshold})`).join('; ');
}
