import type { DrMethod } from '../../engine/dr/recovery-objectives.js';
import type { Criticality } from '../../engine/estate/server.js';
import type { Hypervisor } from '../../engine/scenario/scenario.js';
import type { Lexicon } from './create-lexicon.js';
import { extractOverrides } from './extract-overrides.js';
import { findMentions, type Mention } from './find-mentions.js';
import { normaliseQuestion } from './normalise-question.js';
import type { CompareTopic, CostLineAsked, EstateTopic, Intent, Refusal, ScopeMention, SensitivityTopic, Understanding } from './understanding.js';
import { isOrdinaryWord } from './ordinary-words.js';
import { readOrganisationFigure } from './read-organisation-figure.js';
import { isOwnersSite, readSharing } from './read-sharing.js';
import { readSiteClosure } from './read-site-closure.js';
import { unknownNames } from './unknown-names.js';
import { readDrMethod } from './read-dr-method.js';
import { maturityCapabilityNamed, maturityCapabilityWords, readMaturityCapability } from './read-maturity-capability.js';
import { nonCashBenefitWords, readNonCashBenefit } from './read-non-cash-benefit.js';
import { publishedCaseWords, readPublishedCases } from './read-published-cases.js';
import { readRecycling, recyclingWords } from './read-recycling.js';
import { baselineWords, readBaseline } from './read-baseline.js';

/**
 * Turns one chat message into an Understanding: intent, the estate scope it names, host model or
 * vendor, hypervisors, DR, assumption overrides, and the topic of an estate, compare or
 * sensitivity question. Pure: same text and lexicon, same result; no network, no model.
 *
 * Rules run on a normalised, spell-corrected copy of the text, in an order that consumes the
 * phrases each one recognises ("replicate critical systems" is DR before "critical systems"
 * can become a scope), then the remaining words are matched against the trust's own names.
 *
 * @example understandQuestion('what if we consolidate ward sytems onto the Dell boxes with DR?', lexicon)
 *   // { intent: 'what-if', scope: { services: ['Ward systems'], ... }, host: { vendor: 'Dell' }, dr: { enabled: true }, ... }
 */
export function understandQuestion(text: string, lexicon: Lexicon): Understanding {
  const normal = lexicon.speller.correct(normaliseQuestion(text).split(' ')).join(' ');
  const refusal = readRefusal(normal);
  // A refused message is not read for names or values: nothing in it may reach the engine.
  const reading = new Reading(refusal ? '' : normal);
  const programme = readProgrammeQuestion(refusal ? '' : normal, reading);

  const all = reading.take(wholeEstate) !== undefined;
  const compareDr = reading.take(withAndWithoutDr) !== undefined;
  // "What if we did DR with tape?" appraises that one way in full; asked otherwise, DR methods get the options table.
  const drMethod = readDrMethodWhatIf(normal);
  const drQuestion = drMethod === undefined && (drOptionsQuestion.test(normal) || drRecycleQuestion.test(normal));
  // "a mirrored room" is DR here, not one of the trust's comms rooms.
  const room = drQuestion ? reading.take(secondRoom) : undefined;
  const drRead = compareDr ? undefined : (readDr(reading, lexicon) ?? (room ? { enabled: true } : undefined));
  const dr = drMethod ? { ...drRead, enabled: true, method: drMethod } : drRead;
  // In a question about DR options or a DR method, "tape backup" names a method, not the Backup service.
  if (drQuestion || drMethod) while (reading.take(drMethodWords));
  // "over 10 years old" in a question about the estate is the age to count from, not a horizon or a stray number.
  const olderThan = whatIfCue.test(normal) ? undefined : reading.take(olderThanAge);
  const olderThanYears = olderThan ? Number(olderThan[1] ?? olderThan[2]) : undefined;
  const { overrides, rest } = extractOverrides(reading.text);
  reading.text = rest;
  // Topic words are read on the whole question without its numbers ("30p/kWh" is no energy question).
  const unquantified = extractOverrides(normal).rest;
  const criticality = readCriticality(reading);

  const costLine = readCostLine(unquantified);
  // "how much does backup cost us?" is the backup cost line, not the Backup service, when nothing is to be consolidated.
  const costLineWord = costLine ? costLineWords.find(([, line]) => line === costLine)![0] : undefined;
  const tokens = reading.text.split(' ').filter((t) => t.length > 0).map((t) => t.replace(/'s$/, ''));
  const every = findMentions(tokens, lexicon.index);
  const shared = readSharing(normal, tokens, every, lexicon.vocabulary.organisations.length > 0);
  // "close Elm Park DC": the site given up, not the scope (its servers move to the sites that stay).
  const siteClosure = readSiteClosure(tokens, every);
  // "consolidated into a single data centre" by the trusts is already their sharing in one site.
  const closure = siteClosure?.closeSites.keep !== undefined && shared?.sharing.count !== undefined ? undefined : siteClosure;
  const readByClosure = (i: number) => closure?.used.includes(i) === true;
  // Sites named after "shared" are where the hosts go ("shared Castle Hill and Riverside"), not the scope.
  // "reuse our ESX hosts for DR": the hypervisor names the kit run today, not one to move onto.
  const aboutReuse = drRecycleQuestion.test(normal) || programme.recycling !== undefined;
  const found = every.filter((m) => !(aboutReuse && namesTodaysKit(m, tokens)) && !isShareOf(m, tokens) && !(costLineWord && costLineWord.test(m.text)) && !isDestinationSite(m, tokens) && !isCommandVerb(m, tokens) && !(shared && (m.kind === 'site' || isOwnersSite(m, tokens)) && m.start > shared.position) && !readByClosure(m.start));
  const mentions = found.filter((m) => !narrowedGroup(m, found));
  const excluding = exclusionSpans(tokens, normal);
  const isExcluded = (m: Mention) => excluding.some(([from, to]) => m.start >= from && m.start < to);
  const included = mentions.filter((m) => !isExcluded(m));
  const left = mentions.filter(isExcluded);
  const unclear = mentions.find((m) => m.ambiguous && m.targets.length > 1 && !resolvedElsewhere(m, mentions));

  const scope: ScopeMention = {
    all: all || (excluding.length > 0 && /\ball but\b|\bthe rest\b|\beverything else\b/.test(normal)),
    services: targetsOf(included, 'service'),
    sites: targetsOf(included, 'site'),
    environments: targetsOf(included, 'environment'),
    serverIds: targetsOf(included, 'server'),
    os: targetsOf(included, 'os'),
    organisations: targetsOf(included, 'organisation'),
    criticalities: criticality.exactly,
    ...(physicalOnly.test(normal) ? { kind: 'physical' as const } : {}),
    excluded: {
      services: targetsOf(left, 'service'),
      sites: targetsOf(left, 'site'),
      environments: targetsOf(left, 'environment'),
      serverIds: targetsOf(left, 'server'),
      os: targetsOf(left, 'os'),
      organisations: targetsOf(left, 'organisation'),
    },
    ...(criticality.min ? { minCriticality: criticality.min } : {}),
    ...(criticality.max ? { maxCriticality: criticality.max } : {}),
  };
  const models = targetsOf(included, 'host-model');
  const vendors = targetsOf(included, 'vendor');
  const leavingMention = included.find((m) => m.kind === 'hypervisor' && !m.ambiguous && isLeft(m, tokens));
  const leaving = leavingMention?.targets[0] as Hypervisor | undefined;
  const hypervisors = targetsOf(included.filter((m) => m !== leavingMention), 'hypervisor').filter((h) => h !== leaving) as Hypervisor[];
  const host = { ...(models[0] ? { model: models[0] } : {}), ...(vendors[0] && !models[0] ? { vendor: vendors[0] } : {}) };

  // What the option is (hosts, hypervisor, DR, sharing), as against the prices and rates it is costed at.
  const reshapes = models.length + vendors.length + hypervisors.length > 0 || leaving !== undefined || dr !== undefined || shared !== undefined || closure !== undefined;
  const changes = reshapes || Object.keys(overrides).length > 0 || programme.baseline !== undefined || programme.recycling === 'what-if';
  const read = refusal
    ? 'help'
    : (programmeIntent(programme, drQuestion, { hypervisors: hypervisors.length, hosts: models.length + vendors.length }) ??
      readIntent(normal, closure ? unquantified.replace(closingWords, ' ') : unquantified, { scoped: hasScope(scope), narrowed: hasScope({ ...scope, all: false }), changes, reshapes }, { hypervisors: hypervisors.length, hosts: models.length + vendors.length }, compareDr, drQuestion));
  // "Compare the trusts' savings", "Northfield vs Southmead savings": the trusts' parts of one what-if, not host models.
  const comparesTrusts =
    read === 'compare' && !compareDr && !shared && !drOptionsQuestion.test(normal) && !drRecycleQuestion.test(normal) && models.length + vendors.length + hypervisors.length === 0 &&
    scope.services.length + scope.sites.length < 2 && !compareOfOptions.test(normal) && (scope.organisations.length >= 2 || readOrganisationFigure(normal, 0) !== undefined);
  const intent: Intent = comparesTrusts ? 'what-if' : read;
  const dataCentreMentions = shared ? every.filter((m) => (m.kind === 'site' || isOwnersSite(m, tokens)) && m.start > shared.position) : [];
  // "the 3 trusts shared 2 data centres": the numbers count trusts and data centres, read by the sharing rule.
  // "between the 3 trusts": the number counts the trusts.
  const countsOrganisations = (i: number) => /^\d+$/.test(tokens[i]!) && /^(?:trusts|organi[sz]ations|orgs)$/.test(tokens[i + 1] ?? '');
  const readBySharing = (i: number) => isSharingWord(tokens[i]!) || (/^\d+$/.test(tokens[i]!) && isSharingWord(tokens[i + 1] ?? ''));
  const unused = unusedTokens(tokens, [...mentions, ...dataCentreMentions, ...every.filter((m) => isShareOf(m, tokens) || (aboutReuse && namesTodaysKit(m, tokens)))]).filter(
    (i) => !(shared && readBySharing(i)) && !readByClosure(i) && !countsOrganisations(i) && !(costLineWord && costLineWord.test(tokens[i]!)) && !(leavingMention && i < leavingMention.start && i >= leavingMention.start - 4 && leavingWord.test(tokens[i]!)),
  );

  const understanding: Understanding = {
    intent,
    scope,
    host,
    vendors,
    hostModels: models,
    hypervisors,
    ...(leaving ? { leaving } : {}),
    ...(dr ? { dr } : {}),
    ...(shared ? { sharing: shared.sharing } : {}),
    ...(closure ? { closeSites: closure.closeSites } : {}),
    overrides,
    followUp: intent === 'what-if' && followUpPhrase.test(normal),
    addsToScope: hasScope(scope) && followUpPhrase.test(normal) && /^and\b|\b(?:too|as well|also|plus)\b/.test(normal),
    unusedWords: unused.map((i) => tokens[i]!),
    unknownNames: refusal ? [] : unknownNames(tokens, unused, lexicon),
    corrections: mentions.filter((m) => m.score > 0 && !m.ambiguous).map((m) => ({ typed: m.text, readAs: m.targets.join(', ') })),
    ...(refusal ? { refusal } : {}),
  };
  if (intent === 'estate') understanding.estateTopic = programmeTopic(programme) ?? readEstateTopic(unquantified);
  if (programme.capability && understanding.estateTopic === 'maturity') understanding.maturityCapability = programme.capability;
  if (programme.cases && understanding.estateTopic === 'published-cases') understanding.cases = programme.cases;
  if (programme.benefit?.benefit && understanding.estateTopic === 'non-cash-benefits') understanding.benefit = programme.benefit.benefit;
  if (programme.baseline && intent !== 'estate') understanding.baseline = programme.baseline;
  if (programme.recycling === 'what-if' && intent === 'what-if') understanding.recycle = true;
  if (drQuestion && intent === 'compare') {
    const method = readDrMethod(normal);
    if (method) understanding.drMethod = method;
  }
  if (intent === 'estate' && byOrganisation.test(normal)) understanding.byOrganisation = true;
  if (understanding.estateTopic === 'cost-line' && costLine) understanding.costLine = costLine;
  if (understanding.estateTopic === 'age' && olderThanYears !== undefined) understanding.olderThanYears = olderThanYears;
  const organisationFigure = intent === 'what-if' ? readOrganisationFigure(normal, scope.organisations.length, comparesTrusts) : undefined;
  if (organisationFigure) Object.assign(understanding, { byOrganisation: true, organisationFigure });
  // "shut down a data centre" closes a site; it switches no servers off.
  if (intent === 'what-if' && switchOff.test(closure ? normal.replace(closingWords, ' ') : normal)) understanding.retire = /\bidle\b/.test(normal) ? 'idle' : 'zombie';
  if (intent === 'compare') understanding.compareTopic = readCompareTopic(normal, compareDr, hypervisors.length, models.length + vendors.length, scope, shared !== undefined || sharedOrApart.test(normal));
  // Comparing sharing with keeping apart evaluates both ways: neither is the question's setting.
  if (understanding.compareTopic === 'sharing') delete understanding.sharing;
  if (intent === 'sensitivity') {
    understanding.sensitivityTopic = readSensitivityTopic(normal);
    const key = breakEvenKeys.find(([pattern]) => pattern.test(normal))?.[1];
    if (understanding.sensitivityTopic === 'break-even' && key) understanding.breakEvenKey = key;
  }
  if (unclear && !refusal) understanding.clarify = clarifyMention(unclear, normal);
  if (intent === 'help' && courtesy.test(normal)) understanding.courtesy = true;
  return understanding;
}

/**
 * Messages that are not questions about the estate, decided by what the sentence does rather
 * than by any one word: asking for a secret (a token, password or key), telling the bot what a
 * figure should be ("set the NPV to £10m"), or trying to replace its instructions.
 */
function readRefusal(text: string): Refusal | undefined {
  if (/\b(?:tokens?|passwords?|passwd|secrets?|api[- ]?keys?|credentials?|private keys?|licen[cs]e keys?|connection strings?|env(?:ironment)? var(?:iable)?s?|\.env)\b/.test(text)) return 'secret';
  if (/\b(?:ignore|disregard|forget)\b.{0,30}\b(?:instructions?|rules|prompts?|guidelines|everything)\b|\byou are now\b|\bpretend (?:to be|you)\b|\bsystem prompt\b|\bjailbreak|\bdeveloper mode\b|\bact as (?:a|an|if)\b/.test(text)) return 'instructions';
  const figure = '(?:npv|net present value|saving|savings|figures?|numbers?|results?|answer|payback|costs?|business case|tco)';
  const settingFigure = new RegExp(`\\b(?:set|make|change|force|fix|adjust|bump|put|report|show|say|write)\\b(?: the| our| your)? ${figure}\\b.{0,20}?\\b(?:to|as|=|is|equal|show|shows|read|reads|say|says)\\b.{0,12}?(?:£|\\d|positive|negative|higher|lower|bigger)|\\b${figure} (?:should|must|needs? to|has to) (?:be|say|show|read)\\b|\\b(?:set|make|force|fix)\\b(?: the| our)? ${figure} (?:£|\\d)`);
  if (settingFigure.test(text)) return 'figures';
  return undefined;
}
/** The text still to be read; each rule removes what it recognised. */
class Reading {
  constructor(public text: string) {}

  take(pattern: RegExp): RegExpExecArray | undefined {
    const m = pattern.exec(this.text);
    if (!m) return undefined;
    this.text = `${this.text.slice(0, m.index)} ${this.text.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
    return m;
  }
}

/** What the programme questions of the 2008 cases ask (issue 21): each rule's words are read before names. */
interface ProgrammeQuestion {
  capability?: ReturnType<typeof readMaturityCapability>;
  cases?: ReturnType<typeof readPublishedCases>;
  benefit?: ReturnType<typeof readNonCashBenefit>;
  baseline?: ReturnType<typeof readBaseline>;
  recycling?: ReturnType<typeof readRecycling>;
}

/**
 * Reads the questions about NIMM capabilities, the published cases, non-cash benefits, the
 * refresh baseline and recycled kit, and takes their words out of `reading`, so "capacity
 * management" is not the Infrastructure management service, "live migration" not the live
 * environment and "other trusts" not a trust's name.
 */
function readProgrammeQuestion(text: string, reading: Reading): ProgrammeQuestion {
  // "what level would IT service continuity be at?": a NIMM capability named with a level is a maturity question too.
  const isMaturity = maturity.test(text) || (maturityCapabilityNamed.test(text) && /\b(?:levels?|scores?|rating|rated|rate)\b/.test(text));
  const capability = isMaturity ? readMaturityCapability(text) : undefined;
  const cases = isMaturity ? undefined : readPublishedCases(text);
  const drOrRecycle = drOptionsQuestion.test(text) || drRecycleQuestion.test(text);
  const benefit = isMaturity || cases || drOrRecycle ? undefined : readNonCashBenefit(text);
  const recycling = drRecycleQuestion.test(text) ? undefined : readRecycling(text);
  const baseline = cases ? undefined : readBaseline(text);
  const takeAll = (pattern: RegExp) => {
    while (reading.take(pattern));
  };
  // "Live migration" is how VMs move between hosts, never the live (production) environment.
  takeAll(/\blive[- ]migrat\w*\b/);
  if (isMaturity) takeAll(maturityCapabilityWords);
  if (cases) takeAll(publishedCaseWords);
  if (benefit) takeAll(nonCashBenefitWords);
  if (baseline) takeAll(baselineWords);
  if (recycling) takeAll(recyclingWords);
  return { ...(capability ? { capability } : {}), ...(cases ? { cases } : {}), ...(benefit ? { benefit } : {}), ...(baseline ? { baseline } : {}), ...(recycling ? { recycling } : {}) };
}

/** The intent a programme question decides by its structure, before the general rules; undefined leaves it to them. */
function programmeIntent(p: ProgrammeQuestion, drQuestion: boolean, counts: { hypervisors: number; hosts: number }): Intent | undefined {
  if (p.capability) return 'estate';
  if (p.cases) return 'estate';
  if (p.benefit) return 'estate';
  if (p.recycling === 'which') return 'estate';
  if (drQuestion) return undefined;
  if (p.recycling === 'what-if') return 'what-if';
  // "compare like-for-like refresh with consolidation" compares the option with the refresh, not host models.
  if (p.baseline !== undefined && p.baseline !== 'sweat' && counts.hypervisors < 2 && counts.hosts < 2) return 'what-if';
  return undefined;
}

function programmeTopic(p: ProgrammeQuestion): EstateTopic | undefined {
  if (p.capability) return 'maturity';
  if (p.cases) return 'published-cases';
  if (p.benefit) return 'non-cash-benefits';
  if (p.recycling === 'which') return 'recyclable';
  return undefined;
}

const olderThanAge = /\bolder than\s+(\d{1,2})\s*(?:years?|yrs?)(?:\s+old)?\b|\b(?:(?:over|more than|at least|above|beyond|past)\s+)?(\d{1,2})\s*\+?\s*(?:years?|yrs?)\s+old\b(?:\s+or\s+(?:more|older|over))?/;
/** "Everything that's still physical", "the physical boxes": the servers not yet virtual. */
const physicalOnly = /\b(?:still|remaining|left|currently|that are|that's|which are) physical\b|\bphysical (?:servers?|boxes|machines|kit|tin|estate|ones|hardware|workloads?)\b|\bbare[- ]metal (?:servers?|boxes|machines)\b|\bnot (?:yet |already )?virtuali[sz]ed\b/;
/** "shared vs separate", "pooled or apart": the two ways of hosting the trusts, compared. */
const sharedOrApart = /\b(?:shar(?:e|ed|ing)|pool(?:ed|ing)?)\b.{0,20}\b(?:vs|versus|or|against|compared)\b.{0,20}\b(?:separate\w*|apart|own)\b|\b(?:separate\w*|apart)\b.{0,20}\b(?:vs|versus|or|against|compared)\b.{0,20}\b(?:shar(?:e|ed|ing)|pool(?:ed|ing)?)\b/;

/** What a comparison of options names: hypervisors, host models, vendors, hardware, sharing or DR. */
const compareOfOptions = /\bhypervisors?\b|\bplatforms?\b|\bhosts?\b|\bmodels?\b|\bvendors?\b|\bboxes\b|\bhardware\b|\bservers? to buy\b|\bshar(?:e|ed|ing)\b|\bseparate\b|\bapart\b/;
/** The verbs of closing a site that also switch servers off ("shut down", "decommission"). */
const closingWords = /\b(?:shut(?:ting)? down|shut|decommission\w*)\b/g;
/** The whole of an integrated care system: "the ICS as a whole", "across the system", "all three trusts". */
const wholeSystem = String.raw`(?:the |our |whole |entire |across (?:the )?)*ics(?: as a whole)?(?:[- ]wide)?|(?:the |our )?integrated care system(?: as a whole)?|(?:the |our )(?:whole |entire )system|the system as a whole|across the (?:whole )?system|system[- ]wide|all (?:of )?(?:the |our )?(?:three |3 |two |2 |four |4 )?(?:trusts|organi[sz]ations)|every trust|both trusts|(?:the |our )(?:(?:three|3|two|2|four|4) )?(?:trusts|organi[sz]ations)(?: combined| together| as a whole)?`;
const wholeEstate = new RegExp(String.raw`\b(?:${wholeSystem}|everything|every server|all (?:of )?(?:the |our )?(?:servers|systems|services)|(?:the |our )?(?:whole|entire|full) (?:estate|server estate|lot)|all of it|the lot|full consolidation|estate[- ]wide|all services|(?:the|our) (?:server )?estate)\b`);
const withAndWithoutDr =
  /\b(?:with (?:and|or|vs|versus) without|without (?:and|or|vs|versus) with) (?:a |the )?(?:dr|disaster recovery)\b|\b(?:dr|disaster recovery) (?:or not|vs no dr|versus no dr|vs without|versus without)\b/;
const noDr = /\b(?:without|no|minus|drop(?:ping)?(?: the)?|excluding|exclude|w\/o|remove(?: the)?) (?:a |the |any )?(?:dr|disaster recovery|mirrored site|second copy|replication)\b(?: site)?/;
const drWord = '(?:dr|disaster recovery|mirror(?:ed|ing)?|replicat(?:e|ed|es|ing|ion)|fail ?over|business continuity|second copy)';
const drAt = new RegExp(`\\b${drWord}(?: [a-z-]+){0,3}? ((?:at|in|to|on|onto) (?:the |our |a )?(.+?))(?= with\\b| and\\b| over\\b| if\\b| for\\b| using\\b| on\\b| at\\b|$)`);
const drFor = /\b(?:dr|disaster recovery|mirror(?:ed|ing)?|replicat(?:e|ed|es|ing|ion)|fail ?over)(?: site)?(?: for| of)?(?: the| our| all| only| just)? (critical|high(?: criticality)?(?: and critical| and above| or above)?|everything|all systems|all servers)(?: systems| servers| services| workloads| ones| only)?\b/;
const drPlain = new RegExp(`\\b(?:a |an |the )?(?:mirrored |replicated |second |secondary )?${drWord}\\b(?: dr| disaster recovery)?(?: site| copy| cluster| hosts?)?`);

function readDr(reading: Reading, lexicon: Lexicon): Understanding['dr'] {
  if (reading.take(noDr)) return { enabled: false };
  let site: string | undefined;
  const at = drAt.exec(reading.text);
  if (at?.[1] && at[2]) {
    const place = findMentions(at[2].split(' '), lexicon.index).find((m) => m.kind === 'site' && !m.ambiguous);
    if (place?.targets[0]) {
      site = place.targets[0];
      reading.text = reading.text.replace(at[1], ' ').replace(/\s+/g, ' ').trim();
    }
  }
  const forWhat = reading.take(drFor);
  let minCriticality: Criticality | undefined;
  if (forWhat) minCriticality = /^critical/.test(forWhat[1] ?? '') ? 'critical' : /^high/.test(forWhat[1] ?? '') ? 'high' : 'low';
  let plain = false;
  while (reading.take(drPlain)) plain = true;
  if (!forWhat && !site && !plain) return undefined;
  return { enabled: true, ...(minCriticality ? { minCriticality } : {}), ...(site ? { site } : {}) };
}

interface CriticalityScope {
  min?: Criticality;
  max?: Criticality;
  exactly: Criticality[];
}

const level = '(critical|high|medium|low)';
const levelNoun = '(?:[- ]?(?:criticality|priority|tier|importance|risk))?';
const things = '(?: (?:systems|servers|services|workloads|apps|ones|boxes|kit|vms))?';

/**
 * Criticality in words: "critical systems" (critical), "high and above" / "at least high" /
 * "high criticality" (high or above), "medium and below" / "non-critical" (at or below), "the
 * low-criticality servers" / "medium or low" (exactly those levels).
 */
function readCriticality(reading: Reading): CriticalityScope {
  if (reading.take(/\b(?:non[- ]?critical|not critical|less than critical|below critical|anything but critical)(?: systems| servers| services| workloads| apps| ones| kit| stuff)?\b/)) return { max: 'high', exactly: [] };
  const leftOut = reading.take(new RegExp(`\\b(?:except(?:ing)?|excluding|exclude|apart from|other than|aside from|save for|(?:everything|all|anything) but|but not|not|minus|without|leaving out|leave out|bar|barring)(?: for)?(?: the| our| any)? ${level}${levelNoun}(?:(?:,|,? and|,? or) (?:the )?${level}${levelNoun})*(?: criticality| priority)?${things}\\b`));
  if (leftOut) return rest(new Set([...leftOut[0].matchAll(/\b(critical|high|medium|low)\b/g)].map((m) => m[1] as Criticality)));
  const above = reading.take(new RegExp(`\\b(?:at least ${level}${levelNoun}|${level}${levelNoun} (?:and|or) (?:above|higher|up|upwards|over|more)|${level}${levelNoun} plus)${things}\\b`));
  if (above) return { min: (above[1] ?? above[2] ?? above[3]) as Criticality, exactly: [] };
  const below = reading.take(new RegExp(`\\b(?:at most ${level}${levelNoun}|${level}${levelNoun} (?:and|or) (?:below|lower|less|under|down)|up to ${level}${levelNoun})${things}\\b`));
  if (below) return { max: (below[1] ?? below[2] ?? below[3]) as Criticality, exactly: [] };
  const listed = reading.take(new RegExp(`\\b${level}${levelNoun}(?:,? (?:and|or) ${level}${levelNoun})+(?: criticality| priority)?${things}\\b`));
  if (listed) {
    const levels = [...listed[0].matchAll(/\b(critical|high|medium|low)\b/g)].map((m) => m[1] as Criticality);
    // "high and critical" has always meant "high and above"; other lists are exactly those levels.
    if (levels.includes('critical') && levels.includes('high') && levels.length === 2) return { min: 'high', exactly: [] };
    return { exactly: [...new Set(levels)] };
  }
  const high = reading.take(/\b(?:(?:the|all|our|only|just) )?(?:high[- ]criticality|high[- ]priority)(?: systems| servers| services| workloads| apps| ones| boxes| kit)?\b/);
  if (high) return { min: 'high', exactly: [] };
  const critical = reading.take(/\b(?:(?:the|all|our|only|just) (?:business[- ]|mission[- ]|clinically )?critical(?: systems| servers| services| workloads| apps| ones| boxes| kit)?|(?:business[- ]|mission[- ]|clinically )?critical (?:systems|servers|services|workloads|apps|ones|boxes|kit)|critical[- ]criticality)\b/);
  if (critical) return { min: 'critical', exactly: [] };
  const rated = reading.take(/\b(?:are|is|rated|marked(?: as)?|classed(?: as)?|classified(?: as)?) (critical|high|medium|low)(?:[- ](?:criticality|priority))?\b/);
  if (rated) return rated[1] === 'critical' ? { min: 'critical', exactly: [] } : { exactly: [rated[1] as Criticality] };
  const single = reading.take(/\b(medium|low)(?:[- ](?:criticality|priority|importance|risk)(?: systems| servers| services| workloads| apps| ones| boxes| kit)?| (?:systems|servers|services|workloads|apps|ones|boxes|kit))\b/);
  if (single) return { exactly: [single[1] as Criticality] };
  return { exactly: [] };
}

/**
 * The levels left when some are left out ("everything except low criticality", "not the low and
 * medium ones"): a range when they are one ("medium and above"), else the levels themselves.
 */
function rest(excluded: ReadonlySet<Criticality>): CriticalityScope {
  const order: Criticality[] = ['low', 'medium', 'high', 'critical'];
  const kept = order.filter((c) => !excluded.has(c));
  const first = order.indexOf(kept[0]!);
  const last = order.indexOf(kept[kept.length - 1]!);
  if (kept.length === 0 || last - first + 1 !== kept.length) return { exactly: kept };
  if (last === order.length - 1) return { min: kept[0]!, exactly: [] };
  if (first === 0) return { max: kept[kept.length - 1]!, exactly: [] };
  return { exactly: kept };
}

/** Words that start a list of what to leave out ("everything except the DCs"). */
const exclusionStarts = new Set(['except', 'excepting', 'excluding', 'exclude', 'excludes', 'not', 'minus', 'without', 'bar', 'barring', 'besides', 'outside']);
const exclusionPairs = new Set(['apart from', 'other than', 'all but', 'leave out', 'leaving out', 'leave off', 'save for', 'aside from', 'but not']);
/** Words that end the list: what follows says where or how, not what to leave out. */
const exclusionEnds = new Set(['onto', 'into', 'to', 'with', 'over', 'using', 'if', 'on', 'then', 'at', 'for', 'physical', 'alone', 'what', 'how', 'would', 'could', 'does', 'do']);

const clauseVerbs = new Set(['do', 'did', 'virtualise', 'virtualised', 'virtualize', 'virtualized', 'consolidate', 'consolidated', 'move', 'moved', 'migrate', 'migrated', 'p2v', 'put', 'then']);

/** "keep the DCs physical and do the rest": keeping something back only excludes it when "the rest" follows. */
const keepStarts = new Set(['keep', 'kept', 'keeping', 'leave', 'leaving', 'left']);

/** Token ranges [from, to) naming what an exclusion leaves out; "not at the main dc" leaves out a site. */
function exclusionSpans(tokens: readonly string[], question: string): [number, number][] {
  const spans: [number, number][] = [];
  const rest = /\b(?:the rest|everything else|all the rest|all else)\b/.test(question);
  for (let i = 0; i < tokens.length; i++) {
    const pair = `${tokens[i]} ${tokens[i + 1] ?? ''}`;
    const keep = rest && keepStarts.has(tokens[i]!);
    const width = exclusionPairs.has(pair) ? 2 : exclusionStarts.has(tokens[i]!) || keep ? 1 : 0;
    if (width === 0) continue;
    let end = i + width;
    if (['at', 'in', 'on'].includes(tokens[end] ?? '')) end++;
    // "and" joins what is left out ("except DCs and backup") unless a new clause starts ("and virtualise the rest").
    while (end < tokens.length && !exclusionEnds.has(tokens[end]!) && !(tokens[end] === 'and' && clauseVerbs.has(tokens[end + 1] ?? ''))) end++;
    spans.push([i + width, end]);
    i = end - 1;
  }
  return spans;
}

/** "Northfield's share of the savings": that trust's part of the whole, not Northfield alone. */
function isShareOf(mention: Mention, tokens: readonly string[]): boolean {
  return mention.kind === 'organisation' && /^(?:share|part|portion|slice|cut)$/.test(tokens[mention.end] ?? '') && tokens[mention.end + 1] === 'of';
}

/** "our ESX hosts", "the Hyper-V cluster": a hypervisor naming what kind of kit follows. */
function namesTodaysKit(mention: Mention, tokens: readonly string[]): boolean {
  return mention.kind === 'hypervisor' && /^(?:hosts?|servers?|boxes|clusters?|kit|estate|farm)$/.test(tokens[mention.end] ?? '');
}

/** "onto the main site" names where workloads go, not which ones: not part of the scope. */
function isDestinationSite(mention: Mention, tokens: readonly string[]): boolean {
  if (mention.kind !== 'site') return false;
  const before = tokens.slice(Math.max(0, mention.start - 2), mention.start).filter((t) => t !== 'the' && t !== 'our');
  return ['onto', 'to', 'into'].includes(before[before.length - 1] ?? '');
}

/**
 * "the tower block comms room": "comms room" alone means every comms room, but next to "tower
 * block" it only repeats what kind of site that is. A group mention beside a mention of one of
 * its own members gives way to it.
 */
function narrowedGroup(group: Mention, mentions: readonly Mention[]): boolean {
  if (group.targets.length < 2) return false;
  return mentions.some(
    (m) => m !== group && m.kind === group.kind && m.targets.length < group.targets.length && m.targets.every((t) => group.targets.includes(t)) && (m.end === group.start || group.end === m.start),
  );
}

/** "move off VMware", "away from Hyper-V", "replace our vSphere": the words before the hypervisor being left. */
const leftBy = /(?:^|\s)(?:off|off of|away from|from|leave|leaving|left|replace|replacing|replaced|swap|swapping|swap out|swapping out|ditch|ditching|drop|dropping|exit|exiting|quit|quitting|abandon|abandoning|get rid of|getting rid of|instead of|rather than)$/;

/** The words of "get rid of", "away from", "swap out" that the leaving rule read. */
const leavingWord = /^(?:off|of|away|from|leave|leaving|left|replace|replacing|replaced|swap|swapping|out|ditch|ditching|drop|dropping|exit|exiting|quit|quitting|abandon|abandoning|get|getting|rid|instead|rather|than)$/;

function isLeft(mention: Mention, tokens: readonly string[]): boolean {
  // "off our current VMware": the words people put between the verb and the name say nothing.
  const before = tokens.slice(Math.max(0, mention.start - 6), mention.start).join(' ').replace(/(?:\s(?:the|our|existing|current|present|old|ageing|aging|expensive|whole|entire))+$/, '');
  return leftBy.test(` ${before}`);
}

/** Names that are also everyday verbs: "print the token", "email me the figures" give orders, not a scope. */
const verbNames: ReadonlySet<string> = new Set(['print', 'printing', 'email', 'e-mail', 'mail', 'exchange', 'backup', 'backups', 'monitoring', 'dispensing']);

function isCommandVerb(mention: Mention, tokens: readonly string[]): boolean {
  const previous = mention.start === 0 ? '' : tokens[mention.start - 1]!;
  const imperative = mention.start === 0 || ['and', 'then', 'please', 'just', 'also', 'can', 'could', 'you'].includes(previous);
  return imperative && tokens.length > mention.end && verbNames.has(mention.text) && ['me', 'the', 'a', 'it', 'this', 'that', 'out', 'us', 'all', 'your', 'our'].includes(tokens[mention.end]!);
}

/** "the tower block comms room": "comms room" is ambiguous alone, but "tower block" settled it. */
function resolvedElsewhere(unclear: Mention, mentions: readonly Mention[]): boolean {
  return mentions.some((m) => m !== unclear && m.kind === unclear.kind && !m.ambiguous && m.targets.some((t) => unclear.targets.includes(t)));
}

/** Token positions no rule and no name used, leaving out words that only make the sentence. */
function unusedTokens(tokens: readonly string[], mentions: readonly Mention[]): number[] {
  const used = new Set(mentions.flatMap((m) => Array.from({ length: m.end - m.start }, (_, i) => m.start + i)));
  return tokens.flatMap((t, i) => (used.has(i) || isOrdinaryWord(t) ? [] : [i]));
}

function targetsOf(mentions: readonly Mention[], kind: Mention['kind']): string[] {
  return [...new Set(mentions.filter((m) => m.kind === kind && !m.ambiguous).flatMap((m) => m.targets))];
}

/** The words of "the three trusts shared two data centres" that the sharing rule read. */
function isSharingWord(token: string): boolean {
  return /^(?:trusts?|organi[sz]ations?|orgs?|shar(?:e|ed|es|ing)|us(?:e|ed|es|ing)|mov(?:e|ed|es|ing)|went|into|hosted|housed|based|located|keep(?:ing)?|kept|pool(?:ed|ing)?|combin(?:e|ed|ing)|merg(?:e|ed|ing)|mix(?:ed|ing)?|data|datacent(?:re|er)s?|cent(?:re|er)s?|dcs?|hosts?|hosting|apart|separate|together|ics|common|joint|single)$/.test(token);
}

function hasScope(scope: ScopeMention): boolean {
  const x = scope.excluded;
  const named = [scope.services, scope.sites, scope.environments, scope.serverIds, scope.os, scope.organisations, scope.criticalities, x.services, x.sites, x.environments, x.serverIds, x.os, x.organisations];
  return scope.all || named.some((list) => list.length > 0) || scope.kind !== undefined || scope.minCriticality !== undefined || scope.maxCriticality !== undefined;
}

const help = /^(?:|help|\?|hi|hello|hey|start|menu|commands?|usage|examples?)$|\bwhat (?:can|should) (?:you|i) (?:do|ask)\b|\bhow do (?:i|you) use\b|\bwhat (?:questions|sort of (?:things|questions)|kind of (?:things|questions)) can\b|\bexample questions\b|^help\b|\bwhat do you do\b/;
const businessCase = /\bbusiness case|\bboard (?:paper|report|pack)|\bcase for the board|\bpaper for the board|\bmake the case|\bbuild the case|\bwrite (?:it|this|that) up\b|\bpdf\b|\b(?:outline|full|strategic) business case|\bobc\b|^(?:the )?report\b|\b(?:give|send|make|produce|generate) (?:me )?(?:the |a )?report\b/;
const summary = /\b(?:monthly|this month'?s|last month'?s|the month'?s) (?:summary|update|report|round-?up|figures|post)\b|\bsummary (?:for|of) (?:this|last|the) month\b|\bmonth(?:ly)? summary\b|\bsummary for (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bwhat changed this month\b|\bsince last month\b|\bwhat(?:'s| has)? changed\b|\bon track\b|\btracking against\b|\bagainst (?:the |our )?(?:approved )?plan\b|\bapproved plan\b|\b(?:behind|ahead of) (?:the )?plan\b|\bprogress (?:against|on|with|so far)\b|\b(?:did|have) we (?:actually )?(?:switch(?:ed)?|turn(?:ed)?|shut|decommission\w*|retire[d]?|virtuali[sz]e[d]?|p2v'?d?|migrate[d]?|get rid of)\b|\bwe'?ve (?:switched|turned|shut|decommissioned|retired|virtuali[sz]ed)\b|\bhow (?:did|have|are|were) (?:we|things)(?: been)? (?:do|doing|done|go|going|gone|get on|getting on|got on)\b|\bhow(?:'s| is| has) (?:it|the programme|the project|the consolidation|the plan) (?:going|gone|doing)\b|\bprogress (?:update|report|check)\b|\b(?:any )?progress\b(?= please| so far|\?|$)|\bwhere are we (?:up to|at)\b|\b(?:changed?|new|different|happened) since\b|\btrend\b|\bchanged? over (?:the )?(?:last|past)\b|\bmonth (?:by|on) month\b/;
const assumptionsQuestion = /\b(?:what|which|show|list|tell me|see|view)\b.{0,30}\bassumptions?\b|\bassumptions?\b.{0,20}\b(?:using|used|are you|behind|based on)\b|^assumptions?$|\bwhere do (?:the|your) (?:figures|numbers) come from\b|\bwhat (?:figures|numbers|rates|prices|values) (?:are|do) you (?:use|using)\b|\bwhat are you assuming\b|\bwhat (?:[a-z]+ ){1,3}(?:are|do) you (?:assuming|assume|using|use)\b/;
const sensitivity = /\bwhat matters most\b|\bmatters? most\b|\bsensitiv|\bbreak[- ]?even|\btornado\b|\b(?:biggest|key|main|largest) (?:drivers?|risks?|factors?|uncertaint\w*)\b|\bwhat drives\b|\bhow (?:sure|confident|certain|robust|reliable)\b|\bmonte ?carlo\b|\bprobability\b|\bchances? (?:of|that|the npv|npv|it)\b|\bwhat(?:'s| is| are) the chances?\b|\blikelihood\b|\bp10\b|\bp90\b|\bwhat could go wrong\b|\bdownside\b|\bworst case\b|\bdrives?\b.{0,30}\bmost\b|\bdriv\w*\b.{0,30}\bmost\b/;
const compare = /\b(?:cheaper|better|dearer|more expensive|worse) than\b|\bcompare|\bcomparison\b|\bcompared\b|\bversus\b|\bvs\b|\bwhich (?:hypervisor|host|model|vendor|option|platform|is (?:better|cheaper|best))|\bbest (?:host|hypervisor|model|vendor|option|value|platform)|(?<!\b(?:onto|on|to|with|using) the )\bcheapest (?:host|model|option|hypervisor|vendor|platform)|\brank (?:the )?(?:options|hosts|host models|models|hypervisors|vendors)\b|\bside by side\b|\bdifference between\b|\b(?:is it|would it be|is|would) (?:better|cheaper|best) (?:to|if)\b[^?]{0,80}\bor\b/;
/** What DR would cost, and how (engine/dr): asked of DR itself, its options, tape or disk backup, or a replication method. */
const drWords = '(?:dr|disaster recovery|a dr site|a second site|a mirrored (?:room|site))';
const drOptionsQuestion = new RegExp([
  `\\b(?:what|how much)(?: would| will| does| do| is| are| might| could)?(?: it| a| the| our| we| to)?(?: cost| pay)?(?: for| to (?:add|have|get|provide|build))? ${drWords}\\b(?: [a-z-]+){0,5}? (?:cost|costs|be|set us back|come to|run to)\\b`,
  `\\bhow much (?:is|would|does|will|for) ${drWords}\\b`,
  `\\bcost (?:us )?to (?:add|have|get|provide|build|set up) ${drWords}\\b`,
  `\\b(?:cost|costs|spend|pay|budget|price)\\b(?: [a-z]+){0,3}? (?:to |for |on )?(?:put(?:ting)? in|add(?:ing)?|get(?:ting)?|provid(?:e|ing)|build(?:ing)?|set(?:ting)? up|implement(?:ing)?|introduc(?:e|ing)|stand(?:ing)? up|bring(?:ing)? in|buy(?:ing)?) (?:in |on )?(?:a |the |some |proper |full )?${drWords}\\b`,
  `\\bprice (?:up|out) (?:a |the |some )?${drWords}\\b`,
  `\\b(?:cost|costs|costing|price|pricing|budget) (?:of|for) (?:providing |adding |having |a |the |our )?${drWords}\\b`,
  `\\b(?:dr|disaster recovery) (?:costs?|costings?|pricing|budget)\\b`,
  `\\b(?:cheapest|cheaper|least expensive|lowest[- ]cost|most economical|most affordable|affordable|simplest|minimum) (?:[a-z-]+ ){0,2}?(?:way|ways|route|routes|option|options|approach|form|kind|type|version|method|means)\\b(?: [a-z-]+){0,3}? ${drWords}\\b`,
  `\\b(?:cheapest|cheaper|least expensive|lowest[- ]cost|most economical|most affordable|affordable|budget|minimum) ${drWords}\\b`,
  `\\bhow (?:can|could|should|would|do|might) we (?:get|do|provide|have|add|achieve|afford|set up|put in) (?:a |some |proper )?${drWords}\\b`,
  `\\b(?:dr|disaster recovery|recovery|continuity|resilience) options\\b|\\boptions for (?:dr|disaster recovery)\\b|\\bways? (?:of|to) (?:do(?:ing)? |provid(?:e|ing) )?(?:dr|disaster recovery)\\b|\\b(?:dr|disaster recovery) (?:approach|approaches|choices|methods|alternatives)\\b`,
  '\\btapes?\\b(?! drive space)|\\bbackup to disk\\b|\\bdisk backups?\\b|\\bbackups? (?:to|on) (?:disk|tape)\\b|\\blto\\b',
  '\\bsan[- ]to[- ]san\\b|\\b(?:san|array|host)[- ]based replication\\b|\\bsan replication\\b',
  '\\brpo\\b|\\brto\\b|\\brecovery (?:point|time) objectives?\\b',
].join('|'));
/** "could we reuse servers as DR hosts?": the 2008 trust that recycled three newer servers as its DR site. */
const drRecycleQuestion = /\b(?:re-?use|recycle|repurpose|redeploy|re-?deploy|turn|use)\b(?: [a-z0-9-]+){0,7}? (?:as|for|into) (?:the |our |a |some )?(?:dr|disaster recovery|standby)\b|\b(?:re-?use|recycl\w+|repurpos\w+)\b(?: [a-z0-9-]+){0,4}? (?:servers?|hosts?|kit|hardware|boxes)\b.{0,30}\b(?:dr|disaster recovery)\b/;
/** The words of a DR-options question that name a method or the question itself, read before names. */
const secondRoom = /\b(?:a |an |the )?(?:mirrored|second|secondary|standby|dr) (?:server |computer )?room\b/;
const drMethodWords = /\brecovery (?:point|time)s?(?: objectives?)?\b|\boff[- ]?site\b|\b(?:get(?:ting)?|in place|meets?|meeting|los(?:e|es|ing|t)|burn(?:s|ed|t)?(?: down)?|long|restor\w*|fires?|flood\w*)\b|\b(?:cheapest|cheaper|least expensive|lowest[- ]cost|most economical|most affordable|affordable|budget|minimum|simplest)\b|\b(?:way|ways|route|routes|means|capability|capabilities|solution)\b|\b(?:the |our )?(?:main |primary )?(?:server|computer|data) room\b|\b(?:(?:tape|disk|off[- ]?site|nightly) )?backups?(?: (?:to|on) (?:disk|tape))?\b|\btapes?\b|\blto\b|\b(?:san[- ]to[- ]san|(?:san|array|host)[- ]based|san)(?: replication)?\b|\b(?:to )?(?:add|adding|provide|providing|build|building|set(?:ting)? up)\b|\brpo\b|\brto\b|\b(?:re-?use|recycl\w*|repurpos\w*|re-?deploy\w*)\b|\b(?:dr |recovery )?options\b/;
const orChoice = /\bor\b/;
/** The DR methods a what-if may name, each read as scenario dr.method. */
const drMethodNames: readonly [RegExp, DrMethod][] = [
  [/\btapes?\b|\blto\b/, 'tape'],
  [/\bbackups? (?:to|on) disk\b|\bdisk backups?\b/, 'disk'],
  [/\bsan[- ]to[- ]san\b|\b(?:san|array)[- ]based replication\b|\bsan replication\b/, 'san'],
  [/\bhost[- ]based replication\b/, 'host'],
];
/** A what-if ("what if we did DR with tape?"), not a question about the methods, their costs or their recovery objectives (how long to get back, what is lost). */
const drMethodWhatIf = /\bwhat if\b|\bif we\b/;
const aboutTheMethods = /\bvs\b|\bversus\b|\bor\b|\bcompar\w*|\boptions?\b|\brpo\b|\brto\b|\brecovery (?:point|time)\b|\bhow much\b|\bcost\w*\b|\bhow long\b|\bhow quickly\b|\bhow fast\b|\bget (?:back|it back|us back)\b|\bback up and running\b|\brestor\w*|\brecover\w*|\blos(?:e|es|ing|t)\b|\bdata loss\b/;

/** The one DR method a what-if names, if it names exactly one and asks nothing about the methods themselves. */
function readDrMethodWhatIf(text: string): DrMethod | undefined {
  if (!drMethodWhatIf.test(text) || aboutTheMethods.test(text)) return undefined;
  const named = drMethodNames.filter(([pattern]) => pattern.test(text)).map(([, method]) => method);
  return named.length === 1 ? named[0] : undefined;
}
const whatIfCue = /\bwhat if\b|\bwhat would\b|\bwhat happens\b|\bconsolidat\w*|\bvirtuali[sz](?:e|ed|ing)\b|\bp2v\b|\bmove\b|\bmoving\b|\bmigrat\w*|\bonto\b|\bhow many hosts\b|\bhosts (?:would|do|will) we need\b|\b(?:could|can|should|shall) we\b|\bsav(?:e|ing|ings)\b|\bpayback\b|\bnpv\b|\bif we\b|\bscenario\b/;
const followUpPhrase = /^(?:and|what about|how about|with|without|now|same|instead|but|then|ok|okay|try|make it|using|also|plus|over|at|if|on)\b/;

/** Switching servers off rather than moving them (engine/retirement): asked about, or asked for in a what-if. */
const switchOff = /\b(?:switch|turn|shut|power)(?:ed|ing)? (?:them |it |these |those )?(?:off|down)\b|\bdecommission\w*|\bretir(?:e|ed|ing)\b|\bzombies?\b|\bidle\b|\bunused\b|\bnobody (?:uses|needs)\b|\bno longer (?:used|needed)\b|\borphan\w*/;
const switchOffWhatIf = /\bwhat if\b|\bwhat would\b|\bwhat happens\b|\bhow much (?:would|could|do|does|will)\b.{0,30}\bsave\b|\b(?:first|before)\b/;

/** Where the trust stands on the NHS Infrastructure Maturity Model, today and with a plan (engine/maturity). */
const maturity = /\bnimm\b|\bmaturity\b|\bhow mature\b|\bmature (?:is|are)\b/;

/** "What if we didn't do anything?", "the cost of standing still": the do-nothing case itself, not a what-if. */
const doNothing =
  /\b(?:did(?:n'?t| not) do anything|do(?:n'?t| not) do anything|did nothing|do nothing|doing nothing|if nothing changes|left (?:it|things|everything) (?:as (?:it is|they are)|alone)|leave (?:it|things|everything) (?:as (?:it is|they are)|alone)|stand(?:ing)? still|status quo|carry on as we are|business as usual)\b/;

/** "How old are our ESXi hosts?": the age of the hosts in use, not of the servers. */
const hostAge = String.raw`\b(?:how old|age|ages|oldest|newest|purchase (?:year|date)s?|when (?:were|was|did we buy))\b(?: [a-z-]+){0,4}? (?:esxi|vmware|vsphere|hyper-v|hyperv|proxmox|hypervisor|virtuali[sz]ation|vm|our|the|existing|current)(?: [a-z-]+)?? hosts\b|\bhosts?\b(?: [a-z-]+){0,3}? (?:how old|age|ages|bought|purchased)\b`;

/** Today's virtualisation hosts: "how many hosts do we run today?", "what hypervisor are we on?". */
const hostsToday = new RegExp(String.raw`\b(?:how many|which|what|list|show(?: me)?)\b[^?]{0,25}\b(?:hosts?|clusters?|hypervisors?|esxi?(?: hosts)?)\b[^?]{0,30}\b(?:today|now|currently|at the moment|do we (?:run|have|use|get)|are we (?:on|running|using)|have we got|in use)\b|\bwhat (?:hypervisor|platform|virtuali[sz]ation platform) (?:are|do|is) (?:we|the trust)\b|\bvms? (?:per|a|to each|on each) host\b|\b(?:which|what) clusters\b|${hostAge}`);

/** Today's VMware subscription: "what does our VMware renewal cost?", "what are we paying Broadcom?". */
const licenceRenewal =
  /\b(?:our|the|current|today'?s|existing)\s+(?:vmware|vsphere|vvf|vcf|broadcom|hypervisor)\s+(?:renewal|licen[cs]e|licen[cs]es|licensing|subscription|contract|bill|costs?)\b|\b(?:vmware|vsphere|broadcom)\b.{0,25}\brenew\w*|\bpay(?:ing)? (?:to )?(?:vmware|broadcom)\b|\bwhen does\b.{0,30}\b(?:licen[cs]e|subscription|contract)\b.{0,10}\b(?:renew|expire|end)\w*|\b(?:spend|spends|spending|spent|pay|paying|paid)\b(?: [a-z]+){0,2}? (?:on|for|to) (?:our |the )?(?:vmware|vsphere|esxi|vvf|vcf|broadcom)\b|\b(?:vmware|vsphere|esxi|vvf|vcf|broadcom)\b(?: [a-z]+)?? (?:costs?|costing|set|sets) us\b|\bhow much (?:is|does|do) (?:our |the )?(?:vmware|vsphere|esxi|vvf|vcf|broadcom)\b(?: [a-z]+)?? (?:cost|costing)\b(?! (?:to|if|when|after|once|on))|\b(?:annual|yearly|current|today'?s)\b(?: [a-z]+)?? (?:vmware|vsphere|esxi|vvf|vcf|broadcom) (?:spend|bill|costs?|charges?)\b|\b(?:annual|yearly|current|today'?s) (?:spend|bill|cost|charge) (?:for|on|with|from|to) (?:our |the )?(?:vmware|vsphere|esxi|vvf|vcf|broadcom)\b/;

/** "Which service costs the most to run?": running costs by service, most expensive first. */
const runningCostByService =
  /\bwhich (?:services?|systems?|apps?|applications?|departments?)\b.{0,40}\b(?:costs?|expensive|spend\w*|pricie\w*|cheapest)\b|\b(?:most|least) expensive (?:services?|systems?|apps?|applications?)\b|(?<!\b(?:support|energy|power|electricity|licen[cs]e|licen[cs]ing|backup|staff) )\b(?:running )?costs? (?:by|per|for each) (?:service|system|department)\b|\bexpensive (?:services?|systems?|apps?) to (?:run|keep)\b|\b(?:services?|systems?) (?:cost|costing) (?:us )?the most\b/;

/** An estate question asked trust by trust: "each trust", "by organisation", "which trust has the most ...". */
const byOrganisation =
  /\b(?:each|every|per|by|which|what|between|across|for (?:each|every)) (?:of (?:the|our) )?(?:trusts?|organi[sz]ations?|orgs?)\b|\b(?:trust|organi[sz]ation) by (?:trust|organi[sz]ation)\b|\b(?:split|broken down|breakdown|divided)\b.{0,20}\b(?:trusts?|organi[sz]ations?)\b/;

/** The running costs asked about by name ("backup", "rack space", "staff time", "licences"). */
const costLineWords: readonly [RegExp, CostLineAsked][] = [
  [/\bback-?ups?\b/, 'backup'],
  [/\brack(?:s| space| units?)?\b/, 'rack'],
  [/\bstaff(?:ing)?(?: time)?\b|\b(?:admin|engineer|engineering|people|sysadmin) time\b/, 'staff'],
  [/\blicen[cs](?:es?|ing)\b|\bsoftware assurance\b/, 'licences'],
];
/** Asking what something costs or what is spent on it, today or a year. */
const costAsked = /\bhow much\b.{0,40}\b(?:cost|costs|costing|spend|spent|spending|pay|paying|paid)\b|\bwhat\b.{0,40}\b(?:cost|costs|costing|spend|spending|spent|pay|paying)\b|\b(?:annual|yearly|current|today'?s)\b.{0,20}\b(?:cost|spend|bill)\b|\b(?:cost|costs|spend|bill) (?:of|on|for)\b|\bcosts? (?:us|the trust)\b|\b(?:spend|bill)\b|\bcosts? (?:a|per|each|every) year\b/;
/** Words that make a cost question a what-if: something is to change. */
const consolidationVerb = /\bconsolidat\w*|\bvirtuali[sz]\w*|\bp2v\b|\bmigrat\w*|\bmov(?:e|ed|ing)\b|\bwhat if\b|\bif we\b|\bonto\b|\breplac\w*|\bretir\w*|\bswitch\w* off\b|\bsav(?:e|es|ed|ing|ings)\b|\bwould\b|\bcould\b/;

/** "How much does backup cost us today?": the running cost line asked about, when nothing is to change. */
function readCostLine(text: string): CostLineAsked | undefined {
  if (!costAsked.test(text) || consolidationVerb.test(text)) return undefined;
  return costLineWords.find(([pattern]) => pattern.test(text))?.[1];
}

const estateTopics: readonly [{ test(text: string): boolean }, EstateTopic][] = [
  [maturity, 'maturity'],
  [doNothing, 'do-nothing'],
  [licenceRenewal, 'licence-renewal'],
  [{ test: (text) => readCostLine(text) !== undefined }, 'cost-line'],
  [runningCostByService, 'running-cost-by-service'],
  [hostsToday, 'hosts-today'],
  [switchOff, 'switch-off'],
  [/\bwhich (?:services?|systems|apps|applications|departments)\b.{0,40}\b(?:power|energy|electricity|watts|kwh|juice)\b|\b(?:power|energy|electricity|kwh|watts)\b.{0,20}\b(?:by|per|for each) (?:service|system|department)\b|\b(?:services?|departments)\b.{0,20}\b(?:use|uses|draw|draws|consume|consumes|burn|burns)\b.{0,10}\bmost\b/, 'power-by-service'],
  [/\b(?:can'?t|cannot|can not|couldn'?t|won'?t|not|un|non)[- ]?(?:be )?virtuali[sz](?:ed|able|e)\b|\b(?:can'?t|cannot|can not)\b.{0,30}\bbe virtuali[sz]|\bstays? physical\b|\b(?:must|has to|have to|need to) (?:stay|remain) physical\b|\bphysical only\b|\bwhy not virtuali[sz]/, 'not-virtualisable'],
  [/\bwarrant(?:y|ies)\b|\bout of support\b|\bend of life\b|\beol\b|\bsupport (?:ends|expir\w*)\b/, 'warranty'],
  [/\b(?:spend|spends|spent|spending|pay|pays|paying|paid|cost|costs|costing|bill)\b.{0,40}\b(?:hardware support|support contracts?|maintenance|support)\b|\b(?:support|maintenance) (?:contracts?|costs?|spend|bill|charges)\b/, 'support'],
  [/\bhow old\b|\bage\b|\boldest\b|\bnewest\b|\bolder than\b|\byears old\b|\bage profile\b|\bpurchase(?:d)? (?:year|date)\b|\bwhen (?:were|was) .* bought\b/, 'age'],
  [/\b(?:power|energy|electricity)[- ]hungry\b|\btop \d+\b|\b(?:biggest|largest|top \d*|hungriest|worst|highest|heaviest) (?:power |energy |electricity )?(?:consumers|users|servers|draw|hogs|consuming)\b|\bwhich servers (?:use|draw|consume|burn) (?:the )?most\b|\bmost (?:power|energy|electricity)[- ]hungry\b|\buse the most (?:power|energy|electricity)\b/, 'biggest'],
  [/\bcarbon\b|\bco2e?\b|\bemissions?\b|\bfootprint\b|\bgreenhouse\b|\bghg\b/, 'carbon'],
  [/\benergy\b|\bkwh\b|\belectricity\b|\bpower bill\b|\benergy bill\b/, 'energy'],
  [/\bpower\b|\bwatts\b|\bkw\b|\bdraw\b/, 'power'],
  [/\bhow many\b|\bnumber of\b|\bcount\b|\btotal (?:servers|cores|ram|memory|storage)\b|\bhow much (?:ram|memory|storage|disk)\b/, 'count'],
  [/\b(?:tell me about|describe|summar(?:y|ise|ize)|overview|what'?s in|what is in|what do we (?:have|run)|show me|list) (?:the |our |of (?:the |our )?)?(?:estate|servers|inventory|server estate)\b|\bestate (?:summary|overview)\b|^(?:the )?estate$|\binventory\b/, 'overview'],
];

/**
 * Decides what is asked, most specific first. `rest` is the text without the assumption values
 * ("30p/kWh" must not make a what-if an energy question); `changes` = anything that alters a
 * scenario (host, hypervisor, DR, overrides), which makes an estate-sounding question a what-if.
 */
function readIntent(
  text: string,
  rest: string,
  named: { scoped: boolean; narrowed: boolean; changes: boolean; reshapes: boolean },
  counts: { hypervisors: number; hosts: number },
  compareDr: boolean,
  drQuestion: boolean,
): Intent {
  if (help.test(text) && !named.scoped && !named.changes) return 'help';
  if (summary.test(text)) return 'summary';
  // "biggest risks to the business case" asks about the case's sensitivity, not for the paper.
  if (sensitivity.test(text)) return 'sensitivity';
  if (businessCase.test(text)) return 'business-case';
  if (assumptionsQuestion.test(text)) return 'assumptions';
  if (compareDr || compare.test(text) || drQuestion) return 'compare';
  if (orChoice.test(text) && (counts.hypervisors >= 2 || counts.hosts >= 2)) return 'compare';
  const topic = estateTopics.find(([pattern]) => pattern.test(rest))?.[1];
  // "Servers by organisation", "which trust has the most servers?": the estate's counts, trust by trust.
  const perOrganisationFigure = byOrganisation.test(rest) && appraisalWords.test(text);
  if (!topic && byOrganisation.test(rest) && !whatIfCue.test(text) && !named.changes && !perOrganisationFigure) return 'estate';
  // Doing nothing is the whole estate's: "leave everything as it is" is still that question.
  // "our ESXi hosts" says which hosts, not a hypervisor to move onto.
  if (topic === 'hosts-today' && (!named.changes || (!whatIfCue.test(text) && counts.hosts === 0))) return 'estate';
  if (topic === 'running-cost-by-service' && !named.changes) return 'estate';
  if (topic === 'cost-line' && !named.reshapes) return 'estate';
  // Naming VMware here says whose licence, not a hypervisor to move onto.
  if (topic === 'licence-renewal' && !named.narrowed && counts.hosts === 0) return 'estate';
  // Doing nothing has prices too: "what does doing nothing cost at 30p/kWh?" is still that question.
  if (topic === 'do-nothing' && !named.narrowed && !named.reshapes && counts.hosts + counts.hypervisors === 0) return 'estate';
  if (topic === 'switch-off') return switchOffWhatIf.test(text) ? 'what-if' : 'estate';
  // "How would consolidation change our maturity?" asks for the scores, before and after, not a costing.
  if (topic === 'maturity' || topic === 'not-virtualisable' || topic === 'warranty' || topic === 'age') return 'estate';
  if (topic && !whatIfCue.test(text) && !named.changes) return 'estate';
  // "Each trust's share of the capital": a figure only an appraisal gives, asked trust by trust.
  if (whatIfCue.test(text) || named.scoped || named.changes || perOrganisationFigure) return 'what-if';
  // Nothing read and nothing about servers, money or the programme: no estate question at all
  // ("what's the weather like in Leeds?", "thanks!"), so what the bot can do, not "sorry".
  return estateWords.test(text) ? 'unknown' : 'help';
}

/** Figures only an appraisal gives (not the estate's counts): asked trust by trust, they make a what-if. */
const appraisalWords = /\b(?:would|will)\b.{0,20}\bcost\b|\bneeds?\b.{0,20}\bhosts\b|\bcapital\b|\bcdel\b|\bnpv\b|\bnet present value\b|\bpay ?back\b|\bbenefit\w*|\bgain\w*|\bhosts? (?:would|will)\b/;

/** Words any question about the estate, its costs or the programme uses at least one of. */
const estateWords =
  /\b(?:servers?|estate|hosts?|vms?|virtual\w*|consolidat\w*|p2v|migrat\w*|npv|sav(?:e|es|ed|ing|ings)|cost\w*|spend\w*|cheap\w*|expensive|price\w*|energy|power|electricity|carbon|licen[cs]\w*|warranty|support|dr|disaster|recovery|hypervisors?|clusters?|kit|boxes|hardware|payback|business case|summary|plan|racks?|storage|backup|data ?cent(?:re|er)|site|services?|systems?|budget|capital|infrastructure)\b/;

/** A short courtesy and nothing else: thanks, cheers, great. */
const courtesy = /^(?:(?:thanks?|thank you|thankyou|ta|cheers|many thanks|great|brilliant|perfect|lovely|nice one|good stuff|much appreciated|ok(?:ay)?|cool|super|that's (?:really |very |so |super )?(?:great|helpful|useful|perfect|brilliant))(?: (?:very much|so much|a lot|again|mate|all|folks|team|for (?:that|this|the help|your help)))* ?)+$/;

function readEstateTopic(text: string): EstateTopic {
  return estateTopics.find(([pattern]) => pattern.test(text))?.[1] ?? 'overview';
}

function readCompareTopic(text: string, compareDr: boolean, hypervisors: number, hosts: number, scope: ScopeMention, sharing: boolean): CompareTopic {
  if (compareDr) return 'dr';
  if (drRecycleQuestion.test(text)) return 'dr-recycle';
  if (drOptionsQuestion.test(text)) return 'dr-options';
  // "sharing hosts vs keeping the trusts separate": the two ways, not host models.
  if (sharing) return 'sharing';
  if (/\bhypervisors?\b|\bplatforms?\b/.test(text) || hypervisors >= 2) return 'hypervisors';
  if (/\bhosts?\b|\bmodels?\b|\bvendors?\b|\bboxes\b|\bhardware\b|\bservers? to buy\b/.test(text) || hosts >= 2) return 'hosts';
  if (scope.services.length + scope.sites.length >= 2) return 'scopes';
  if (hypervisors === 1) return 'hypervisors';
  return 'hosts';
}

function readSensitivityTopic(text: string): SensitivityTopic {
  if (/\bbreak[- ]?even\b/.test(text)) return 'break-even';
  if (/\bhow (?:sure|confident|certain|robust|reliable)\b|\bmonte ?carlo\b|\bprobability\b|\bchances? (?:of|that|the npv|npv|it)\b|\bwhat(?:'s| is| are) the chances?\b|\blikelihood\b|\bp10\b|\bp90\b|\bworst case\b|\bdownside\b|\bwhat could go wrong\b/.test(text)) {
    return 'risk';
  }
  return 'drivers';
}

/** Which assumption a break-even question is about. */
const breakEvenKeys: readonly [RegExp, string][] = [
  [/\b(?:energy|electricity|power|unit) (?:price|cost|tariff)\b|\bkwh\b|\belectricity\b/, 'energy.pricePerKwh'],
  [/\bdiscount\b/, 'discount.rate'],
  [/\bpue\b/, 'energy.pue'],
  [/\bgrowth\b/, 'growth.annual'],
  [/\bheadroom\b/, 'headroom.cpu'],
  [/\boptimism\b|\bcapital\b/, 'optimismBias.capital'],
  [/\bcarbon\b/, 'carbon.kgPerKwh'],
];

function clarifyMention(mention: Mention, text: string): NonNullable<Understanding['clarify']> {
  const what = mention.kind === 'site' ? 'site' : mention.kind === 'host-model' ? 'host model' : mention.kind;
  const choices = mention.targets.slice(0, 5).map((target) => ({ label: target, question: text.replace(mention.text, target) }));
  return { question: `Which ${what} did you mean by "${mention.text}"?`, choices };
}
