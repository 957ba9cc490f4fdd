import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import type { Server } from '../../engine/estate/server.js';
import { summariseByOrganisation } from '../../engine/estate/summarise-by-organisation.js';
import { summariseEstate, type EstateSummary } from '../../engine/estate/summarise-estate.js';
import { poundsToPence } from '../../engine/money.js';
import { classifyServers } from '../../engine/retirement/classify-servers.js';
import { describeEvidence } from '../../engine/retirement/describe-evidence.js';
import { energyUse } from '../../engine/tco/energy-use.js';
import { formatDate, formatMoney, formatMoneyShort, formatNumber, formatPercent } from '../../reports/format/numbers.js';
import type { EstateTopic } from '../understanding/understanding.js';
import type { Answer, AnswerTable, KeyFigure } from './answer.js';

/**
 * The estate topics answered from the inventory alone. Maturity needs a plan (maturity-answer.ts);
 * do-nothing and the licence renewal need the appraisal (doNothingAnswer, licenceRenewalAnswer);
 * today's hosts and running costs by service have answers of their own.
 */
export type InventoryTopic = Exclude<EstateTopic, 'maturity' | 'do-nothing' | 'hosts-today' | 'licence-renewal' | 'running-cost-by-service' | 'cost-line' | 'recyclable' | 'published-cases' | 'non-cash-benefits'>;

export interface EstateQuestion {
  topic: InventoryTopic;
  /** The servers the question is about (the whole estate or its scope). */
  servers: readonly Server[];
  /** "the whole estate", "Ward systems", ... */
  scopeName: string;
  assumptions: AssumptionSet;
  /** The date warranty and age are counted at (the inventory's as-of date, or today), YYYY-MM-DD. */
  asOf: string;
  /** The date logons and changes are aged against for the switch-off review (reviewDate), as `unsprawl estate --retire-candidates` does. */
  reviewAsOf: string;
  source: string;
  /** Split by organisation ("power by trust"): an estate whose servers name their organisation. */
  byOrganisation?: boolean;
  /** The age an age question counts servers older than ("over 10 years old"); 7 when not asked. */
  olderThanYears?: number;
}

/**
 * Facts about the estate (counts, age, warranty, power, energy, carbon, biggest consumers, what
 * stays physical), computed from the loaded inventory with the same energy formula and
 * assumptions the TCO model uses (watts x 8,760 h x PUE; power_watts, or
 * energy.serverBaseWatts + energy.wattsPerCore x cores when not recorded).
 */
export function estateAnswer(q: EstateQuestion): Answer {
  const summary = summariseEstate({ servers: [...q.servers], source: q.source, asOf: q.asOf }, q.asOf);
  const own = builders[q.topic](q, summary);
  const part = q.byOrganisation ? byOrganisation(q, own) : own;
  return {
    kind: 'estate',
    headline: part.headline,
    figures: part.figures,
    tables: part.tables,
    notes: [`Inventory: ${q.source}, as of ${formatDate(q.asOf)}.`, ...part.notes],
    actions: [
      { id: 'ask', label: `Consolidate ${q.scopeName}`, question: `what if we consolidate ${q.scopeName}?` },
      { id: 'show-assumptions', label: 'Show assumptions' },
    ],
  };
}

interface Part {
  headline: string;
  figures: KeyFigure[];
  tables: AnswerTable[];
  notes: string[];
}

/** Counts, age and warranty come from summariseEstate, so they match `unsprawl estate`. */
const builders: Record<InventoryTopic, (q: EstateQuestion, summary: EstateSummary) => Part> = {
  overview: overview,
  count: overview,
  age: age,
  warranty: warranty,
  power: power,
  energy: power,
  carbon: power,
  biggest: biggest,
  'not-virtualisable': notVirtualisable,
  support: support,
  'power-by-service': powerByService,
  'switch-off': switchOff,
};

/**
 * "Which servers could we switch off?": the retirement review (engine/retirement) of the servers
 * in scope, each flagged server with its evidence, and the signals the inventory lacks.
 */
function switchOff(q: EstateQuestion): Part {
  const review = classifyServers(q.servers, q.assumptions, q.reviewAsOf);
  const flagged = review.servers.filter((s) => s.activity === 'zombie' || s.activity === 'idle');
  const zombies = flagged.filter((s) => s.activity === 'zombie').length;
  return {
    headline: flagged.length === 0
      ? `None of the ${formatNumber(q.servers.length)} servers in ${q.scopeName} looks unused on the signals the inventory records.`
      : `${formatNumber(flagged.length)} of the ${formatNumber(q.servers.length)} servers in ${q.scopeName} look unused and could be switched off rather than moved: ${formatNumber(zombies)} near zero on every signal (zombies) and ${formatNumber(flagged.length - zombies)} idle. Ask "what if we retire the zombies first?" to cost it.`,
    figures: [
      figure('Zombies', zombies),
      figure('Idle', flagged.length - zombies),
      figure('Orphaned (no owner or service)', review.counts.orphaned),
      figure('Applications on several servers', review.duplicates.length),
    ],
    tables: flagged.length === 0 ? [] : [{
      title: 'Servers that look unused, with the evidence',
      columns: ['Server', 'Class', 'Evidence'],
      rows: flagged.map((s) => [s.workload, s.activity, describeEvidence(s.evidence)]),
    }],
    notes: [
      'Thresholds are the retire.* assumptions (Azure Migrate\'s idle and zombie buckets); confirm with each owner before switching anything off.',
      ...(review.missingSignals.length > 0
        ? [`Signals missing, which narrows what can be said: ${review.missingSignals.map((m) => `${m.signal} on ${formatNumber(m.servers)} servers`).join('; ')}.`]
        : []),
    ],
  };
}

/** "How much do we spend on hardware support a year?": the inventory's annual_support_gbp, by service. */
function support(q: EstateQuestion): Part {
  const total = sum(q.servers.map((s) => s.annualSupportPence ?? 0));
  const outOfWarranty = q.servers.filter((s) => s.warrantyEnd !== undefined && s.warrantyEnd < q.asOf);
  const byService = [...groupSum(q.servers, (s) => s.service, (s) => s.annualSupportPence ?? 0)].sort((a, b) => b[1] - a[1]);
  const none = q.servers.filter((s) => s.kind === 'physical' && !s.annualSupportPence).length;
  return {
    headline: `${capitalise(q.scopeName)} pays ${formatMoneyShort(total)} a year for hardware support on ${formatNumber(q.servers.length)} servers; ${formatNumber(outOfWarranty.length)} of them are out of warranty (${formatMoneyShort(sum(outOfWarranty.map((s) => s.annualSupportPence ?? 0)))} of it).`,
    figures: [
      { label: 'Support a year', value: formatMoney(total), raw: total },
      figure('Out of warranty', outOfWarranty.length),
    ],
    tables: [
      {
        title: 'Hardware support a year by service',
        columns: ['Service', 'Support a year', 'Share'],
        rows: byService.map(([name, pence]) => [name, formatMoney(pence), formatPercent(share(pence, total))]),
      },
    ],
    notes: [
      'From annual_support_gbp in the inventory; the TCO model adds the out-of-warranty uplift from the assumptions.',
      ...unknownNote(none, 'no support cost recorded'),
    ],
  };
}

/** "Which services use the most power?": energy and power summed by service, largest first. */
function powerByService(q: EstateQuestion): Part {
  const rows = serverEnergy(q);
  const kwh = sum(rows.map((r) => r.kwh));
  const watts = [...groupSum(rows, (r) => r.server.service, (r) => r.watts)];
  const energy = new Map(groupSum(rows, (r) => r.server.service, (r) => r.kwh));
  const ranked = watts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const price = q.assumptions.get('energy.pricePerKwh');
  const [first, second] = ranked;
  return {
    headline: first
      ? `${first[0]} uses the most power in ${q.scopeName}: ${formatNumber(first[1] / 1000, 1)} kW (${formatPercent(share(energy.get(first[0]) ?? 0, kwh))} of its server energy)${second ? `, then ${second[0]} at ${formatNumber(second[1] / 1000, 1)} kW` : ''}.`
      : `No servers in ${q.scopeName}.`,
    figures: [
      { label: 'IT load', value: `${formatNumber(sum(rows.map((r) => r.watts)) / 1000, 1)} kW` },
      { label: 'Energy a year', value: `${formatNumber(kwh)} kWh`, raw: kwh },
    ],
    tables: [
      {
        title: `Power by service, ${q.scopeName}`,
        columns: ['Service', 'kW', 'kWh a year', 'Cost a year', 'Share'],
        rows: ranked.map(([name, w]) => {
          const k = energy.get(name) ?? 0;
          return [name, formatNumber(w / 1000, 1), formatNumber(k), formatMoney(poundsToPence(k * price)), formatPercent(share(k, kwh))];
        }),
      },
    ],
    notes: unknownNote(rows.filter((r) => r.estimated).length, 'no recorded power draw (estimated from cores)'),
  };
}

function overview(q: EstateQuestion, summary: EstateSummary): Part {
  const { total, physical, virtual } = summary.servers;
  return {
    headline: `${capitalise(q.scopeName)}: ${formatNumber(total)} servers (${formatNumber(physical)} physical, ${formatNumber(virtual)} virtual) running ${formatNumber(summary.apps)} applications across ${formatNumber(summary.services.length)} services, with ${formatNumber(summary.cpuCores)} cores and ${formatNumber(summary.memGb)} GB of RAM.`,
    figures: [
      figure('Servers', total),
      figure('Physical servers', physical),
      figure('Applications', summary.apps),
      figure('CPU cores', summary.cpuCores),
      { label: 'RAM', value: `${formatNumber(summary.memGb)} GB`, raw: summary.memGb },
      { label: 'Storage', value: `${formatNumber(summary.storageGb / 1000, 1)} TB`, raw: summary.storageGb },
      figure('Rack units', summary.rackUnits),
    ],
    tables: [
      {
        title: 'Servers by service',
        columns: ['Service', 'Servers', 'Physical', 'Out of warranty'],
        rows: summary.services.map((s) => [s.service, formatNumber(s.servers), formatNumber(s.physical), formatNumber(s.outOfWarranty)]),
      },
    ],
    notes: [],
  };
}

function age(q: EstateQuestion, summary: EstateSummary): Part {
  const year = Number(q.asOf.slice(0, 4));
  const known = q.servers.filter((s) => s.purchaseYear !== undefined);
  const ages = known.map((s) => year - s.purchaseYear!);
  const oldest = [...known].sort((a, b) => a.purchaseYear! - b.purchaseYear! || a.id.localeCompare(b.id)).slice(0, 10);
  const average = ages.length > 0 ? sum(ages) / ages.length : 0;
  const limit = q.olderThanYears ?? 7;
  const older = ages.filter((a) => a > limit).length;
  const counted = `${formatNumber(older)} (${formatPercent(share(older, known.length))}) are more than ${formatNumber(limit)} years old`;
  const profile = `${formatNumber(average, 1)} years old on average (bought ${summary.oldestPurchaseYear ?? '?'} to ${summary.newestPurchaseYear ?? '?'})`;
  return {
    // "How many are over 10 years old?" is answered first; the average is the context.
    headline:
      q.olderThanYears === undefined
        ? `The ${formatNumber(known.length)} servers of ${q.scopeName} with a known purchase year are ${profile}; ${counted}.`
        : `Of the ${formatNumber(known.length)} servers of ${q.scopeName} with a known purchase year, ${counted} (bought before ${year - limit}); they are ${profile}.`,
    figures: [
      { label: 'Average age', value: `${formatNumber(average, 1)} years`, raw: average },
      figure(`More than ${formatNumber(limit)} years old`, older),
      { label: 'Oldest purchase year', value: summary.oldestPurchaseYear !== undefined ? String(summary.oldestPurchaseYear) : 'unknown' },
    ],
    tables: [
      { title: 'Age profile', columns: ['Age', 'Servers'], rows: summary.ageBands.map((b) => [b.label, formatNumber(b.servers)]) },
      { title: 'Oldest servers', columns: ['Server', 'Service', 'Bought'], rows: oldest.map((s) => [s.id, s.service, String(s.purchaseYear)]) },
    ],
    notes: unknownNote(summary.serversWithoutPurchaseYear, 'no purchase year'),
  };
}

function warranty(q: EstateQuestion, summary: EstateSummary): Part {
  const soonLimit = addDays(q.asOf, 90);
  const out = q.servers.filter((s) => s.warrantyEnd !== undefined && s.warrantyEnd < q.asOf);
  const soon = q.servers.filter((s) => s.warrantyEnd !== undefined && s.warrantyEnd >= q.asOf && s.warrantyEnd <= soonLimit);
  const support = sum(out.map((s) => s.annualSupportPence ?? 0));
  const withWarranty = summary.servers.total - summary.serversWithoutWarranty;
  return {
    headline: `${formatNumber(summary.outOfWarranty)} of the ${formatNumber(withWarranty)} servers in ${q.scopeName} with a warranty date (${formatPercent(share(summary.outOfWarranty, withWarranty))}) are out of warranty on ${formatDate(q.asOf)}, and ${formatNumber(soon.length)} more go out in the next 90 days.`,
    figures: [
      figure('Out of warranty', summary.outOfWarranty),
      figure('Out in the next 90 days', soon.length),
      { label: 'Their recorded support a year', value: formatMoney(support), raw: support },
    ],
    tables: [
      {
        title: 'Out of warranty by service',
        columns: ['Service', 'Servers'],
        rows: summary.services.filter((s) => s.outOfWarranty > 0).sort((a, b) => b.outOfWarranty - a.outOfWarranty || a.service.localeCompare(b.service)).map((s) => [s.service, formatNumber(s.outOfWarranty)]),
      },
      ...(soon.length > 0
        ? [{ title: 'Going out of warranty in the next 90 days', columns: ['Server', 'Service', 'Warranty ends'], rows: soon.map((s) => [s.id, s.service, formatDate(s.warrantyEnd!)]) }]
        : []),
    ],
    notes: unknownNote(summary.serversWithoutWarranty, 'no warranty end date (virtual servers have none of their own)'),
  };
}

/** What an organisation is ranked by, per topic, and how the headline words it. */
interface Measure {
  /** "has the most servers", "pays the most for hardware support". */
  most: string;
  /** What none of them has, when every value is nought: "servers out of warranty". */
  none: string;
  value: (row: OrganisationRow) => number;
  format: (value: number) => string;
  /** A figure a year: "a year" follows the total. */
  yearly?: boolean;
}

interface OrganisationRow {
  name: string;
  servers: number;
  physical: number;
  outOfWarranty: number;
  support: number;
  watts: number;
  kwh: number;
}

/** How each topic with a measure of its own ranks the organisations; the others keep their own headline. */
function measureOf(q: EstateQuestion): Measure | undefined {
  const count = (value: number) => formatNumber(value);
  switch (q.topic) {
    case 'overview':
    case 'count':
      return { most: 'has the most servers', none: 'servers', value: (r) => r.servers, format: count };
    case 'warranty':
      return { most: 'has the most servers out of warranty', none: 'servers out of warranty', value: (r) => r.outOfWarranty, format: count };
    case 'support':
      return { most: 'pays the most for hardware support', none: 'recorded hardware support', value: (r) => r.support, format: formatMoneyShort, yearly: true };
    case 'power':
      return { most: 'draws the most power', none: 'power draw', value: (r) => r.watts, format: (w) => `${formatNumber(w / 1000, 1)} kW` };
    case 'energy':
      return { most: 'uses the most energy', none: 'energy use', value: (r) => r.kwh, format: (k) => `${formatNumber(k)} kWh`, yearly: true };
    case 'carbon': {
      const kgPerKwh = q.assumptions.get('carbon.kgPerKwh');
      return { most: 'emits the most carbon', none: 'emissions', value: (r) => r.kwh, format: (k) => `${formatNumber((k * kgPerKwh) / 1000, 1)} t CO2e`, yearly: true };
    }
    default:
      return undefined;
  }
}

/**
 * "How many servers does each trust have?", "power by trust": the topic's answer with a table by
 * organisation in front (servers, physical, out of warranty, support, power, energy) whose rows
 * add up to its total row, and a headline naming the organisation with the most of what was
 * asked. Counts, warranty and support come from summariseEstate per organisation, power and
 * energy from the same formula as the power answer, so the total row is the topic's own figures.
 */
function byOrganisation(q: EstateQuestion, own: Part): Part {
  const energy = new Map(serverEnergy(q).map((e) => [e.server, e]));
  const rows = summariseByOrganisation({ servers: [...q.servers], source: q.source, asOf: q.asOf }, q.asOf).map(({ organisation, summary }): OrganisationRow => {
    const members = q.servers.filter((s) => s.organisation === organisation).map((s) => energy.get(s)!);
    return {
      name: organisation ?? 'No organisation recorded',
      servers: summary.servers.total,
      physical: summary.servers.physical,
      outOfWarranty: summary.outOfWarranty,
      support: summary.annualSupportPence,
      watts: sum(members.map((e) => e.watts)),
      kwh: sum(members.map((e) => e.kwh)),
    };
  });
  const add = (key: Exclude<keyof OrganisationRow, 'name'>) => sum(rows.map((r) => r[key]));
  const total: OrganisationRow = { name: 'Total', servers: add('servers'), physical: add('physical'), outOfWarranty: add('outOfWarranty'), support: add('support'), watts: add('watts'), kwh: add('kwh') };
  const table: AnswerTable = {
    title: `By organisation, ${q.scopeName}`,
    columns: ['Organisation', 'Servers', 'Physical', 'Out of warranty', 'Support a year', 'kW', 'kWh a year'],
    rows: [...rows, total].map((r) => [r.name, formatNumber(r.servers), formatNumber(r.physical), formatNumber(r.outOfWarranty), formatMoney(r.support), formatNumber(r.watts / 1000, 1), formatNumber(r.kwh)]),
  };
  const figures = [figure('Organisations', rows.length), ...own.figures];
  const measure = measureOf(q);
  // Age, what stays physical and the like have no one figure to rank by: their own answer, with the table.
  if (!measure) return { ...own, figures, tables: [table, ...own.tables] };
  const ranked = [...rows].sort((a, b) => measure.value(b) - measure.value(a) || a.name.localeCompare(b.name));
  const [first, ...others] = ranked;
  const whole = measure.value(total);
  const rest = others.map((r) => `${r.name} ${measure.format(measure.value(r))}`);
  const headline =
    !first || whole === 0
      ? `No organisation in ${q.scopeName} has any ${measure.none}.`
      : `${first.name} ${measure.most} in ${q.scopeName}: ${measure.format(measure.value(first))} of ${measure.format(whole)}${measure.yearly ? ' a year' : ''} (${formatPercent(share(measure.value(first), whole))})${rest.length > 0 ? `; then ${rest.join(', ')}` : ''}.`;
  return { headline, figures, tables: [table, ...own.tables], notes: [own.headline, ...own.notes] };
}

interface ServerEnergy {
  server: Server;
  watts: number;
  estimated: boolean;
  kwh: number;
}

function serverEnergy(q: EstateQuestion): ServerEnergy[] {
  const pue = q.assumptions.get('energy.pue');
  const base = q.assumptions.get('energy.serverBaseWatts');
  const perCore = q.assumptions.get('energy.wattsPerCore');
  return q.servers.map((server) => {
    const estimated = server.powerWatts === undefined && server.kind === 'physical';
    const watts = server.powerWatts ?? (server.kind === 'physical' ? base + perCore * server.cpuCores : 0);
    return { server, watts, estimated, kwh: energyUse(watts, pue) };
  });
}

function power(q: EstateQuestion): Part {
  const rows = serverEnergy(q);
  const watts = sum(rows.map((r) => r.watts));
  const kwh = sum(rows.map((r) => r.kwh));
  const cost = poundsToPence(kwh * q.assumptions.get('energy.pricePerKwh'));
  const tonnes = (kwh * q.assumptions.get('carbon.kgPerKwh')) / 1000;
  const byService = [...groupSum(rows, (r) => r.server.service, (r) => r.kwh)].sort((a, b) => b[1] - a[1]);
  const lead =
    q.topic === 'carbon'
      ? `${capitalise(q.scopeName)} emits about ${formatNumber(tonnes, 1)} t CO2e a year from electricity`
      : q.topic === 'energy'
        ? `${capitalise(q.scopeName)} uses about ${formatNumber(kwh)} kWh a year (${formatMoneyShort(cost)} of electricity)`
        : `${capitalise(q.scopeName)} draws about ${formatNumber(watts / 1000, 1)} kW`;
  return {
    headline: `${lead}: ${formatNumber(watts / 1000, 1)} kW of IT load, ${formatNumber(kwh)} kWh a year including cooling (PUE ${formatNumber(q.assumptions.get('energy.pue'), 2)}), ${formatMoneyShort(cost)} a year and ${formatNumber(tonnes, 1)} t CO2e.`,
    figures: [
      { label: 'IT load', value: `${formatNumber(watts / 1000, 1)} kW`, raw: watts },
      { label: 'Energy a year', value: `${formatNumber(kwh)} kWh`, raw: kwh },
      { label: 'Electricity a year', value: formatMoney(cost), raw: cost },
      { label: 'Carbon a year', value: `${formatNumber(tonnes, 1)} t CO2e`, raw: tonnes },
    ],
    tables: [
      {
        title: 'Energy by service',
        columns: ['Service', 'kWh a year', 'Share'],
        rows: byService.map(([name, k]) => [name, formatNumber(k), formatPercent(share(k, kwh))]),
      },
    ],
    notes: [
      `Energy = watts x 8,760 h x PUE; price ${formatNumber(q.assumptions.get('energy.pricePerKwh') * 100, 1)}p/kWh; carbon ${formatNumber(q.assumptions.get('carbon.kgPerKwh'), 3)} kgCO2e/kWh.`,
      ...unknownNote(rows.filter((r) => r.estimated).length, 'no recorded power draw (estimated from cores)'),
    ],
  };
}

function biggest(q: EstateQuestion): Part {
  const rows = serverEnergy(q).sort((a, b) => b.kwh - a.kwh || a.server.id.localeCompare(b.server.id));
  const top = rows.slice(0, 10);
  const total = sum(rows.map((r) => r.kwh));
  const topKwh = sum(top.map((r) => r.kwh));
  const price = q.assumptions.get('energy.pricePerKwh');
  return {
    headline: `The ${formatNumber(top.length)} biggest consumers in ${q.scopeName} use ${formatPercent(share(topKwh, total))} of its server energy; the largest is ${top[0]?.server.id ?? 'none'} (${top[0]?.server.service ?? ''}) at ${formatNumber(top[0]?.watts ?? 0)} W.`,
    figures: [
      { label: 'Top 10 energy a year', value: `${formatNumber(topKwh)} kWh`, raw: topKwh },
      { label: 'Share of the total', value: formatPercent(share(topKwh, total)), raw: share(topKwh, total) },
    ],
    tables: [
      {
        title: 'Biggest energy consumers',
        columns: ['Server', 'Service', 'Watts', 'kWh a year', 'Cost a year'],
        rows: top.map((r) => [r.server.id, r.server.service, formatNumber(r.watts), formatNumber(r.kwh), formatMoney(poundsToPence(r.kwh * price))]),
      },
    ],
    notes: unknownNote(rows.filter((r) => r.estimated).length, 'no recorded power draw (estimated from cores)'),
  };
}

function notVirtualisable(q: EstateQuestion): Part {
  const stay = q.servers.filter((s) => !s.virtualisable).sort((a, b) => a.service.localeCompare(b.service) || a.id.localeCompare(b.id));
  return {
    headline:
      stay.length === 0
        ? `Every server in ${q.scopeName} can be virtualised.`
        : `${formatNumber(stay.length)} servers in ${q.scopeName} can't be virtualised and stay physical in every plan: ${summariseReasons(stay)}.`,
    figures: [figure('Stay physical', stay.length), figure('Can be virtualised', q.servers.length - stay.length)],
    tables:
      stay.length === 0
        ? []
        : [{ title: "Servers that can't be virtualised", columns: ['Server', 'Service', 'Site', 'Why'], rows: stay.map((s) => [s.id, s.service, s.site, s.notVirtualisableReason ?? 'no reason recorded']) }],
    notes: ['Reasons come from the inventory (not_virtualisable_reason).'],
  };
}

function summariseReasons(servers: readonly Server[]): string {
  const kinds = countBy(servers, (s) => (s.notVirtualisableReason ?? 'no reason recorded').split(/[:;,]/)[0]!.trim().toLowerCase());
  return kinds.map(([reason, n]) => `${reason} (${n})`).join('; ');
}

function figure(label: string, value: number): KeyFigure {
  return { label, value: formatNumber(value), raw: value };
}

function unknownNote(count: number, what: string): string[] {
  return count > 0 ? [`${formatNumber(count)} server${count === 1 ? '' : 's'} with ${what}.`] : [];
}

function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  return [...groupSum(items, key, () => 1)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function groupSum<T>(items: readonly T[], key: (item: T) => string, value: (item: T) => number): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(key(item), (map.get(key(item)) ?? 0) + value(item));
  return map;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
