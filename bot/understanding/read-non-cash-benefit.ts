import type { NonCashBenefit } from '../../engine/benefits/non-cash-benefits.js';

type Benefit = NonCashBenefit['benefit'];

/** Each non-cash benefit as people ask about it. */
const benefitWords: readonly [Benefit, RegExp][] = [
  ['provisioningTime', /\bprovision\w*\b|\b(?:stand|spin|set|bring|build)(?:ing)? up (?:a )?(?:new )?(?:server|vm|box)\b|\b(?:new|a) (?:server|vm)s? (?:take|takes|took)\b|\b(?:deploy|deploying|deploy(?:ment)? time for) (?:a )?new (?:server|vm|application|app|system)s?\b|\b(?:minutes|days|weeks) instead of (?:weeks|months|days)\b|\blead time\b/],
  ['plannedDowntime', /\b(?:planned |maintenance |scheduled )?downtime\b|\blive migration\b|\bvmotion\b|\blive[- ]migrat\w*\b|\bupgrades? without (?:an )?(?:outage|downtime)\b|\bmaintenance windows?\b|\bplanned outages?\b/],
  ['recoveryTime', /\b(?:time|hours|how long) to (?:recover\w*|restor\w*|get (?:back|going))|\bhow (?:long|quickly|fast)\b.{0,40}\b(?:recover\w*|restor\w*|back up and running|back online)|\brecover(?:y|ing)? (?:time )?(?:from|after) (?:a |an )?(?:hardware |server |host )?(?:failure|fault|crash|outage)\b/],
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
