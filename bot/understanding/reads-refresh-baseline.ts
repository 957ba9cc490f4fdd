/**
 * "What's the saving against a full refresh?", "what if we just replaced everything like for
 * like?", "what if we refreshed all the servers instead?": the option appraised against a
 * like-for-like refresh of every server (baseline `refresh`) rather than sweating the assets.
 * Replacing a hypervisor ("replace VMware") is not a refresh.
 *
 * @example readsRefreshBaseline('compare like-for-like refresh with consolidation') // true
 */
export function readsRefreshBaseline(text: string): boolean {
  return refreshAsked.test(text);
}

const kit = '(?:all|every|each|everything|the whole (?:estate|lot)|the (?:servers|estate|lot|kit|hardware|old (?:servers|kit|boxes))|our (?:servers|estate|kit|hardware|old (?:servers|kit|boxes))|all (?:the |our |of (?:the |our ))?(?:servers|kit|hardware|boxes))';
const refreshAsked = new RegExp(
  [
    String.raw`\blike[- ]for[- ]like\b`,
    String.raw`\b(?:full|complete|wholesale|hardware|server|straight|total|whole[- ]estate|estate[- ]wide|traditional|normal|standard) (?:hardware |server )?refresh\b`,
    String.raw`\brefresh (?:baseline|cycle|programme|option|case|scenario)\b`,
    String.raw`\brefresh(?:ed|ing)? ${kit}\b`,
    String.raw`\breplac(?:e|ed|ing) ${kit}(?: [a-z]+){0,3}? (?:with new|instead|rather than)\b`,
    String.raw`\b(?:buy|bought|buying) (?:all )?new (?:physical )?(?:servers|kit|hardware|boxes)(?: [a-z]+){0,3}? (?:instead|rather than)\b`,
    String.raw`\binstead of (?:a |the )?refresh\w*\b`,
    String.raw`\b(?:the|a) (?:server |hardware )?refresh (?:is )?(?:going to |gonna |would |will |to )?cost\b|\bcost (?:of|for) (?:a |the )?(?:server |hardware )?refresh\b`,
  ].join('|'),
);

/** The words of a refresh question the rule reads. */
export const refreshWords = /\blike[- ]for[- ]like\b|\brefresh\w*\b|\breplac(?:e|ed|ing)\b|\b(?:full|complete|wholesale|hardware|straight|total|traditional|normal|standard)\b(?= (?:hardware |server )?refresh)|\bbaseline\b|\b(?:buy|bought|buying) (?:all )?new\b|\binstead\b|\brather than\b/;
