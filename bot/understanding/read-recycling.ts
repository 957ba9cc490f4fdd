/** Reusing servers as hosts, in words: "recycle", "reuse", "use them as hosts", "under warranty and big enough to be hosts". */
const reuse = String.raw`(?:re-?us\w*|recycl\w*|repurpos\w*|re-?deploy\w*|redeploy\w*|turn\w*|convert\w*|us(?:e|ed|ing)|keep\w*|kept|mak(?:e|ing)|become|serve|act|double)`;
const asHosts = String.raw`(?:as|into|for|to be|to become|be|become) (?:a |an |the |our |new |some |extra |virtuali[sz]ation |vm |hypervisor )?hosts?\b`;
/** Which servers qualify, how many: a question about the estate. */
const whichAsked = new RegExp(
  [
    String.raw`\b(?:which|what(?! if\b| would\b| happens\b)|how many|any|list|show(?: me)?|are there)\b(?: [a-z0-9'-]+){0,8}? ${reuse}\b(?: [a-z0-9'-]+){0,4}? ${asHosts}`,
    String.raw`\b(?:under|in|within|still (?:under|in)) warranty\b.{0,60}\b(?:big|large|powerful|beefy|capable|good|high[- ]spec)(?: enough)?\b.{0,30}\bhosts?\b`,
    String.raw`\b(?:big|large|powerful|beefy) enough (?:to be|to become|to serve as|to act as|as|for) (?:a |the |our )?(?:virtuali[sz]ation |vm )?hosts?\b`,
    String.raw`\b(?:which|what|any|anything)\b.{0,40}\b(?:could|can|would|might) (?:become|be|serve as|act as|double as|work as) (?:a |an |the )?(?:new )?hosts?\b`,
    String.raw`\brecycl\w*\b.{0,20}\b(?:candidates?|eligible|qualify|qualif\w+)\b|\b(?:candidates?|eligible|qualify|qualif\w+)\b.{0,30}\brecycl\w*`,
  ].join('|'),
);
/** Doing it: a what-if with recycled kit. */
const whatIfAsked = new RegExp(
  [
    String.raw`\b(?:what if|if we|suppose|supposing|what would|what happens|could we|can we|should we|shall we|let'?s|try)\b.{0,60}\b${reuse}\b(?: [a-z0-9'-]+){0,4}? ${asHosts}`,
    String.raw`\b(?:with|using|plus|and) (?:the )?recycled (?:kit|servers|hardware|hosts|boxes)\b`,
    String.raw`\brecycl(?:e|ing) (?:the |our )?(?:kit|servers|hardware|hosts|boxes)\b`,
    String.raw`\b(?:re-?us\w*|recycl\w*|repurpos\w*)\b(?: [a-z0-9'-]+){0,3}? ${asHosts}`,
  ].join('|'),
);

/**
 * A question about reusing moved servers as hosts instead of buying new ones (the 2008 case that
 * recycled newer servers): `which` asks which servers qualify or how many ("which servers could
 * we recycle as hosts?"), `what-if` asks for the costed option with them reused ("what if we kept
 * our newer servers and used them as hosts?"). Reusing servers as DR hosts is the DR answer's.
 *
 * @example readRecycling('which servers could we recycle as hosts?') // 'which'
 */
export function readRecycling(text: string): 'which' | 'what-if' | undefined {
  if (whichAsked.test(text)) return 'which';
  if (whatIfAsked.test(text)) return 'what-if';
  return undefined;
}

/** The words of a recycling question the rule reads, so "newer servers" is not taken for a scope or a name. */
export const recyclingWords = new RegExp(
  [
    String.raw`\b(?:re-?us\w*|recycl\w*|repurpos\w*|re-?deploy\w*|redeploy\w*|convert\w*)\b`,
    String.raw`\b(?:kept|keep|keeping|used?|using|turn(?:ed|ing)?|make|making|become|serve|act|double)\b(?= (?:[a-z0-9'-]+ ){0,4}(?:as|into|for|to be|to become|be) )`,
    String.raw`\b(?:them|those|these|it)\b`,
    String.raw`\b(?:as|into|for|to be|to become|be|become|serve as|act as|double as|work as) (?:a |an |the |our |new |some |extra |virtuali[sz]ation |vm |hypervisor )?hosts?\b`,
    String.raw`\b(?:have we got|got|are there)\b`,
    String.raw`\b(?:newer|newest|newish|recent|younger|modern|bigger|biggest|larger|largest|better)\b`,
    String.raw`\b(?:still )?(?:under|in|within)[- ]warranty\b`,
    String.raw`\b(?:existing|current|old|older|spare)\b`,
    String.raw`\b(?:big|large|powerful|beefy|capable|good|high[- ]spec)(?: enough)?\b`,
    String.raw`\b(?:candidates?|eligible|qualify|qualif\w+|kit|hardware|boxes)\b`,
  ].join('|'),
);
