import type { Mention } from './find-mentions.js';
import type { Understanding } from './understanding.js';

/** Giving a site up: "close", "shut down", "vacate", "get out of", "exit", "give up", "lose", "mothball". */
const closeVerb = /^(?:close|closes|closed|closing|shut|shuts|shutting|vacate|vacates|vacated|vacating|exit|exits|exited|exiting|lose|losing|lost|mothball|mothballed|mothballing|empty|emptied|emptying|decommission|decommissioned|decommissioning)$/;
const twoWordVerbs = new Set(['give up', 'giving up', 'gave up', 'get out', 'getting out', 'got out', 'move out', 'moving out', 'moved out', 'moves out', 'hand back', 'handing back', 'get rid', 'getting rid']);
/** Words between the verb and what it closes: "shut down one of our data centres", "get out of the Elm Park DC". */
const filler = /^(?:[1-3]|down|of|off|the|our|their|its|a|an|one|two|three|another|whole|entire|existing|current|older|oldest|smaller|smallest|least|used|at|least|from|with|in)$/;
const countWords: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, another: 1, two: 2, three: 3, '1': 1, '2': 2, '3': 3 };
/** A site in general, not by name: "a data centre", "two sites", "one of the server rooms". */
const siteNoun = /^(?:data|datacent(?:re|er)s?|cent(?:re|er)s?|dcs?|sites?|server|computer|rooms?|buildings?|locations?)$/;
const generic = /^(?:(?:data|datacent(?:re|er)s?|cent(?:re|er)s?|dcs?|sites?|server|computer|rooms?)\s?)+$/;

export interface SiteClosure {
  closeSites: NonNullable<Understanding['closeSites']>;
  /** Token positions the rule read (the verb and what it closes), so they are neither scope nor unused. */
  used: number[];
}

/**
 * "Could we close a data centre?", "what if we shut down Elm Park DC?", "give up two sites": the
 * sites to close by name (then not the scope: their servers still move, to the sites that stay),
 * or how many, when only a number is said (the core closes the smallest and says which).
 *
 * @example readSiteClosure(['could', 'we', 'close', 'a', 'data', 'centre'], mentions) // { closeSites: { sites: [], count: 1 }, used: [2, 3, 4, 5] }
 */
export function readSiteClosure(tokens: readonly string[], mentions: readonly Mention[]): SiteClosure | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const pair = `${tokens[i]} ${tokens[i + 1] ?? ''}`;
    const width = twoWordVerbs.has(pair) ? 2 : closeVerb.test(tokens[i]!) ? 1 : 0;
    if (width === 0) continue;
    let j = i + width;
    let count: number | undefined;
    while (j < tokens.length && filler.test(tokens[j]!) && mentions.every((m) => m.start !== j || m.kind !== 'site')) {
      count = countWords[tokens[j]!] ?? count;
      j++;
    }
    const picked: Mention[] = [];
    let end = j;
    for (;;) {
      const site = mentions.find((m) => m.kind === 'site' && m.start === end && !m.ambiguous && !(count !== undefined && generic.test(m.text)));
      if (!site) break;
      picked.push(site);
      end = site.end;
      // "Elm Park" may be read as two mentions of the same site, "elm" and "park".
      if (mentions.some((m) => m.kind === 'site' && m.start === end && !m.ambiguous)) continue;
      if (tokens[end] !== 'and' || !mentions.some((m) => m.kind === 'site' && m.start === end + 1)) break;
      end++;
    }
    // "the tower block comms room": "comms room" (every one) gives way to the one "tower block" names.
    const sites = picked.filter((m) => !picked.some((o) => o.targets.length < m.targets.length && o.targets.every((t) => m.targets.includes(t)))).flatMap((m) => m.targets);
    if (sites.length > 0) return { closeSites: { sites: [...new Set(sites)] }, used: range(i, end) };
    if (!siteNoun.test(tokens[j] ?? '')) continue;
    while (end < tokens.length && siteNoun.test(tokens[end]!)) end++;
    return { closeSites: { sites: [], count: count ?? 1 }, used: range(i, end) };
  }
  const down = downTo.exec(tokens.join(' '));
  if (!down) return undefined;
  const first = down.index === 0 ? 0 : tokens.join(' ').slice(0, down.index).split(' ').length - 1;
  const keep = countWords[down[1]!.replace('a single', 'one')]!;
  return { closeSites: { sites: [], keep }, used: range(first, first + down[0].split(' ').length) };
}

/** Keeping a number of sites rather than closing some: "get down to one data centre", "only need two sites". */
const downTo =
  /\b(?:down to|(?:reduce|reducing|cut|cutting|shrink|shrinking|consolidat\w*|rationali[sz]\w*|merg\w*|slim\w*)(?: [a-z]+){0,3}? (?:to|into)|(?:only|just) (?:need|have|run|use|keep|with)) (1|2|3|one|two|three|a single) (?:data cent(?:re|er)s?|datacent(?:re|er)s?|dcs?|sites?)\b/;

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
