import type { NonCashBenefit } from '../../engine/benefits/non-cash-benefits.js';

type Benefit = NonCashBenefit['benefit'];

/**
 * Each non-cash benefit asked about as the object of the question ("how much downtime ...", "how
 * long to provision ..."); "consolidate pathology with no downtime" only says how to do a what-if.
 */
const benefitWords: readonly [Benefit, RegExp][] = [
  [
    'provisioningTime',
    /\bhow (?:long|quickly|quick|fast|soon)\b.{0,50}\b(?:provision\w*|(?:spin|stand|set|bring)(?:ning|ing)? up|deploy\w*|build(?:ing)? (?:a )?new)\b|\bprovision\w* (?:time|times|lead times?|days|speed|takes?)\b|\btime (?:to|it takes to) provision\b|\b(?:new|a) (?:server|vm)s? (?:take|takes|took)\b|\b(?:minutes|days|hours) instead of (?:weeks|months|days)\b|\blead times? for (?:a )?new (?:servers?|vms?)\b/,
  ],
  [
    'plannedDowntime',
    /\bhow (?:much|many)\b.{0,30}\b(?:downtime|outages?|maintenance windows?)\b|(?<!\b(?:with|without|no|zero|minimal|minimum|little) )\b(?:planned |maintenance |scheduled )?(?:downtime|outages?)\b.{0,40}\b(?:sav\w*|avoid\w*|cut|reduc\w*|now|today|after|before|versus|vs)\b|\blive[- ]migrat\w*\b.{0,40}\b(?:sav\w*|avoid\w*|buy|buys|give|gives|get|mean|means|benefit\w*|help\w*|do for)\b|\b(?:what|how much) (?:does|would|will|could) live[- ]migrat\w*\b|\bstill need maintenance windows\b|\bmaintenance windows?\b.{0,30}\b(?:after|still|need)\b|\bupgrades? without (?:an )?(?:outage|downtime)\b.{0,20}\?/,
  ],
  [
    'recoveryTime',
    /\b(?:time|hours|how long) to (?:recover\w*|restor\w*|get (?:back|going))|\bhow (?:long|quickly|fast)\b.{0,40}\b(?:recover\w*|restor\w*|back up and running|back online)|\brecovery times?\b.{0,30}\b(?:failures?|faults?|crash(?:es)?|outages?|dies|died|goes down|fails)\b|\b(?:failures?|faults?|crash(?:es)?|outages?)\b.{0,30}\brecovery times?\b/,
  ],
];

/** Asking about benefits that are not money: "non-cash benefits", "what else do we get apart from savings?". */
const benefitsAsked = /\b(?:non[- ]?cash(?:[- ]releasing)?|non[- ]?financial|non[- ]?monetary|qualitative|intangible|soft|operational) benefits\b|\bbenefits (?:other than|apart from|besides|beyond) (?:money|cash|savings?)\b|\b(?:benefits?|gains?) in (?:time|hours|days)\b|\b(?:benefits?|gains?) (?:other than|apart from|besides|beyond|rather than|except) (?:money|cash|savings?|financial ones)\b|\btime rather than money\b/;

/** The words of a benefits question the rule reads: "live migration" is not the live environment. */
export const nonCashBenefitWords =
  /\blive[- ]migrat\w*\b|\bvmotion\b|\b(?:planned |maintenance |scheduled )?downtime\b|\bprovision\w*\b|\b(?:non[- ]?cash(?:[- ]releasing)?|non[- ]?financial|non[- ]?monetary|qualitative|intangible|soft|operational) benefits\b|\bbenefits\b|\brecover\w*\b|\brestor\w*\b|\b(?:new|a) (?:server|vm)s?\b|\blead time\b|\bmaintenance windows?\b|\bplanned outages?\b|\bupgrades?\b|\boutages?\b|\bfailures?\b|\bnow\b|\btoday\b|\bafter(?:wards)?\b|\bbefore\b|\bversus\b|\bvs\b|\blong\b|\btake\b|\btakes\b|\btime\b|\b(?:spin|stand|set|bring|build)(?:ing)? up\b|\bfast(?:er)?\b|\bquick(?:ly|er)?\b|\b(?:died|dies|fails?|failed|crash(?:es|ed)?|goes down|went down)\b|\bbenefit\b|\brather than\b|\bmoney\b|\bavoid\w*\b|\bin terms of\b|\b(?:buy|save|get)s? us\b/;

/**
 * A question about the plan's non-cash benefits (engine/benefits): provisioning time, planned
 * downtime that live migration avoids, recovery time after a failure. `benefit` is the one asked
 * about, when one is; undefined when the question is not about them.
 *
 * @example readNonCashBenefit('how much downtime would live migration save us?') // { benefit: 'plannedDowntime' }
 */
export function readNonCashBenefit(text: string): { benefit?: Benefit } | undefined {
  const named = benefitWords.filter(([, pattern]) => pattern.test(text)).map(([benefit]) => benefit);
  if (named.length === 0 && !benefitsAsked.test(text)) return undefined;
  return named.length === 1 ? { benefit: named[0]! } : {};
}
