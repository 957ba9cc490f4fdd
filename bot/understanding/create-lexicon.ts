import type { Estate } from '../../engine/estate/estate.js';
import type { HostModel } from '../../engine/hosts/host-model.js';
import { createSpellingCorrector, type SpellingCorrector } from './correct-spelling.js';
import { indexVocabulary, type MentionIndex } from './find-mentions.js';
import { loadAliases, type Aliases } from './load-aliases.js';
import { ordinaryWords } from './ordinary-words.js';
import { buildVocabulary, type Vocabulary } from './vocabulary.js';

/** Everything question understanding needs about one trust, built once per set of inputs. */
export interface Lexicon {
  vocabulary: Vocabulary;
  index: MentionIndex;
  speller: SpellingCorrector;
}

/**
 * Builds the lexicon from the loaded estate and host catalogue and the curated aliases
 * (data/aliases.json unless given). Takes a few milliseconds; adapters build it once.
 */
export function createLexicon(estate: Estate, hosts: readonly HostModel[], aliases: Aliases = loadAliases()): Lexicon {
  const vocabulary = buildVocabulary(estate, hosts, aliases);
  const words = vocabulary.entries.flatMap((e) => e.phrase.split(' '));
  return { vocabulary, index: indexVocabulary(vocabulary), speller: createSpellingCorrector([...words, ...ordinaryWords]) };
}
