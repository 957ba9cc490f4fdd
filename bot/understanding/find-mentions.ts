import Fuse from 'fuse.js';
import { editDistance } from './edit-distance.js';
import { closeToNames, ruleWords } from './rule-words.js';
import { stopwords } from './stopwords.js';
import { genericWords, type MentionKind, type Vocabulary, type VocabularyEntry } from './vocabulary.js';

/** A phrase of the question recognised as a name in the estate or catalogue. */
export interface Mention {
  kind: MentionKind;
  targets: string[];
  /** Token span [start, end) in the question's tokens. */
  start: number;
  end: number;
  /** The words as typed. */
  text: string;
  /** 0 = exact; up to the fuzzy threshold for close spellings ("ward sytems"). */
  score: number;
  /** The words could mean any of `targets`: ask which. */
  ambiguous: boolean;
  /** The vocabulary phrase matched (differs from `text` when a typo was corrected). */
  phrase: string;
}


/** The fuzzy threshold and minimum match length NOTES.md found to avoid "we" -> "ward". */
const fuzzyThreshold = 0.3;
/** Shorter phrases ("hr", "pacs", "eobs") must match exactly: fuzzy matching them is noise. */
const minFuzzyLength = 5;
const longestPhrase = 5;
/** When one phrase names things of several kinds, the more specific kind wins. */
const kindPriority: readonly MentionKind[] = ['server', 'service', 'organisation', 'host-model', 'vendor', 'hypervisor', 'os', 'environment', 'site'];

/** Words the question rules own ("power", "matters"): never a fuzzy spelling of a name. */
const reserved: ReadonlySet<string> = new Set([...ruleWords, ...closeToNames]);

/**
 * A vocabulary prepared for matching: an exact index, and fuse.js indexes over the phrases by
 * length (a typo changes the length by at most two, so each search looks at few phrases).
 */
export interface MentionIndex {
  exact: Map<string, VocabularyEntry[]>;
  byLength: Map<number, Fuse<VocabularyEntry>>;
}

export function indexVocabulary(vocabulary: Vocabulary): MentionIndex {
  const exact = new Map<string, VocabularyEntry[]>();
  const lengths = new Map<number, VocabularyEntry[]>();
  for (const entry of vocabulary.entries) {
    exact.set(entry.phrase, [...(exact.get(entry.phrase) ?? []), entry]);
    lengths.set(entry.phrase.length, [...(lengths.get(entry.phrase.length) ?? []), entry]);
  }
  const byLength = new Map<number, Fuse<VocabularyEntry>>();
  for (const [length, entries] of lengths) {
    byLength.set(length, new Fuse(entries, { keys: ['phrase'], includeScore: true, threshold: fuzzyThreshold, minMatchCharLength: 3 }));
  }
  return { exact, byLength };
}

function fuzzyHits(index: MentionIndex, phrase: string): { item: VocabularyEntry; score: number }[] {
  const hits: { item: VocabularyEntry; score: number }[] = [];
  for (let length = phrase.length - 2; length <= phrase.length + 2; length++) {
    for (const hit of index.byLength.get(length)?.search(phrase, { limit: 5 }) ?? []) hits.push({ item: hit.item, score: hit.score ?? 1 });
  }
  return hits;
}

interface Candidate {
  entry: VocabularyEntry;
  start: number;
  end: number;
  score: number;
}

/**
 * Finds the names in a question's tokens: every run of up to six words that neither starts nor
 * ends with a stopword and is not only generic words ("systems") is looked up exactly, then,
 * if long enough, fuzzily against phrases of similar length. Longer spans win over shorter
 * ones, closer spellings over looser ones, and spans never overlap.
 */
export function findMentions(tokens: readonly string[], index: MentionIndex): Mention[] {
  const candidates: Candidate[] = [];
  for (let start = 0; start < tokens.length; start++) {
    for (let end = start + 1; end <= Math.min(tokens.length, start + longestPhrase); end++) {
      const words = tokens.slice(start, end);
      if (!isNamePhrase(words)) continue;
      const phrase = words.join(' ');
      const exact = index.exact.get(phrase);
      if (exact) {
        for (const entry of exact) candidates.push({ entry, start, end, score: 0 });
        continue;
      }
      if (phrase.length < minFuzzyLength || (words.length === 1 && reserved.has(phrase))) continue;
      for (const hit of fuzzyHits(index, phrase)) {
        if (closeSpelling(phrase, hit.item.phrase)) candidates.push({ entry: hit.item, start, end, score: hit.score });
      }
    }
  }
  return choose(candidates, tokens);
}

function isNamePhrase(words: readonly string[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return false;
  if (stopwords.has(first) || stopwords.has(last)) return false;
  return !words.every((w) => genericWords.has(w) || stopwords.has(w));
}

/**
 * fuse.js finds candidates (it also matches inside longer strings and across different words of
 * similar letters: "matters" / "maternity", "hr servers" / "sql servers"); a name is accepted
 * only word by word: the same number of words, short words (under four letters), linking
 * words ("and") and anything with a digit ("2012", "r660") exactly, longer ones within one typo
 * (two from nine letters) that keeps the first letter: people mistype the middle of a word, and
 * "cardiology" is a different department from "radiology", not a typo of it.
 */
function closeSpelling(typed: string, phrase: string): boolean {
  const a = typed.split(' ');
  const b = phrase.split(' ');
  if (a.length !== b.length) return false;
  return a.every((word, i) => {
    const other = b[i]!;
    if (word === other) return true;
    if (word.length < 4 || other.length < 4 || stopwords.has(word) || stopwords.has(other)) return false;
    if (/\d/.test(word) || /\d/.test(other) || word[0] !== other[0]) return false;
    return editDistance(word, other) <= (other.length >= 9 ? 2 : 1);
  });
}

function choose(candidates: Candidate[], tokens: readonly string[]): Mention[] {
  const bySpan = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.start}:${c.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), c]);
  }
  const spans = [...bySpan.values()].map((group) => resolveSpan(group, tokens));
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.score - b.score || a.start - b.start);
  const taken = new Set<number>();
  const chosen: Mention[] = [];
  for (const m of spans) {
    const range = Array.from({ length: m.end - m.start }, (_, i) => m.start + i);
    if (range.some((i) => taken.has(i))) continue;
    range.forEach((i) => taken.add(i));
    chosen.push(m);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Several entries for the same words: a clear best one, or an honest "which one?". */
function resolveSpan(group: Candidate[], tokens: readonly string[]): Mention {
  const best = Math.min(...group.map((c) => c.score));
  const close = group.filter((c) => c.score <= best + 0.02);
  const byPriority = (a: Candidate, b: Candidate) => kindPriority.indexOf(a.entry.kind) - kindPriority.indexOf(b.entry.kind);
  const clear = close.filter((c) => !c.entry.ambiguous).sort(byPriority);
  const first = clear[0] ?? close.sort(byPriority)[0]!;
  const sameKind = close.filter((c) => c.entry.kind === first.entry.kind);
  const targets = [...new Set(sameKind.flatMap((c) => c.entry.targets))];
  const exactClear = first.score === 0 && !first.entry.ambiguous;
  const ambiguous = exactClear ? false : first.entry.ambiguous || new Set(sameKind.map((c) => c.entry.targets.join('|'))).size > 1;
  return {
    kind: first.entry.kind,
    targets: exactClear ? first.entry.targets : targets,
    start: first.start,
    end: first.end,
    text: tokens.slice(first.start, first.end).join(' '),
    score: first.score,
    ambiguous,
    phrase: first.entry.phrase,
  };
}
