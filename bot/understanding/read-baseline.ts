import type { Baseline } from '../../engine/scenario/scenario.js';

/**
 * The do-nothing case a question appraises against: `refresh` for "what's the saving against a
 * full refresh?", "what if we just replaced everything like for like?", "what if we refreshed all
 * the servers instead?" (a like-for-like refresh of every server as it falls due); `full-refresh`
 * when the refresh is all at once ("against replacing everything in one go", "a big-bang
 * refresh": every server and host in year 0); `sweat` for "against sweating the assets" (the
 * default, named to switch back). Replacing a hypervisor ("replace VMware") is not a refresh.
 * Undefined when the question names neither.
 *
 * @example readBaseline('compare like-for-like refresh with consolidation') // 'refresh'
 */
export function readBaseline(text: string): Baseline | undefined {
  if (refreshAsked.test(text)) return allAtOnce.test(text) ? 'full-refresh' : 'refresh';
  if (sweatAsked.test(text)) return 'sweat';
  return undefined;
}

const allAtOnce = /\b(?:all )?at once\b|\bin (?:one|1) go\b|\ball in one\b|\bat the same time\b|\bstraight away\b|\bimmediately\b|\bup ?front\b|\bin year (?:0|zero|one)\b|\bbig[- ]bang\b|\bwholesale\b/;
const sweatAsked = /\bsweat(?:ing)? (?:the |our )?(?:assets|kit|servers|estate)\b|\bsweat (?:baseline|case)\b|\bagainst sweating\b|\b(?:run|running|keep|keeping) (?:the |our )?(?:old )?(?:servers|kit|boxes) (?:until|till|to) (?:they die|end of life|failure)\b/;

const kit = '(?:all|every|each|everything|the whole (?:estate|lot)|the (?:servers|estate|lot|kit|hardware|old (?:servers|kit|boxes))|our (?:servers|estate|kit|hardware|old (?:servers|kit|boxes))|all (?:the |our |of (?:the |our ))?(?:servers|kit|hardware|boxes))';
const refreshAsked = new RegExp(
  [
    String.raw`\blike[- ]for[- ]like\b`,
    String.raw`\b(?:full|complete|wholesale|hardware|server|straight|total|whole[- ]estate|estate[- ]wide|traditional|normal|standard|big[- ]bang) (?:hardware |server )?refresh\b`,
    String.raw`\brefresh (?:baseline|cycle|programme|option|case|scenario)\b`,
    String.raw`\brefresh(?:ed|ing)? ${kit}\b`,
    String.raw`\breplac(?:e|ed|ing) ${kit}(?: [a-z]+){0,3}? (?:with new|instead|rather than)\b`,
    String.raw`\breplac(?:e|ed|ing) ${kit}(?: [a-z]+){0,3}? (?:in (?:one|1) go|(?:all )?at once|at the same time)\b`,
    String.raw`\b(?:buy|bought|buying) (?:all )?new (?:physical )?(?:servers|kit|hardware|boxes)(?: [a-z]+){0,3}? (?:instead|rather than)\b`,
    String.raw`\binstead of (?:a |the )?refresh\w*\b`,
    String.raw`\b(?:the|a) (?:server |hardware )?refresh (?:is )?(?:going to |gonna |would |will |to )?cost\b|\bcost (?:of|for) (?:a |the )?(?:server |hardware )?refresh\b`,
  ].join('|'),
);

/** The words of a baseline question the rule reads. */
export const baselineWords = /\b(?:all )?at once\b|\bin (?:one|1) go\b|\bbig[- ]bang\b|\bcycles?\b|\bsweat(?:ing)?\b|\bassets\b|\blike[- ]for[- ]like\b|\brefresh\w*\b|\breplac(?:e|ed|ing)\b|\b(?:full|complete|wholesale|hardware|straight|total|traditional|normal|standard)\b(?= (?:hardware |server )?refresh)|\bbaseline\b|\b(?:buy|bought|buying) (?:all )?new\b|\binstead\b|\brather than\b/;
