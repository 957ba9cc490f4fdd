import { closeToNames, ruleWords } from './rule-words.js';
import { stopwords } from './stopwords.js';
import { genericWords } from './vocabulary.js';

/**
 * Words that make a sentence about the estate without naming anything in it: question words,
 * verbs and nouns of the question rules, and everyday English. A word outside this list that no
 * rule or name used is reported back ("Read as ... I did not use: 'leeds'").
 */
const ordinary = new Set<string>([
  ...ruleWords, ...closeToNames, ...stopwords, ...genericWords,
  // question and sentence words
  'when', 'why', 'whats', "what's", 'hows', "how's", 'where', 'whether', 'happen', 'happens', 'happened', 'get', 'got', 'give', 'gives',
  'show', 'tell', 'list', 'see', 'look', 'looks', 'like', 'need', 'needs', 'needed', 'want', 'wants', 'know', 'think', 'reckon',
  'guess', 'mean', 'means', 'roughly', 'approximately', 'about', 'around', 'still', 'currently', 'today', 'now', 'yet', 'ever',
  'really', 'actually', 'quick', 'quickly', 'idea', 'ideas', 'rough', 'ballpark', 'figure', 'figures', 'number', 'numbers', 'total',
  'overall', 'each', 'every', 'per', 'most', 'more', 'less', 'least', 'fewer', 'lot', 'lots', 'bit', 'go', 'going', 'went', 'done',
  'doing', 'make', 'makes', 'made', 'take', 'takes', 'took', 'have', 'has', 'had', 'having', 'been', 'being', 'am', 'they', 'he',
  'she', 'him', 'her', 'his', 'hers', 'ours', 'mine', 'yours', 'theirs', 'own', 'same', 'other', 'another', 'else', 'both', 'either',
  'neither', 'nor', 'one', 'ones', 'first', 'last', 'next', 'previous', 'since', 'until', 'after', 'before', 'during', 'while',
  'across', 'between', 'through', 'under', 'above', 'below', 'off', 'out', 'down', 'back', 'away', 'here', 'very', 'quite',
  'rather', 'pretty', 'enough', 'too', 'ok', 'sure', 'yes', 'yeah', 'go', 'ahead', 'instead', 'anyway', 'though', 'because',
  'cause', 'ask', 'asking', 'asked', 'answer', 'question', 'check', 'checking', 'try', 'trying', 'work', 'works', 'working', 'out',
  'gonna', 'wanna', 'mate', 'folks', 'team', 'guys', 'hmm', 'right', 'well', 'way', 'ways', 'kind', 'sort', 'sorts', 'type', 'types',
  'thing', 'things', 'something', 'anything', 'nothing', 'everyone', 'anyone', 'someone', 'time', 'times', 'day', 'days', 'week',
  'weeks', 'month', 'months', 'year', 'years', 'annual', 'annually', 'yearly', 'monthly', 'daily', 'ago', 'old', 'older', 'new',
  'newer', 'newest', 'oldest', 'age', 'aged', 'ageing', 'aging', 'big', 'bigger', 'small', 'smaller', 'smallest', 'large', 'larger',
  'high', 'higher', 'low', 'lower', 'good', 'better', 'best', 'bad', 'worse', 'worst', 'much', 'many', 'few', 'several', 'plenty',
  'full', 'whole', 'entire', 'main', 'only', 'just', 'even', 'already', 'also', 'plus', 'including', 'include', 'includes',
  // the domain's ordinary words (what people ask about, not which servers)
  'nhs', 'trust', 'trusts', 'organisation', 'organisations', 'organization', 'organizations', 'pays', 'draws', 'out-of-warranty', 'it', 'im&t', 'imt', 'cio', 'board', 'director', 'finance', 'budget', 'money', 'spend', 'spent', 'spending',
  'pay', 'paying', 'paid', 'bill', 'bills', 'price', 'prices', 'pricing', 'cost', 'costs', 'costing', 'cheap', 'expensive', 'dear',
  'pounds', 'pence', 'quid', 'saving', 'savings', 'save', 'saves', 'npv', 'tco', 'roi', 'payback', 'capex', 'opex', 'capital',
  'revenue', 'cash', 'flow', 'flows', 'hardware', 'software', 'licence', 'licences', 'license', 'licenses', 'licensing', 'support',
  'maintenance', 'contract', 'contracts', 'renewal', 'renewals', 'refresh', 'replace', 'replacing', 'replacement', 'buy', 'buying',
  'bought', 'purchase', 'purchased', 'install', 'installed', 'running', 'run', 'runs', 'ran', 'still', 'left', 'remaining',
  'power', 'powered', 'watts', 'watt', 'kw', 'kwh', 'kilowatt', 'kilowatts', 'hour', 'hours', 'electric', 'electricity', 'energy',
  'carbon', 'co2', 'co2e', 'emissions', 'footprint', 'green', 'greener', 'net', 'zero', 'rack', 'racks', 'space', 'floor', 'cooling',
  'heat', 'room', 'rooms', 'cupboard', 'cupboards', 'datacentre', 'datacenter', 'centre', 'center', 'data', 'dc', 'dcs', 'building',
  'warranty', 'warranties', 'expired', 'expire', 'expires', 'expiring', 'expiry', 'lapsed', 'end', 'life', 'eol', 'eos',
  'unsupported', 'supported', 'vendor', 'vendors', 'make', 'model', 'models', 'brand', 'manufacturer', 'os', 'operating',
  'physical', 'physicals', 'virtual', 'virtualised', 'virtualized', 'tin', 'bare', 'metal', 'blade', 'blades', 'chassis', 'rackmount',
  'cpu', 'cpus', 'core', 'cores', 'socket', 'sockets', 'ram', 'memory', 'storage', 'disk', 'disks', 'san', 'utilisation',
  'utilization', 'usage', 'use', 'used', 'uses', 'using', 'load', 'capacity', 'headroom', 'spare', 'spares', 'ha', 'n+1', 'failover',
  'dr', 'disaster', 'recovery', 'resilience', 'resilient', 'redundancy', 'backup', 'criticality', 'critical', 'priority', 'tier',
  'importance', 'risk', 'risks', 'risky', 'plan', 'plans', 'planned', 'planning', 'approved', 'target', 'targets', 'track', 'tracking',
  'progress', 'behind', 'ahead', 'schedule', 'change', 'changes', 'changed', 'summary', 'update', 'updates', 'report', 'reports',
  'decommission', 'decommissioned', 'decommissioning', 'retire', 'retired', 'retiring', 'switch', 'switched', 'switching', 'turn',
  'turned', 'turning', 'shut', 'shutdown', 'kill', 'killed', 'consolidating', 'consolidated', 'consolidation', 'virtualising',
  'virtualisation', 'virtualization', 'migrating', 'migrated', 'migration', 'moving', 'moved', 'shift', 'shifting', 'p2v',
  'hypervisor', 'hypervisors', 'option', 'options', 'choice', 'choices', 'alternative', 'alternatives', 'scenario', 'case',
  'horizon', 'period', 'assumption', 'assumptions', 'assume', 'assuming', 'inflation', 'growth', 'grow', 'growing', 'discount',
  'rate', 'rates', 'tariff', 'unit', 'units', 'percent', 'sensitivity', 'chance', 'chances', 'confident', 'likely', 'estate',
  'inventory', 'count', 'counts', 'breakdown', 'split', 'by', 'group', 'grouped', 'top', 'rank', 'ranked', 'ranking', 'hungry',
  'hungriest', 'guzzlers', 'hogs', 'draw', 'drawing', 'consume', 'consumes', 'consuming', 'consumption', 'burn', 'burns', 'ageing',
  'legacy', 'ancient', 'kit', 'gear', 'tin', 'estate', 'mirror', 'mirrored', 'second', 'copy', 'site', 'sites', 'local', 'onsite',
  'cluster', 'clustered', 'clustering', 'together', 'separate', 'separately', 'apart', 'alone', 'family', 'families', 'version', 'versions',
  'r2', 'lts', 'release', 'production', 'box', 'servers', 'per', 'cent', 'a', 'year', 'bn', 'm', 'k', 'p', 'vs',
  'couple', 'pair', 'handful', 'bunch', 'squeeze', 'rest', 'else', 'fewer', 'worth', 'comms', 'outside', 'value', 'stay', 'stayed', 'go', 'goes', 'gone', 'hit', 'hits', 'demand', "can't", 'cannot', "won't", "don't", "doesn't", "isn't", "aren't", 'side', 'difference', 'break', 'wrong', 'negative', 'positive', 'tornado', 'come', 'comes', 'as', 'write', 'produce', 'outline', 'far', 'pulled', 'pull', 'bring', 'brought', 'catalogue', 'programme', 'optimisation',
  'let', 'lets', 'allow', 'hospital', 'hospitals', 'campus', 'infirmary', 'rated', 'rating', 'ratings', 'pue', 'pdf', 'html', 'paper', 'papers', 'sla', 'slas', 'kpi', 'kpis', 'against', 'stop', 'keep', 'kept', 'stay', 'stays', 'staying', 'remain', 'remains', 'happy', 'fine', 'cool',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'quarter', 'q1', 'q2', 'q3', 'q4',
  'except', 'excluding', 'exclude', 'bar', 'minus', 'without', 'but', 'leave', 'leaving', 'aside', 'besides', 'save',
  // switching servers off rather than moving them (engine/retirement)
  // what an organisation gets out of it ("which trust would benefit most?")
  'benefit', 'benefits', 'benefited', 'benefitted', 'gain', 'gains', 'win', 'wins', 'winner', 'individual', 'individually', 'respective', 'respectively', 'per-trust', 'combined', 'winner', 'winners', 'rationalise', 'rationalised', 'rationalising', 'rationalize', 'rationalized', "trusts'", "organisations'", 'shared', 'divided', 'apportioned', 'trust-level', 'organisation-level', 'organization-level', 'keeps', 'per-organisation', 'requirement', 'requirements', 'reduction', 'reductions', 'itself', 'themselves', 'gets', 'cash-releasing', 'non-cash-releasing', 'share', 'shares', 'part', 'parts', 'portion', 'biggest', 'largest', 'highest', 'lowest', 'smallest',
  'zombie', 'zombies', 'idle', 'unused', 'nobody', 'orphan', 'orphaned', 'orphans', 'shut', 'turn', 'candidates', 'candidate',
]);

/** Stems of words whose endings vary ("consolidat-e/-ing/-ion", "virtualis-e/-ing/-ation"). */
const stems = ['consolidat', 'virtualis', 'virtualiz', 'migrat', 'replicat', 'decommission', 'retir', 'switch', 'comput', 'calculat', 'estimat', 'compar', 'explain'];

/** The everyday words, for the spelling corrector to leave alone ("leave" is not a typo of "please"). */
export const ordinaryWords: ReadonlySet<string> = ordinary;

/** True for a word that only makes the sentence (see `ordinary`), numbers excepted: those are reported. */
export function isOrdinaryWord(word: string): boolean {
  if (ordinary.has(word)) return true;
  if (word.length <= 1 && !/\d/.test(word)) return true;
  return stems.some((stem) => word.startsWith(stem));
}
