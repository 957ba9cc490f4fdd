import type { CaseFigure } from '../../engine/cases/case-definition.js';
import type { CaseFigureComparison, CaseReproduction } from '../../engine/cases/reproduce-case.js';
import type { CasesResult } from '../../engine/io/reproduce-published-cases.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import { formatNumber, formatPercent } from '../../reports/format/numbers.js';
import type { Answer } from './answer.js';

/** Our plan's figures set beside the cases ("how does our plan compare with the published cases?"). */
export interface OurPlanFigures {
  scopeName: string;
  scenario: Scenario;
  physicalBefore: number;
  hosts: number;
  hostModel: string;
  /** Reductions as fractions (0.6 = down 60%); null when there is nothing to cut. */
  servers: number | null;
  energy: number | null;
  runningCosts: number | null;
  hardwareAndSoftware: number | null;
  totalCostOfOwnership: number | null;
}

export interface PublishedCasesQuestion {
  result: CasesResult;
  /** The figure asked about ("did other trusts cut energy by 75%?"), led with in the headline. */
  figure?: CaseFigure;
  /** Our plan, when it is to be set beside the cases. */
  ours?: OurPlanFigures;
}

const figureNames: Record<CaseFigure, string> = {
  hosts: 'hosts',
  servers: 'fewer servers',
  energy: 'energy',
  runningCosts: 'running costs',
  hardwareAndSoftware: 'hardware and software',
  totalCostOfOwnership: 'total cost of ownership',
};

/** "5 hosts", "75% lower", "39% higher". */
function value(figure: CaseFigure, v: number | null): string {
  if (v === null) return 'not modelled';
  if (figure === 'hosts') return `${formatNumber(v)} hosts`;
  return v < 0 ? `${formatPercent(-v)} higher` : `${formatPercent(v)} lower`;
}

/** "February 2008, E-Health Insider" from "E-Health Insider special report on virtualisation, February 2008". */
function published(source: string): string {
  const date = /(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|\b(?:19|20)\d{2}\b/.exec(source)?.[0] ?? 'undated';
  const publication = /^(.*?)(?= special report| report|,)/.exec(source)?.[1]?.trim() || source;
  return `${publication}, ${date}`;
}

function gap(f: CaseFigureComparison): string {
  if (f.difference === null) return 'not modelled';
  if (f.figure === 'hosts') return `${f.difference > 0 ? '+' : ''}${formatNumber(f.difference)}`;
  return `${f.difference > 0 ? '+' : ''}${formatNumber(Math.round(f.difference))} points`;
}

/**
 * "Did other trusts manage to cut energy by 75%?", "what did other NHS trusts save by
 * virtualising?", "how does our plan compare with the published cases?": the published 2008 NHS
 * cases rebuilt with era kit and run through this engine, the same results as `unsprawl cases`
 * and the board paper's evidence section: each case's reported figures beside the modelled ones,
 * within the stated tolerance or not and why, the cases with nothing to rebuild, and, when asked,
 * our plan's figures beside them.
 *
 * @example publishedCasesAnswer({ result: await publishedCaseReproductions(), figure: 'energy' }).headline
 */
export function publishedCasesAnswer(q: PublishedCasesQuestion): Answer {
  const { result } = q;
  const source = published(result.cases[0]?.source ?? result.notRebuilt[0]?.title ?? '');
  const reproduced = result.cases.filter((c) => c.reproduced);
  const total = result.cases.length + result.notRebuilt.length;
  const { hosts, percentagePoints } = result.tolerance;
  const overview = `${formatNumber(total)} NHS cases were published (${source}); the ${formatNumber(result.cases.length)} with figures were rebuilt with ${result.eraYear} kit, prices and licensing and run through this model: ${formatNumber(reproduced.length)} of ${formatNumber(result.cases.length)} ${reproduced.length === 1 ? 'reproduces' : 'reproduce'} every reported figure within tolerance (hosts within ${formatNumber(hosts)}, percentages within ${formatNumber(percentagePoints)} points).`;
  const headline = [figureSentence(result.cases, q.figure), overview, q.ours ? ourPlanSentence(q.ours) : ''].filter((s) => s.length > 0).join(' ');
  const rows = result.cases.flatMap((c) =>
    c.figures.map((f) => [c.title, figureNames[f.figure], value(f.figure, f.reported), value(f.figure, f.modelled), gap(f), f.within ? 'Yes' : 'No']),
  );
  const ours = q.ours;
  return {
    kind: 'estate',
    headline,
    figures: [
      { label: 'Cases with figures, rebuilt', value: formatNumber(result.cases.length), raw: result.cases.length },
      { label: 'Reproduced on every figure', value: formatNumber(reproduced.length), raw: reproduced.length },
      ...(ours ? [{ label: `Our plan (${ours.scopeName})`, value: `${formatNumber(ours.physicalBefore)} physical servers onto ${formatNumber(ours.hosts)} hosts`, raw: ours.hosts }] : []),
    ],
    tables: [
      {
        title: `Published NHS cases (${source}): reported and modelled`,
        columns: ['Case', 'Figure', 'Reported', 'Modelled', 'Gap', 'Within tolerance'],
        rows,
      },
      ...(ours
        ? [
            {
              title: `Our plan beside them: ${ours.scopeName} onto ${ours.hostModel}`,
              columns: ['Figure', 'Our plan'],
              rows: [
                ['Physical servers before', formatNumber(ours.physicalBefore)],
                ['Hosts', formatNumber(ours.hosts)],
                ...(['servers', 'energy', 'runningCosts', 'hardwareAndSoftware', 'totalCostOfOwnership'] as const).map((f) => [`${figureNames[f].charAt(0).toUpperCase()}${figureNames[f].slice(1)}`, value(f, ours[f])]),
              ],
            },
          ]
        : []),
    ],
    notes: [
      `Each case was rebuilt from documented ${result.eraYear} assumptions (era servers sized on measured use, ${result.eraYear} hosts, prices and licensing, a like-for-like refresh as the comparison), the same for every case and never adjusted to hit a reported figure; docs/cases.md lists them with their sources.`,
      ...result.cases.map((c) => `${c.title}: included ${c.includes.join(', ') || 'not stated'}.${notReproducedWhy(c)}`),
      ...result.notRebuilt.map((n) => `${n.title}: not rebuilt, ${n.reason}.`),
    ],
    actions: [
      { id: 'ask', label: 'Our plan beside them', question: 'how does our plan compare with the published cases?' },
      { id: 'ask', label: 'Against a full refresh', question: "what's the saving against a full refresh?" },
    ],
    ...(ours ? { scenario: ours.scenario } : {}),
    // The same figures outside chat (JSON answer model only).
    command: 'unsprawl cases',
  };
}

/** The first reason each out-of-tolerance figure differs, shortened to its first sentence. */
function notReproducedWhy(c: CaseReproduction): string {
  const off = c.figures.filter((f) => !f.within);
  if (off.length === 0) return ' Reproduced within tolerance.';
  return ` Not reproduced: ${off.map((f) => `${figureNames[f.figure]} ${value(f.figure, f.reported)} reported, ${value(f.figure, f.modelled)} modelled${f.explanation ? ` (${firstSentence(f.explanation)})` : ''}`).join('; ')}.`;
}

function firstSentence(text: string): string {
  const end = text.search(/\.(?:\s|$)/);
  const first = (end < 0 ? text : text.slice(0, end)).replace(/[.:;,]$/, '');
  return `${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

/** The cases that reported the figure asked about, reported beside modelled. */
function figureSentence(cases: readonly CaseReproduction[], figure: CaseFigure | undefined): string {
  if (!figure) return '';
  const reporting = cases.flatMap((c) => c.figures.filter((f) => f.figure === figure).map((f) => ({ c, f })));
  if (reporting.length === 0) return `No published case reported ${figureNames[figure]}.`;
  const each = reporting.map(({ c, f }) => `"${c.title}" reported ${value(figure, f.reported)}; this model gives ${value(figure, f.modelled)} for its rebuilt estate, ${f.within ? 'within tolerance' : 'outside tolerance'}`);
  return `On ${figureNames[figure]}: ${each.join('. ')}.`;
}

function ourPlanSentence(o: OurPlanFigures): string {
  const perHost = o.hosts > 0 ? `, about ${formatNumber(o.physicalBefore / o.hosts)} servers a host` : '';
  const cut = (f: 'energy' | 'totalCostOfOwnership', name: string) => (o[f] === null ? '' : `, ${name} ${value(f, o[f])}`);
  return `Our plan for ${o.scopeName}: ${formatNumber(o.physicalBefore)} physical servers onto ${formatNumber(o.hosts)} ${o.hostModel} hosts${perHost}${cut('energy', 'energy')}${cut('totalCostOfOwnership', 'total cost of ownership')}, against ${o.scenario.baseline === 'refresh' ? 'a like-for-like refresh' : o.scenario.baseline === 'full-refresh' ? 'a like-for-like refresh of everything at once' : 'sweating the assets'}.`;
}
