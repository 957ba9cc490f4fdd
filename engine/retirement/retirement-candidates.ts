import type { RetiredWorkload, RetirementReview, RetireOption, ServerReview } from './retirement-review.js';

/**
 * The servers a scenario switches off instead of moving: none, the zombies, or the zombies and
 * the idle servers. Orphaned servers and duplicate applications are questions for their owners,
 * never switched off by the model.
 *
 * @example retirementCandidates(classifyServers(servers, assumptions, asOf), 'zombie')
 */
export function retirementCandidates(review: RetirementReview, retire: RetireOption): RetiredWorkload[] {
  if (retire === 'none') return [];
  const classes: readonly string[] = retire === 'zombie' ? ['zombie'] : ['zombie', 'idle'];
  return review.servers
    .filter((s): s is ServerReview & { activity: RetiredWorkload['class'] } => classes.includes(s.activity))
    // The activity evidence only: ownership and duplicates are not why a server is switched off.
    .map((s) => ({ workload: s.workload, class: s.activity, evidence: s.evidence.filter((e) => e.signal !== 'apps' && e.signal !== 'owner' && e.signal !== 'service') }));
}
