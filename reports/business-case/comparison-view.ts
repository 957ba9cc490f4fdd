import type { CaseStudy } from '../../engine/io/load-case-studies.js';
import { formatDate, formatNumber, formatPercent } from '../format/numbers.js';
import { tableView } from '../html/table-view.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { EvidenceView } from './business-case-view.js';
import type { CaseFigures } from './case-figures.js';

interface ComparisonRow {
  name: string;
  published: string;
  dr: string;
  before: string;
  after: string;
  servers: string;
  running: string;
  hardwareSoftware: string;
  tco: string;
  energy: string;
}

/** A reduction as the table's heading reads it; a cost that rises says so instead of "−147%". */
const pct = (fraction: number | null | undefined) =>
  fraction === null || fraction === undefined ? '—' : fraction < 0 ? `${formatPercent(-fraction)} higher` : formatPercent(fraction);
const count = (n: number | undefined) => (n === undefined ? '—' : formatNumber(n));

const months = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** "February 2008" from the source line; case studies are dated by their publication. */
const publishedOf = (c: CaseStudy) => new RegExp(`(?:${months}) \\d{4}|\\b(?:19|20)\\d{2}\\b`).exec(c.source)?.[0] ?? 'undated';

/** Only a case that says it built a recovery site or replicated counts as including DR. */
const includesDr = (c: CaseStudy) => /disaster.recovery|replicat|mirrored/i.test(`${c.title} ${c.summary}`);

/**
 * This proposal next to the published NHS outcomes of data/case-studies.json, each labelled
 * with its date and whether it included disaster recovery, so nobody reads an old DR outcome
 * as something this option delivers.
 */
export function comparisonView(input: BusinessCaseInput, f: CaseFigures): EvidenceView {
  const studies = input.caseStudies;
  const quantified = studies.filter((c) => c.serversBefore !== undefined || Object.keys(c.reductions).length > 0);
  const qualitative = studies.filter((c) => !quantified.includes(c));
  const studyRow = (c: CaseStudy): ComparisonRow => ({
    name: c.title,
    published: publishedOf(c),
    dr: includesDr(c) ? 'Yes' : 'Not reported',
    before: count(c.serversBefore),
    after: count(c.hostsAfter),
    servers: pct(c.reductions.servers ?? (c.serversBefore && c.hostsAfter ? 1 - c.hostsAfter / c.serversBefore : undefined)),
    running: pct(c.reductions.runningCosts),
    hardwareSoftware: pct(c.reductions.hardwareAndSoftware),
    tco: pct(c.reductions.totalCostOfOwnership),
    energy: pct(c.reductions.energy),
  });
  const ours: ComparisonRow = {
    name: 'This proposal',
    published: formatDate(input.preparedOn),
    dr: f.drEnabled ? 'Yes' : 'No',
    before: formatNumber(f.serversBefore),
    after: formatNumber(f.serversAfter),
    servers: pct(1 - f.serversAfter / f.serversBefore),
    running: pct(f.running.percent),
    hardwareSoftware: pct(f.hardwareSoftware.percent),
    tco: pct(f.totalCostOfOwnership.percent),
    energy: pct(1 - f.energyAfterKwh / f.energyBeforeKwh),
  };
  const sources = [...new Set(studies.map((c) => c.source))];
  const serverCuts = quantified
    .map((c) => c.reductions.servers ?? (c.serversBefore && c.hostsAfter ? 1 - c.hostsAfter / c.serversBefore : undefined))
    .filter((x): x is number => x !== undefined);
  const ourCut = 1 - f.serversAfter / f.serversBefore;
  return {
    introduction: [
      `NHS trusts that consolidated their servers onto virtualisation hosts published the outcomes below, ${[...new Set(studies.map(publishedOf))].join(', ')}. They are quoted as reported, with trust names withheld; they show what similar trusts achieved with the technology and prices of their time, not a forecast for this one. Each is labelled with whether it included disaster recovery: ${f.drEnabled ? 'this option does include a recovery site' : 'this option does not include a recovery site, so outcomes that did are not evidence for it'}.`,
    ],
    table: tableView<ComparisonRow>(
      'Table 17. Published NHS outcomes and this proposal (reductions)',
      [
        { label: 'Case', value: (r) => r.name },
        { label: 'Published', value: (r) => r.published },
        { label: 'Included DR', value: (r) => r.dr },
        { label: 'Servers before', numeric: true, value: (r) => r.before },
        { label: 'After', numeric: true, value: (r) => r.after },
        { label: 'Fewer servers', numeric: true, value: (r) => r.servers },
        { label: 'Running costs', numeric: true, value: (r) => r.running },
        { label: 'Hardware and software', numeric: true, value: (r) => r.hardwareSoftware },
        { label: 'Total cost of ownership', numeric: true, value: (r) => r.tco },
        { label: 'Energy', numeric: true, value: (r) => r.energy },
      ],
      quantified.map(studyRow),
      { className: 'compact', totals: [ours] },
    ),
    reading: [
      ...(serverCuts.length > 0
        ? [
            `The published cases cut their server counts by ${formatPercent(Math.min(...serverCuts))} to ${formatPercent(Math.max(...serverCuts))}; this proposal cuts physical servers by ${formatPercent(ourCut)}. ${f.totalCostOfOwnership.percent !== null && f.totalCostOfOwnership.percent < 0.3 ? 'Its cost reductions are smaller than the published ones; every cost line behind them is in table B1, with the assumptions it uses in Appendix A, so the difference can be examined line by line.' : 'Its cost reductions are of the same order as the published ones.'}`,
          ]
        : []),
      ...rebuiltReading(input),
      ...qualitative.map((c) => `${c.title} (${publishedOf(c)}${includesDr(c) ? ', included DR' : ''}): ${c.summary}${includesDr(c) && !f.drEnabled ? ' This option does not include a recovery site.' : ''}`),
      `Sources: ${sources.join('; ')}.`,
    ],
  };
}

/** What the rebuilt cases (`unsprawl cases`) showed when run through this same model. */
function rebuiltReading(input: BusinessCaseInput): string[] {
  const result = input.caseReproductions;
  if (!result || result.cases.length === 0) return [];
  const reproduced = result.cases.filter((c) => c.reproduced);
  const missed = result.cases.flatMap((c) => c.figures.filter((f) => !f.within).map((f) => `${c.title}: ${f.figure === 'hosts' ? 'hosts' : f.figure.replace(/[A-Z]/g, (l) => ` ${l.toLowerCase()}`)}`));
  return [
    `Rebuilt with ${result.eraYear} kit, prices and licensing and run through this model (unsprawl cases, tolerance: hosts ±${result.tolerance.hosts}, percentages within ${result.tolerance.percentagePoints} points), ${formatNumber(reproduced.length)} of the ${formatNumber(result.cases.length)} cases with figures reproduce${reproduced.length > 0 ? ` (${reproduced.map((c) => c.title).join('; ')})` : ''}.${missed.length > 0 ? ` Not reproduced: ${missed.join('; ')}. The model sizes on installed memory with growth and a spare host, and prices a SAN, its support and Windows Server Datacenter; the cases most likely did not (docs/cases.md).` : ''}`,
  ];
}
