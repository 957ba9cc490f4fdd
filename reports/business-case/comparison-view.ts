import type { CaseFigure } from '../../engine/cases/case-definition.js';
import type { CaseAlternative, CaseFigureComparison, CaseReproduction } from '../../engine/cases/reproduce-case.js';
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
const dateOf = (source: string) => new RegExp(`(?:${months}) \\d{4}|\\b(?:19|20)\\d{2}\\b`).exec(source)?.[0] ?? 'undated';

/** "February 2008, E-Health Insider": the date and the publication, from the source line. */
const publishedLabel = (source: string) => {
  const publication = /^(.*?)(?= special report| report|,)/.exec(source)?.[1]?.trim() || source;
  return `${dateOf(source)}, ${publication}`;
};
const publishedOf = (c: CaseStudy) => dateOf(c.source);

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
    published: publishedLabel(c.source),
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
      ...qualitative.map((c) => `${c.title} (${publishedOf(c)}${includesDr(c) ? ', included DR' : ''}): ${c.summary}${includesDr(c) && !f.drEnabled ? ' This option does not include a recovery site.' : ''}`),
      `Sources: ${sources.join('; ')}.`,
    ],
    ...rebuiltCases(input),
  };
}

const figureNames: Record<CaseFigure, string> = {
  hosts: 'hosts',
  servers: 'servers',
  energy: 'energy',
  runningCosts: 'running costs',
  hardwareAndSoftware: 'hardware and software',
  totalCostOfOwnership: 'total cost of ownership',
};

/** "5 hosts" or "running costs 70% lower" (a rise reads "39% higher"). */
function figureValue(figure: CaseFigure, value: number | null): string {
  if (value === null) return `${figureNames[figure]} —`;
  if (figure === 'hosts') return `${formatNumber(value)} hosts`;
  return `${figureNames[figure]} ${value < 0 ? `${formatPercent(-value)} higher` : `${formatPercent(value)} lower`}`;
}

/** "5 hosts with VMs at installed memory (within tolerance)": a missed figure counted another way. */
function alternativeValue(figure: CaseFigure, a: CaseAlternative): string {
  const value = a.modelled === null ? 'not modelled' : figure === 'hosts' ? `${formatNumber(a.modelled)} hosts` : a.modelled < 0 ? `${formatPercent(-a.modelled)} higher` : `${formatPercent(a.modelled)} lower`;
  return `${value} ${a.label}${a.within ? ' (within tolerance)' : ''}`;
}

/** "hosts 2 fewer" or "hardware and software 99 points off". */
function gap(f: CaseFigureComparison): string {
  if (f.difference === null) return `${figureNames[f.figure]} not modelled`;
  if (f.figure === 'hosts') return `${formatNumber(Math.abs(f.difference))} host${Math.abs(f.difference) === 1 ? '' : 's'} ${f.difference < 0 ? 'fewer' : 'more'}`;
  return `${figureNames[f.figure]} ${formatNumber(Math.abs(Math.round(f.difference)))} points off`;
}

/**
 * The published cases rebuilt with their era's kit, prices and licensing and run through this
 * same model (`unsprawl cases`): each labelled with its date, publication and what it included,
 * reported beside modelled, and for each figure out of tolerance what the report most likely
 * counted differently.
 */
function rebuiltCases(input: BusinessCaseInput): Pick<EvidenceView, 'rebuiltTable' | 'rebuiltReading'> {
  const result = input.caseReproductions;
  const reproduced = result.cases.filter((c) => c.reproduced);
  const { hosts, percentagePoints } = result.tolerance;
  return {
    rebuiltTable: tableView<CaseReproduction>(
      `Table 18. The published cases rebuilt with ${result.eraYear} kit, prices and licensing and run through this model`,
      [
        { label: 'Case', value: (c) => c.title },
        { label: 'Published', value: (c) => publishedLabel(c.source) },
        { label: 'What it included', value: (c) => c.includes.join(', ') || 'Not stated' },
        { label: 'Reported', value: (c) => c.figures.map((f) => figureValue(f.figure, f.reported)).join('; ') },
        { label: 'Modelled', value: (c) => c.figures.map((f) => figureValue(f.figure, f.modelled)).join('; ') },
        { label: 'Within tolerance', value: (c) => (c.reproduced ? 'Yes' : `No: ${c.figures.filter((f) => !f.within).map(gap).join('; ')}`) },
      ],
      result.cases,
      { className: 'compact' },
    ),
    rebuiltReading: [
      `Each case with figures was rebuilt from documented ${result.eraYear} assumptions (estates of 2-4 core servers sized on measured use, ${result.eraYear} hosts, prices and licensing, a like-for-like refresh as the comparison), the same for every case and never adjusted to a reported figure, and run through the model behind this paper. Tolerance: hosts within ${formatNumber(hosts)}, percentages within ${formatNumber(percentagePoints)} points. ${formatNumber(reproduced.length)} of the ${formatNumber(result.cases.length)} ${reproduced.length === 1 ? 'reproduces' : 'reproduce'} on every figure${reproduced.length > 0 ? ` (${reproduced.map((c) => c.title).join('; ')})` : ''}.${result.countingRules.length > 0 ? ` Each figure out of tolerance was also computed the other ways a ${result.eraYear} report plausibly counted, the same for every case: ${result.countingRules.map((r) => r.label).join('; ')}.` : ''}`,
      ...result.cases.flatMap((c) =>
        c.figures
          .filter((f) => !f.within && f.explanation !== undefined)
          .map((f) => `${c.title}, ${figureNames[f.figure]} (${figureValue(f.figure, f.reported)} reported, ${figureValue(f.figure, f.modelled)} modelled${f.alternatives.length > 0 ? `; counted otherwise: ${f.alternatives.map((a) => alternativeValue(f.figure, a)).join('; ')}` : ''}): ${f.explanation}`),
      ),
      'The assumptions and their sources are in docs/cases.md; `unsprawl cases` prints the same figures.',
    ],
  };
}
