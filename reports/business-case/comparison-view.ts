import type { CaseStudy } from '../../engine/io/load-case-studies.js';
import { formatNumber, formatPercent } from '../format/numbers.js';
import { tableView } from '../html/table-view.js';
import type { BusinessCaseInput } from './business-case-input.js';
import type { ComparisonView } from './business-case-view.js';
import type { CaseFigures } from './case-figures.js';

interface ComparisonRow {
  name: string;
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

/** This proposal next to the published NHS outcomes of data/case-studies.json. */
export function comparisonView(input: BusinessCaseInput, f: CaseFigures): ComparisonView {
  const studies = input.caseStudies;
  const quantified = studies.filter((c) => c.serversBefore !== undefined || Object.keys(c.reductions).length > 0);
  const qualitative = studies.filter((c) => !quantified.includes(c));
  const studyRow = (c: CaseStudy): ComparisonRow => ({
    name: c.includes.length > 0 ? `${c.title} (included: ${c.includes.join(', ')})` : c.title,
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
      'NHS trusts that consolidated their servers onto virtualisation hosts published the outcomes below in February 2008, each a different trust, with what its programme included. They are quoted as reported, with trust names withheld; they show what similar trusts achieved, not a forecast for this one. This proposal’s figures are for the physical servers of the whole estate (hosts included) and, for costs, the systems it moves over the appraisal period.',
    ],
    table: tableView<ComparisonRow>(
      'Table 9. Published NHS outcomes and this proposal (reductions)',
      [
        { label: 'Case', value: (r) => r.name },
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
            `The published cases cut their server counts by ${formatPercent(Math.min(...serverCuts))} to ${formatPercent(Math.max(...serverCuts))}; this proposal cuts physical servers by ${formatPercent(ourCut)}. ${f.totalCostOfOwnership.percent !== null && f.totalCostOfOwnership.percent < 0.3 ? 'Its cost reductions are smaller than the published ones; every cost line behind them is in table D1, with the assumptions it uses in Appendix A, so the difference can be examined line by line.' : 'Its cost reductions are of the same order as the published ones.'}`,
          ]
        : []),
      ...rebuiltReading(input),
      ...qualitative.map((c) => `${c.title}: ${c.summary}`),
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
