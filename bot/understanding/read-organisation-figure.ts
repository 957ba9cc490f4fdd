import type { OrganisationFigure } from './understanding.js';

/**
 * Asked trust by trust: "per trust", "by organisation", "for each of the trusts", "trust by trust",
 * "which trust ...", "break the saving down by trust". Not "each trust kept its own hosts", which
 * says how the trusts are planned (read-sharing.ts), nor "across the trusts", which means together.
 */
const perOrganisation =
  /\b(?:each|every|per|by|which|for (?:each|every)|individual|respective) (?:one of |of )?(?:the |our |their |its )?(?:individual |separate |three |two |four |\d+ )?(?:trusts?|organi[sz]ations?|orgs?)\b(?!'? (?:kept|keeps|keep|keeping|had|has|have|on|with|using|uses|used) (?:its|their|separate)\b|'? (?:stays?|stayed|staying) (?:separate|apart)\b)|\b(?:trust|organi[sz]ation)[- ]by[- ](?:trust|organi[sz]ation)\b|\bper[- ](?:trust|organi[sz]ation)\b|\b(?:split|broken down|break(?:s|ing)? (?:it |this |that |them |the [a-z]+ |[a-z]+ )?down|breakdown|divided|apportioned|shared out)\b.{0,30}\b(?:trusts?|organi[sz]ations?)\b|\b(?:each|every) (?:trust|organi[sz]ation)'s\b|\bwho (?:benefits|gains|saves|wins|would (?:benefit|gain|save|win))\b|\b(?:trust|organi[sz]ation)[- ]level\b|\b(?:shared|divided|apportioned|spread) (?:out )?(?:between|among|amongst|across) (?:the |our )?(?:\d+ |three |two )?(?:trusts|organi[sz]ations)\b|'s (?:share|part|portion|slice|cut) of\b|\b(?:trusts|organi[sz]ations)' (?:savings?|npv|capital|costs?|figures|payback|energy|hosts|benefits?)\b|\b(?:compare|compares|differ|differs|vary|varies)\b.{0,15}\b(?:across|between|among|for) (?:the |our |each of the )?(?:trusts|organi[sz]ations)\b|\brank\w* (?:the |our )?(?:trusts|organi[sz]ations)\b/;
/** "Northfield, Southmead and Westbrook separately": trust by trust when two or more are named. */
const eachNamed = /\b(?:separately|individually|respectively|each|one by one)\b/;

/** What is asked per organisation, most specific first: "energy saving" is energy, "NPV" is not the saving. */
const figures: readonly [RegExp, OrganisationFigure][] = [
  [/\bhow many (?:[a-z]+ )?hosts\b|\bneeds?\b.{0,20}\bhosts\b|\b(?:most|fewest) hosts\b|\bhosts? (?:would|will|does|do|did) (?:each|every|they|it|the)\b|\bhosts? (?:per|by|for each|each)\b|\bhost counts?\b|\bnumber of hosts\b/, 'hosts'],
  [/\bpay ?back\b|\bpays? (?:for )?itself\b|\bpays? back\b/, 'payback'],
  [/\bnpv\b|\bnet present value\b/, 'npv'],
  [/\bcapital\b|\bcdel\b|\bup[- ]?front\b|\binvest(?:ment|ing)?\b|\bhow much (?:would|will|does) (?:it|that|this) cost\b/, 'capital'],
  [/\benergy\b|\bpower\b|\belectricity\b|\bkwh\b|\bcarbon\b/, 'energy'],
  [/\bsav(?:e|es|ed|ing|ings)\b|\bcash\b|\bcheaper\b|\brunning costs?\b/, 'saving'],
  [/\bbenefit\w*|\bgain\w*|\bwin(?:s|ners?)?\b|\bbetter off\b|\bdo(?:es)? (?:best|well|better)\b|\bcome[s]? out (?:best|on top|ahead)\b/, 'benefit'],
];

/**
 * The figure a what-if asks for organisation by organisation ("break the saving down by trust",
 * "show me the NPV by trust", "which trust would benefit most?"), `figures` when it asks for each
 * trust's figures without naming one; undefined when it does not ask trust by trust.
 * `organisationsNamed` counts the trusts the question names ("Northfield and Southmead separately");
 * `trustByTrust` says the caller already knows it is asked trust by trust ("Northfield vs Southmead savings").
 *
 * @example readOrganisationFigure('show me the npv by trust', 0) // 'npv'
 */
export function readOrganisationFigure(text: string, organisationsNamed: number, trustByTrust = false): OrganisationFigure | undefined {
  if (!trustByTrust && !perOrganisation.test(text) && !(organisationsNamed >= 2 && eachNamed.test(text))) return undefined;
  return figures.find(([pattern]) => pattern.test(text))?.[1] ?? 'figures';
}
