import { editDistance } from './edit-distance.js';
import type { Lexicon } from './create-lexicon.js';
import { genericWords } from './vocabulary.js';
import type { UnknownName } from './understanding.js';

const siteNouns = new Set(['site', 'hospital', 'campus', 'building', 'dc', 'datacentre', 'datacenter', 'infirmary', 'centre']);
const productBefore = new Set(['onto', 'to', 'into', 'on', 'using', 'via', 'with']);
const serviceBefore = new Set(['consolidate', 'consolidating', 'consolidated', 'virtualise', 'virtualised', 'virtualize', 'move', 'moving', 'migrate', 'migrating', 'p2v', 'about', 'for', 'only', 'just', 'decommission', 'retire', 'include', 'including', 'add', 'adding', 'plus']);
/** "what if we did Cardiology too": a name added to the scope of the question before. */
const serviceAfter = new Set(['too', 'also', 'aswell']);
const determiners = new Set(['the', 'our', 'a', 'an', 'all', 'those', 'these', 'its', 'their']);
const maxClosest = 3;

/**
 * Words of a question that look like a name the trust does not have, by where they stand: before
 * "site" or after "at" (a site), after "onto"/"to" (a product: host, vendor or hypervisor), after
 * "consolidate"/"about"/"include", before "servers" or before "too" (a service); and amounts ("£1200000", "90%", "40p")
 * no rule read. Each comes back with the nearest names the trust does have, to offer instead,
 * never to use instead. A capital letter alone makes no name a service: "Can Sarah see ..." names
 * a person, and only a scope position says that a word stands for part of the estate.
 *
 * @example unknownNames(['consolidate', 'cardiology'], [1], lexicon)
 *   // [{ kind: 'service', text: 'cardiology', closest: ['Radiology PACS/RIS', ...] }]
 */
export function unknownNames(tokens: readonly string[], unused: readonly number[], lexicon: Lexicon): UnknownName[] {
  const found: UnknownName[] = [];
  const isUnused = new Set(unused);
  for (let i = 0; i < tokens.length; i++) {
    if (!isUnused.has(i)) continue;
    const token = tokens[i]!;
    if (/\d/.test(token)) {
      if (/^£\d|^\d+(?:\.\d+)?(?:%|p|k|m)$/.test(token)) found.push({ kind: 'number', text: token, closest: [] });
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && isUnused.has(end) && !/\d/.test(tokens[end]!) && !siteNouns.has(tokens[end]!)) end++;
    const text = tokens.slice(i, end).join(' ');
    const kind = kindByPlace(tokens, i, end);
    if (kind) found.push({ kind, text, closest: closestNames(text, kind, lexicon) });
    i = end - 1;
  }
  return found;
}

function kindByPlace(tokens: readonly string[], start: number, end: number): 'service' | 'site' | 'product' | undefined {
  let before = start - 1;
  while (before >= 0 && determiners.has(tokens[before]!)) before--;
  const previous = tokens[before] ?? '';
  const next = tokens[end] ?? '';
  if (siteNouns.has(next) || previous === 'at') return 'site';
  if (productBefore.has(previous)) return 'product';
  if (serviceBefore.has(previous) || genericWords.has(next) || serviceAfter.has(next) || (next === 'as' && tokens[end + 1] === 'well')) return 'service';
  return undefined;
}

/** The trust's names nearest in spelling to the typed words, best first. */
function closestNames(text: string, kind: Exclude<UnknownName['kind'], 'number'>, lexicon: Lexicon): string[] {
  const v = lexicon.vocabulary;
  const names = kind === 'service' ? v.services : kind === 'site' ? v.sites : [...v.hostModels, ...v.vendors, 'VMware', 'Hyper-V', 'Proxmox VE'];
  const distance = (name: string) => {
    const lower = name.toLowerCase();
    const parts = [lower, ...lower.split(/[^a-z0-9]+/).filter((w) => w.length > 2)];
    return Math.min(...parts.map((p) => editDistance(text, p) / Math.max(text.length, p.length)));
  };
  return [...names]
    .map((name) => ({ name, d: distance(name) }))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name, 'en-GB'))
    .slice(0, maxClosest)
    .map((c) => c.name);
}
