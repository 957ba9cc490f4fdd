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
  { keys: ['carbon.kgPerKwh'], pattern: new RegExp(`${num}\\s*kg\\s*(?:co2e?)?\\s*(?:\\/|per|a)\\s*kwh`), value: (m) => Number(m[1]) },
  { keys: ['headroom.cpu'], pattern: new RegExp(`${num}\\s*%\\s*(?:of\\s+)?(?:cpu|processor)\\s+headroom`), value: usable },
  { keys: ['headroom.ram'], pattern: new RegExp(`${num}\\s*%\\s*(?:of\\s+)?(?:ram|memory)\\s+headroom`), value: usable },
  { keys: ['headroom.cpu', 'headroom.ram'], pattern: new RegExp(`${num}\\s*%\\s*(?:of\\s+)?(?:spare\\s+)?headroom`), value: usable },
  { keys: ['headroom.cpu', 'headroom.ram'], pattern: new RegExp(`headroom\\s*(?:of|at|=|to|is)?\\s*${num}\\s*%`), value: usable },
  { keys: ['headroom.ram'], pattern: new RegExp(`(?:run|fill|load|use|push|take)\\s+(?:the\\s+)?(?:hosts?|boxes|servers)\\s+(?:up\\s+)?(?:at|to)\\s+${num}\\s*%\\s*(?:of\\s+)?(?:their\\s+|the\\s+)?(?:ram|memory)`), value: (m) => pct(m) },
  { keys: ['headroom.ram'], pattern: new RegExp(`${num}\\s*%\\s*(?:ram|memory)\\s*(?:use|usage|utili[sz]ation|load|full|ceiling|limit)?`), value: (m) => pct(m) },
  { keys: ['headroom.ram'], pattern: new RegExp(`(?:ram|memory)\\s+(?:use|usage|utili[sz]ation|load|ceiling|limit)?\\s*(?:of|at|to|up to)\\s+${num}\\s*%`), value: (m) => pct(m) },
  { keys: ['headroom.cpu'], pattern: new RegExp(`(?:run|fill|load|use|push|take)\\s+(?:the\\s+)?(?:hosts?|boxes|servers)\\s+(?:up\\s+)?(?:at|to)\\s+${num}\\s*%(?:\\s*(?:of\\s+)?(?:their\\s+|the\\s+)?(?:cpu|processor))?`), value: (m) => pct(m) },
  { keys: ['headroom.cpu'], pattern: new RegExp(`${num}\\s*%\\s*(?:cpu|processor)\\s*(?:use|usage|utili[sz]ation|load|ceiling|limit)?`), value: (m) => pct(m) },
  { keys: ['ha.spareHosts'], pattern: /\bn\s*\+\s*(\d{1,2})\b/, value: (m) => Number(m[1]) },
  { keys: ['ha.spareHosts'], pattern: /\b(?:no|without|zero)\s+(?:ha|high availability|spare hosts?|spares?)\b/, value: () => 0 },
  { keys: ['ha.spareHosts'], pattern: new RegExp(`\\b${count}\\s+spare\\s+hosts?\\b`), value: (m) => numberWords(m[1] ?? '') },
  { keys: ['growth.annual'], pattern: new RegExp(`${num}\\s*%\\s*(?:a |per |each )?(?:year(?:ly)?|yr|annum|annual)?\\s*(?:demand\\s+)?(?:growth|grow)`), value: (m) => pct(m) },
  { keys: ['growth.annual'], pattern: new RegExp(`\\bgrow(?:s|th|ing)?\\s+(?:rate\\s+)?(?:of|at|by|is)?\\s*${num}\\s*%`), value: (m) => pct(m) },
  { keys: ['growth.annual'], pattern: /\b(?:no|zero|without)\s+growth\b/, value: () => 0 },
  { keys: ['discount.rate'], pattern: new RegExp(`discount(?:ing)?\\s*(?:rate)?\\s*(?:of|at|=|is|to)?\\s*${num}\\s*%`), value: (m) => pct(m) },
  { keys: ['discount.rate'], pattern: new RegExp(`${num}\\s*%\\s*discount(?:\\s+rate)?`), value: (m) => pct(m) },
  { keys: ['energy.pue'], pattern: new RegExp(`\\bpue\\s*(?:of|at|=|is|was|to)?\\s*${num}`), value: (m) => Number(m[1]) },
  { keys: ['energy.pue'], pattern: new RegExp(`${num}\\s*pue\\b`), value: (m) => Number(m[1]) },
  { keys: ['overcommit.vcpuPerCore'], pattern: /\b(\d{1,2})\s*:\s*1\b/, value: (m) => Number(m[1]) },
  { keys: ['overcommit.vcpuPerCore'], pattern: new RegExp(`${num}\\s*vcpus?\\s*(?:per|a|to each|for each)\\s*(?:physical\\s+)?core`), value: (m) => Number(m[1]) },
  { keys: ['optimismBias.capital'], pattern: new RegExp(`optimism\\s+bias\\s*(?:of|at|=|is|to)?\\s*${num}\\s*%`), value: (m) => pct(m) },
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
