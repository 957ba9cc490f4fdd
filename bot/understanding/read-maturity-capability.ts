import type { MaturityCapability } from '../../engine/maturity/assess-maturity.js';

/** Each NIMM capability consolidation moves, as people name it; the longer names first. */
const capabilityWords: readonly [MaturityCapability, RegExp][] = [
  ['storageVirtualisation', /\bstorage(?: virtuali[sz]ation)?\b|\b(?:shared|hyperconverged|hci) storage\b|\bsans?\b/],
  ['itServiceContinuity', /\b(?:it )?service continuity\b|\bbusiness continuity\b|\bcontinuity\b|\bresilience\b/],
  ['powerAndCooling', /\bpower(?: and| &) cooling\b|\bcooling\b|\bpower\b/],
  ['capacityManagement', /\bcapacity(?: management| planning)?\b/],
  ['serverVirtualisation', /\b(?<!storage )(?:server )?virtuali[sz]ation\b/],
];

/** The capability words of a maturity question, read before names ("capacity management" is not the Infrastructure management service). */
export const maturityCapabilityWords =
  /\b(?:sit|stand|rate|rated|rank|ranked|levels?|scores?|ratings?)\b|\b(?:our )?(?:nimm |maturity )?(?:scores?|levels?|ratings?) (?:for|on|of|in)\b|\b(?:it )?service continuity\b|\bbusiness continuity\b|\bcapacity (?:management|planning)\b|\b(?:storage|server) virtuali[sz]ation\b|\bpower (?:and|&) cooling\b/;

/** A capability named unmistakably, enough with "level" or "score" to make a maturity question. */
export const maturityCapabilityNamed = /\b(?:it )?service continuity\b|\bcapacity (?:management|planning)\b|\bstorage virtuali[sz]ation\b|\bpower (?:and|&) cooling\b/;

/**
 * The NIMM capability a maturity question names ("how mature is our capacity management?",
 * "our NIMM score for IT service continuity"), so the answer leads with it; undefined when it
 * names none or asks about maturity in general.
 *
 * @example readMaturityCapability('how mature is our capacity management?') // 'capacityManagement'
 */
export function readMaturityCapability(text: string): MaturityCapability | undefined {
  const named = capabilityWords.filter(([, pattern]) => pattern.test(text)).map(([capability]) => capability);
  return named.length === 1 ? named[0] : undefined;
}
