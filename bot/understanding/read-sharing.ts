import type { Mention } from './find-mentions.js';
import type { Understanding } from './understanding.js';

/** Sharing as a verb, not "Northfield's share of the saving". */
const shareVerb = /^(?:share|shared|shares|sharing|pool|pooled|pooling|combine|combined|combining|merge|merged|merging|mix|mixed|mixing)$/;
/** "The trusts used / moved into / went into Riverside DC": sharing that site, when a site follows. */
const moveInVerb = /^(?:use|used|uses|using|move|moved|moves|moving|go|went|goes|going|consolidate[ds]?|consolidating|hosted|housed|based|located|put|run|ran)$/;
/** Who shares: the organisations of an integrated care system. */
const organisationsWord = /\b(?:trusts|organi[sz]ations|orgs|the ics|integrated care|across the system|system[- ]wide|together)\b/;
/** What is shared: where the servers run. */
const hostingWord = /^(?:hosts?|hosting|data|datacentres?|datacenters?|dcs?|sites?|platforms?|infrastructure|clusters?|server|computer|rooms?|kit|hardware)$/;
/** Kept apart: said of the organisations ("keep the trusts apart", "each trust kept its own hosts"). */
const apart = /\b(?:keep|kept|keeping)\b.{0,30}\b(?:apart|separate|separated)\b|\b(?:separate|their own|its own|own) (?:hosts|kit|hardware|infrastructure|platforms?|clusters?|hosting|data ?cent(?:re|er)s?|datacent(?:re|er)s?|servers)\b|\b(?:stay|stayed|stays|staying|remain|remained|remaining|were|was|are|is|kept|left) (?:separate|apart|independent|standalone)\b|\bseparately\b|\beach (?:one |trust |organi[sz]ation )?(?:keeps?|kept|keeping) (?:its|their) own\b|\beach (?:trust|organi[sz]ation) (?:on|with|keeps?|kept|has) its own\b/;
const eachOrganisation = /\b(?:each|every) (?:trust|organi[sz]ation)\b|\beach (?:one )?(?:keeps?|kept|keeping|has|had|having|on|with) (?:its|their) own\b/;
const notSharing = /\b(?:not|without|no|never) (?:sharing|share|shared)\b/;
const dataCentreCount = /\b(\d+) (?:shared |common |joint )?(?:data ?cent(?:re|er)s?|datacent(?:re|er)s?|dcs?|sites|server rooms|computer rooms)\b|\b(?:a single|one) (?:shared |common |joint )?(?:data ?cent(?:re|er)|datacent(?:re|er)|dc|site|server room)\b/;

/**
 * "What if the three trusts shared two data centres?", "what if the trusts shared hosts at
 * Castle Hill and Riverside?", "keep the trusts apart": whether the organisations of the estate
 * share hosts, and where. Sites named after the sharing verb are where the hosts go (not the
 * scope); a number of data centres without names is kept as `count`. `position` is the token of
 * the verb, so the caller can tell those sites from the scope's. Without a word for the
 * organisations ("trusts"), sharing hosts only means organisations in an estate that names them:
 * "merge the clusters" of one trust is not about trusts.
 *
 * @example readSharing('what if the trusts shared castle hill and riverside', tokens, mentions, true)
 *   // { sharing: { mix: true, dataCentres: ['Castle Hill DC', 'Riverside DC'] }, position: 4 }
 */
export function readSharing(
  text: string,
  tokens: readonly string[],
  mentions: readonly Mention[],
  estateNamesOrganisations: boolean,
): { sharing: NonNullable<Understanding['sharing']>; position: number } | undefined {
  const aboutOrganisations = organisationsWord.test(text);
  const keptApart = (apart.test(text) && (aboutOrganisations || eachOrganisation.test(text))) || (notSharing.test(text) && (aboutOrganisations || estateNamesOrganisations));
  if (keptApart) return { sharing: { mix: false, dataCentres: [] }, position: tokens.length };
  // "could we close a data centre if we shared?": in an estate of trusts, sharing said on its own is theirs.
  const sharedAlone = (i: number) => i === tokens.length - 1 || /^(?:everything|it|them|all|too|more)$/.test(tokens[i + 1]!);
  // "how are the savings shared between the trusts?" divides a figure; nobody shares hosts.
  const figure = /^(?:savings?|costs?|npv|capital|benefits?|figures?|money|bill)$/;
  const figureShared = (i: number) => figure.test(tokens[i - 1] ?? '') || (/^(?:are|is|be|get|gets|got|been)$/.test(tokens[i - 1] ?? '') && figure.test(tokens[i - 2] ?? ''));
  // "the three trusts combined" adds them up; "combined their hosting" shares.
  const addedUp = (i: number) => tokens[i] === 'combined' && !tokens.slice(i + 1, i + 5).some((w) => hostingWord.test(w));
  const shares = tokens.findIndex(
    (t, i) => shareVerb.test(t) && tokens[i + 1] !== 'of' && !figureShared(i) && !addedUp(i) && (aboutOrganisations || (estateNamesOrganisations && (sharedAlone(i) || sitesFollow(i, tokens, mentions) || tokens.slice(i + 1, i + 5).some((w) => hostingWord.test(w))))),
  );
  // "Northfield moved into Riverside DC": a trust named before the verb moves its own servers there.
  const movedBy = (verb: number) => aboutOrganisations || mentions.some((m) => m.kind === 'organisation' && m.end <= verb);
  const position = shares >= 0 ? shares : tokens.findIndex((t, i) => moveInVerb.test(t) && movedBy(i) && sitesFollow(i, tokens, mentions));
  if (position < 0) return undefined;
  // "two data centres" counts them; an alias such as "data centre" -> Main DC does not name one.
  const named = mentions.filter((m) => m.kind === 'site' && m.start > position && !m.ambiguous && !/^(?:(?:data|datacent(?:re|er)s?|cent(?:re|er)s?|dcs?|sites?)\s?)+$/.test(m.text));
  const dataCentres = [...new Set(named.flatMap((m) => m.targets))];
  const owners = mentions.filter((m) => m.start > position && isOwnersSite(m, tokens));
  const dataCentresOf = [...new Set(owners.flatMap((m) => m.targets))];
  const counted = dataCentreCount.exec(text);
  const count = counted ? (counted[1] === undefined ? 1 : Number(counted[1])) : undefined;
  // Named trusts moving in keep hosts of their own unless they share; "the trusts moved into" shares.
  const where = dataCentresOf.length > 0 ? { dataCentresOf } : count !== undefined && dataCentres.length === 0 ? { count } : {};
  return { sharing: { mix: shares >= 0 || aboutOrganisations, dataCentres, ...where }, position };
}

/** "Northfield's data centre": an organisation named as the owner of a site (the token after it names a site). */
export function isOwnersSite(mention: Mention, tokens: readonly string[]): boolean {
  return mention.kind === 'organisation' && /^(?:data|datacent(?:re|er)s?|dcs?|sites?|server|computer|hosting|hosts|main)$/.test(tokens[mention.end] ?? '');
}

/**
 * A site named straight after the verb ("used Riverside DC", "moved into the Castle Hill data
 * centre"), or a number of them without names ("moved into one data centre", "a single site").
 */
function sitesFollow(verb: number, tokens: readonly string[], mentions: readonly Mention[]): boolean {
  let next = verb + 1;
  while (/^(?:in|into|to|onto|at|the|our|their|its|a|just|only|all|one|everything|it|them|servers|systems|workloads|kit|boxes)$/.test(tokens[next] ?? '')) next++;
  if (mentions.some((m) => (m.kind === 'site' && !m.ambiguous) || isOwnersSite(m, tokens) ? m.start === next : false)) return true;
  // "consolidate the 3 trusts into 2 data centres": the count may follow who moves.
  return dataCentreCount.test(tokens.slice(verb + 1, verb + 9).join(' '));
}
