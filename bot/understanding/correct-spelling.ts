import Fuse from 'fuse.js';
import { closeToNames, ruleWords } from './rule-words.js';


export interface SpellingCorrector {
  correct(tokens: readonly string[]): string[];
}

/**
 * A corrector that leaves known words alone (rule words, and every word of the trust's own
 * vocabulary, which is matched fuzzily later on its own) and replaces an unknown word of five
 * letters or more by the closest rule word of about the same length, if one is close enough.
 */
export function createSpellingCorrector(knownWords: Iterable<string>): SpellingCorrector {
  const known = new Set<string>([...ruleWords, ...closeToNames, ...knownWords]);
  const fuse = new Fuse([...ruleWords], { includeScore: true, threshold: 0.25, minMatchCharLength: 3 });
  return {
    correct(tokens) {
      return tokens.map((token) => {
        if (token.length < 5 || known.has(token) || /\d/.test(token)) return token;
        const hit = fuse.search(token, { limit: 3 }).find((h) => Math.abs(h.item.length - token.length) <= (token.length >= 8 ? 2 : 1));
        return hit ? hit.item : token;
      });
    },
  };
}
