import { numberWordPattern, numberWords } from './number-words.js';

/** One way people say an assumption in words, and the value it sets. */
interface OverrideRule {
  keys: readonly string[];
  pattern: RegExp;
  value: (m: RegExpExecArray) => number | undefined;
}

const num = '(\\d+(?:\\.\\d+)?)';
const pct = (m: RegExpExecArray, i = 1): number | undefined => (m[i] === undefined ? undefined : Number(m[i]) / 100);
const usable = (m: RegExpExecArray): number | undefined => (m[1] === undefined ? undefined : 1 - Number(m[1]) / 100);
const count = `(\\d{1,2}|${numberWordPattern})`;
/** The verbs people put between an assumption's name and its new value: "was", "goes to", "rises to", "of", "at". */
const becomes = '(?:\\s*(?:of|at|=|is|was|were|be|to|goes? (?:up |down )?to|went (?:up |down )?to|rises? to|rose to|falls? to|fell to|drops? to|dropped to|hits?|reach(?:es|ed)?|becomes?|became|changes? to|changed to|set (?:at|to)|of about|about|around))*\\s*';
/** A price per unit with no p or £: below 1 it is pounds ("0.18 a unit"), from 1 pence ("18 a unit"). */
const perUnitPrice = (m: RegExpExecArray): number | undefined => (m[1] === undefined ? undefined : Number(m[1]) < 1 ? Number(m[1]) : Number(m[1]) / 100);

/**
 * What each key driver of the tornado (and a few other costs people ask about) is called in
 * chat, and how its amount is said: a share ("30%", or a plain fraction), money ("£900",
 * "£25k", "90p") or a plain number (years, months, hours, a ratio). "<name> was/at/to <amount>"
 * sets it: "what if the staff rate was £40 an hour", "service life of 8 years".
 */
const namedAssumptions: readonly { key: string; names: readonly string[]; amount: 'share' | 'money' | 'number' }[] = [
  { key: 'carbon.kgPerKwh', names: ['grid carbon factor', 'carbon factor', 'carbon intensity', 'emissions factor'], amount: 'number' },
  { key: 'optimismBias.capital', names: ['optimism bias'], amount: 'share' },
  { key: 'support.outOfWarrantyUplift', names: ['out of warranty uplift', 'out-of-warranty uplift', 'support uplift'], amount: 'share' },
  { key: 'refresh.serviceLifeYears', names: ['server service life', 'service life', 'server life', 'hardware life', 'refresh cycle', 'replacement cycle'], amount: 'number' },
  { key: 'refresh.costPerServer', names: ['replacement server cost', 'cost of a new server', 'cost of a replacement server', 'server replacement cost', 'new server cost'], amount: 'money' },
  { key: 'rack.costPerUnitYear', names: ['rack space cost', 'cost of rack space', 'rack unit cost', 'cost per rack unit', 'rack cost'], amount: 'money' },
  { key: 'staff.costPerHour', names: ['staff rate', 'staff cost per hour', 'engineer rate', 'engineer cost', 'hourly rate', 'labour rate', 'cost of staff time', 'staff time'], amount: 'money' },
  { key: 'staff.hoursPerPhysicalServerYear', names: ['hours per physical server', 'engineer hours per server', 'admin hours per server', 'hours per server'], amount: 'number' },
  { key: 'staff.hoursPerHostYear', names: ['hours per host', 'engineer hours per host'], amount: 'number' },
  { key: 'licence.vmwarePerCoreYear', names: ['vmware price per core', 'vmware cost per core', 'vmware subscription', 'vmware licence cost', 'vmware price', 'vvf price', 'broadcom price'], amount: 'money' },
  { key: 'licence.proxmoxPerSocketYear', names: ['proxmox subscription', 'proxmox support', 'proxmox price'], amount: 'money' },
  { key: 'licence.windowsDatacenterPerCore', names: ['windows datacenter price', 'windows datacenter licence', 'datacenter licence', 'datacenter price'], amount: 'money' },
  { key: 'storage.costPerRawTb', names: ['storage cost per tb', 'storage price per tb', 'cost per tb', 'price per tb', 'storage price'], amount: 'money' },
  { key: 'storage.arrayBaseCost', names: ['storage array cost', 'array cost', 'cost of an array', 'san cost'], amount: 'money' },
  { key: 'migration.costPerPhysicalServer', names: ['migration cost per server', 'cost per migration', 'cost to migrate a server', 'p2v cost', 'migration cost'], amount: 'money' },
  { key: 'dr.replicationPerVmYear', names: ['replication cost per vm', 'replication per vm', 'replication cost', 'cost of replication'], amount: 'money' },
  { key: 'energy.pueAfter', names: ['pue after', 'new pue', 'target pue'], amount: 'number' },
  { key: 'delivery.migrationMonths', names: ['migration period', 'migration time', 'parallel running', 'migration takes', 'migration would take', 'migration took'], amount: 'number' },
  { key: 'retire.decommissionCostPerServer', names: ['cost to switch off a server', 'switch off cost', 'switch-off cost', 'decommissioning cost'], amount: 'money' },
  { key: 'retire.verificationMonths', names: ['verification period'], amount: 'number' },
  { key: 'support.defaultPerServer', names: ['hardware support per server', 'support per server', 'support cost per server'], amount: 'money' },
  { key: 'network.costPerHost', names: ['network cost per host', 'networking per host', 'network per host'], amount: 'money' },
  { key: 'training.oneOff', names: ['training cost', 'training budget'], amount: 'money' },
  { key: 'backup.costPerVirtualServerYear', names: ['backup cost per vm', 'backup per vm'], amount: 'money' },
];

const amountValue = (amount: 'share' | 'money' | 'number') => (m: RegExpExecArray): number | undefined => {
  const n = Number(m[2]);
  const unit = m[3] ?? '';
  if (amount === 'share') return unit === '%' || n > 1 ? n / 100 : n;
  if (amount === 'money') return unit === 'k' ? n * 1_000 : unit === 'm' ? n * 1_000_000 : /^p/.test(unit) ? n / 100 : n;
  return n;
};

function namedAssumptionRules(): OverrideRule[] {
  return namedAssumptions.map(({ key, names, amount }) => ({
    keys: [key],
    pattern: new RegExp(`\\b(?:${names.map((n) => n.replace(/[-]/g, '[- ]')).join('|')})${becomes}(£\\s*)?${num}\\s*(%|k\\b|m\\b|pence\\b|p\\b)?(?:\\s*(?:years?|yrs?|months?|hours?|hrs?|an hour|per hour|a year|per year|a server|per server|a vm|per vm|a core|per core))?`),
    value: amountValue(amount),
  }));
}

/**
 * Order matters: specific phrasings first, so "30p/kWh" is read as a price before "30" could be
 * read as anything else. Each match is removed from the text before the next rule runs.
 */
const rules: readonly OverrideRule[] = [
  { keys: ['energy.pricePerKwh'], pattern: new RegExp(`(?:\\bat\\s+|@\\s*)?${num}\\s*p(?:ence)?\\s*(?:\\/|per|a|an)\\s*(?:kwh|unit|kilowatt[- ]?hour)`), value: (m) => pct(m) },
  { keys: ['energy.pricePerKwh'], pattern: new RegExp(`(?:\\bat\\s+|@\\s*)?£\\s*${num}\\s*(?:\\/|per|a|an)\\s*(?:kwh|unit|kilowatt[- ]?hour)`), value: (m) => Number(m[1]) },
  { keys: ['energy.pricePerKwh'], pattern: new RegExp(`(?:electricity|energy|power|unit price|tariff|price)\\b[^\\d£%]{0,30}?${num}\\s*p(?:ence)?\\b`), value: (m) => pct(m) },
  { keys: ['energy.pricePerKwh'], pattern: new RegExp(`(?:electricity|energy|power|unit price|tariff)\\b[^\\d£%]{0,30}?£\\s*${num}`), value: (m) => Number(m[1]) },
  { keys: ['energy.pricePerKwh'], pattern: new RegExp(`\\bat\\s+${num}\\s*p\\b`), value: (m) => pct(m) },
  { keys: ['energy.pricePerKwh'], pattern: new RegExp(`(?:\\bat\\s+|@\\s*)?${num}\\s*(?:\\/|per|a|an)\\s*(?:kwh|unit|kilowatt[- ]?hour)`), value: perUnitPrice },
  { keys: ['energy.pricePerKwh'], pattern: new RegExp(`(?:electricity|energy|power)\\s+(?:price|cost|tariff)?${becomes}${num}\\b(?!\\s*(?:%|kw|w\\b|watts?|years?|yrs?|hosts?|servers?))`), value: perUnitPrice },
  { keys: ['carbon.kgPerKwh'], pattern: new RegExp(`${num}\\s*kg\\s*(?:co2e?)?\\s*(?:\\/|per|a)\\s*kwh`), value: (m) => Number(m[1]) },
  { keys: ['headroom.cpu'], pattern: new RegExp(`${num}\\s*%\\s*(?:of\\s+)?(?:cpu|processor)\\s+headroom`), value: usable },
  { keys: ['headroom.ram'], pattern: new RegExp(`${num}\\s*%\\s*(?:of\\s+)?(?:ram|memory)\\s+headroom`), value: usable },
  // "20% headroom on memory": the words after headroom say which resource it is kept on.
  { keys: ['headroom.ram'], pattern: new RegExp(`${num}\\s*%\\s*(?:of\\s+)?(?:spare\\s+)?headroom\\s+(?:on|for|in|of)\\s+(?:the\\s+)?(?:ram|memory)\\b`), value: usable },
  { keys: ['headroom.cpu'], pattern: new RegExp(`${num}\\s*%\\s*(?:of\\s+)?(?:spare\\s+)?headroom\\s+(?:on|for|in|of)\\s+(?:the\\s+)?(?:cpus?|processors?|cores?)\\b`), value: usable },
  { keys: ['headroom.ram'], pattern: new RegExp(`(?:ram|memory)\\s+headroom${becomes}${num}\\s*%`), value: usable },
  { keys: ['headroom.cpu'], pattern: new RegExp(`(?:cpu|processor)\\s+headroom${becomes}${num}\\s*%`), value: usable },
  { keys: ['headroom.cpu', 'headroom.ram'], pattern: new RegExp(`${num}\\s*%\\s*(?:of\\s+)?(?:spare\\s+)?headroom`), value: usable },
  { keys: ['headroom.cpu', 'headroom.ram'], pattern: new RegExp(`headroom${becomes}${num}\\s*%`), value: usable },
  { keys: ['headroom.ram'], pattern: new RegExp(`(?:run|fill|load|use|push|take)\\s+(?:the\\s+)?(?:hosts?|boxes|servers)\\s+(?:up\\s+)?(?:at|to)\\s+${num}\\s*%\\s*(?:of\\s+)?(?:their\\s+|the\\s+)?(?:ram|memory)`), value: (m) => pct(m) },
  { keys: ['headroom.ram'], pattern: new RegExp(`${num}\\s*%\\s*(?:ram|memory)\\s*(?:use|usage|utili[sz]ation|load|full|ceiling|limit)?`), value: (m) => pct(m) },
  { keys: ['headroom.ram'], pattern: new RegExp(`(?:ram|memory)\\s+(?:use|usage|utili[sz]ation|load|ceiling|limit)?\\s*(?:of|at|to|up to)\\s+${num}\\s*%`), value: (m) => pct(m) },
  { keys: ['headroom.cpu'], pattern: new RegExp(`(?:run|fill|load|use|push|take)\\s+(?:the\\s+)?(?:hosts?|boxes|servers)\\s+(?:up\\s+)?(?:at|to)\\s+${num}\\s*%(?:\\s*(?:of\\s+)?(?:their\\s+|the\\s+)?(?:cpu|processor))?`), value: (m) => pct(m) },
  { keys: ['headroom.cpu'], pattern: new RegExp(`${num}\\s*%\\s*(?:cpu|processor)\\s*(?:use|usage|utili[sz]ation|load|ceiling|limit)?`), value: (m) => pct(m) },
  { keys: ['ha.spareHosts'], pattern: /\bn\s*\+\s*(\d{1,2})\b/, value: (m) => Number(m[1]) },
  { keys: ['ha.spareHosts'], pattern: /\b(?:no|without|zero)\s+(?:ha|high availability|spare hosts?|spares?)\b/, value: () => 0 },
  { keys: ['ha.spareHosts'], pattern: new RegExp(`\\b${count}\\s+spare\\s+hosts?\\b`), value: (m) => numberWords(m[1] ?? '') },
  { keys: ['growth.annual'], pattern: new RegExp(`${num}\\s*%\\s*(?:a |per |each )?(?:year(?:ly)?|yr|annum|annual)?\\s*(?:demand\\s+)?(?:growth|grow)`), value: (m) => pct(m) },
  { keys: ['growth.annual'], pattern: new RegExp(`\\bgrow(?:s|th|ing)?\\s+(?:rate\\s+)?(?:by\\s+)?${becomes}${num}\\s*%`), value: (m) => pct(m) },
  { keys: ['growth.annual'], pattern: /\b(?:no|zero|0|nil|without)\s+(?:demand\s+|annual\s+|yearly\s+)?growth\b/, value: () => 0 },
  // "growth is zero", "growth of nil", "growth: none": zero said as a word is a value, not a missing one.
  { keys: ['growth.annual'], pattern: new RegExp(`\\bgrowth(?:\\s+rate)?${becomes}(?:0|nil|none|nothing|zero)\\b(?:\\s*%)?`), value: () => 0 },
  { keys: ['discount.rate'], pattern: new RegExp(`discount(?:ing)?\\s*(?:rate)?${becomes}${num}\\s*%`), value: (m) => pct(m) },
  { keys: ['discount.rate'], pattern: new RegExp(`${num}\\s*%\\s*discount(?:\\s+rate)?`), value: (m) => pct(m) },
  { keys: ['energy.pue'], pattern: new RegExp(`\\bpue\\s*(?:of|at|=|is|was|to)?\\s*${num}`), value: (m) => Number(m[1]) },
  { keys: ['energy.pue'], pattern: new RegExp(`${num}\\s*pue\\b`), value: (m) => Number(m[1]) },
  { keys: ['overcommit.vcpuPerCore'], pattern: /\b(\d{1,2})\s*:\s*1\b/, value: (m) => Number(m[1]) },
  { keys: ['overcommit.vcpuPerCore'], pattern: new RegExp(`${num}\\s*vcpus?\\s*(?:per|a|to each|for each)\\s*(?:physical\\s+)?core`), value: (m) => Number(m[1]) },
  { keys: ['optimismBias.capital'], pattern: new RegExp(`optimism\\s+bias\\s*(?:of|at|=|is|to)?\\s*${num}\\s*%`), value: (m) => pct(m) },
  { keys: ['licence.vmwarePerCoreYear'], pattern: new RegExp(`\\b(?:vmware|vsphere|vvf|broadcom)\\b${becomes}£\\s*${num}\\s*(?:(?:a|per|/)\\s*(?:licensed\\s+)?core(?:\\s*(?:a|per)\\s*year)?)?`), value: (m) => Number(m[1]) },
  ...namedAssumptionRules(),
  {
    keys: ['horizon.years'],
    pattern: new RegExp(`(?<!(?:older|newer|younger|more|less|fewer)\\s+than\\s+)(?:\\b(?:over|across|for|in|on|with|using)\\s+)?(?:a\\s+)?\\b${count}[- ]?(?:years?|yrs?)\\b(?![- ]?old)(?:\\s+(?:horizon|period|appraisal))?`),
    value: (m) => numberWords(m[1] ?? ''),
  },
  { keys: ['horizon.years'], pattern: /\b(?:over|across|for|in)\s+a\s+decade\b/, value: () => 10 },
];

export interface ExtractedOverrides {
  overrides: Record<string, number>;
  /** The text with every matched phrase blanked out, for the rules that run after. */
  rest: string;
}

/**
 * Reads assumption overrides said in words: "at 30p/kWh", "if electricity hits 35p",
 * "with 30% headroom", "N+2", "if servers grow 10% a year", "over 7 years", "PUE 1.5".
 * Values are in the assumption's own unit (£/kWh, fractions, hosts, years); range checks are the
 * AssumptionSet's job when the override is applied, so a wild value gets the engine's message.
 */
export function extractOverrides(text: string): ExtractedOverrides {
  const overrides: Record<string, number> = {};
  let rest = text;
  for (const rule of rules) {
    for (let m = rule.pattern.exec(rest); m; m = rule.pattern.exec(rest)) {
      const value = rule.value(m);
      rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`;
      if (value === undefined || !Number.isFinite(value)) continue;
      for (const key of rule.keys) overrides[key] ??= roundValue(value);
    }
  }
  return { overrides, rest: rest.replace(/\s+/g, ' ').trim() };
}

/** 1 - 0.3 is 0.7000000000000001 in floating point; people said 30%. */
function roundValue(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
