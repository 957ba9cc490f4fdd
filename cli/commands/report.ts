import { Command, Option } from 'commander';
import { relative } from 'node:path';
import { parseAssignment, type AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import { InputError, ScenarioError, UnsprawlError } from '../../engine/errors.js';
import { evaluate } from '../../engine/evaluate.js';
import type { Inputs } from '../../engine/io/load-inputs.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import { createLexicon } from '../../bot/understanding/create-lexicon.js';
import { defaultScenario } from '../../engine/scenario/default-scenario.js';
import { understandQuestion } from '../../bot/understanding/understand-question.js';
import { resolveScenario } from '../../bot/conversation/resolve-scenario.js';
import { caseFigures } from '../../reports/business-case/case-figures.js';
import { renderBusinessCase, type ReportFormat } from '../../reports/business-case/render-business-case.js';
import { paperDetailsSchema, paperPurposes, type PaperDetailsInput } from '../../reports/business-case/paper-details.js';
import { loadPaperDetails } from '../../reports/business-case/load-paper-details.js';
import { missingPaperDetails } from '../../reports/business-case/missing-paper-details.js';
import { parseAudience } from '../../reports/business-case/audience.js';
import { addInputOptions, resolveInputs, type InputOptions } from '../inputs.js';

interface ReportOptions extends InputOptions {
  question?: string;
  out: string;
  format: string;
  paper?: string;
  audience: string;
  organisation?: string;
  meeting?: string;
  meetingDate?: string;
  agendaItem?: string;
  lead?: string;
  author?: string;
  purpose?: (typeof paperPurposes)[number];
}

/**
 * `unsprawl report`: the board business case (HTML and PDF) for a named scenario, the default
 * full consolidation of the sample trust, or a question in plain English. Progress goes to
 * stderr; stdout gets the file paths (or one JSON object with --json).
 */
export function reportCommand(): Command {
  const command = new Command('report')
    .description('Write the board papers: a cover paper (2-4 pages) and the full business case (Five Case Model), as HTML and PDF')
    .option('--question <text>', 'build the scenario from a question, e.g. "consolidate ward systems onto Proxmox with DR"')
    .option('--out <dir>', 'folder for cover-paper.* and business-case.*', 'out')
    .option('--format <list>', 'html, pdf or html,pdf', 'html,pdf')
    .option('--paper <file>', 'board details (trust, meeting, leads, BAF, objectives, committee route); default data/paper.json')
    .option('--audience <audience>', 'public (no server names, addresses or rooms) or restricted (adds the technical annex)', 'public')
    .option('--organisation <name>', 'trust name on the cover sheet (overrides the paper file)')
    .option('--meeting <meeting>', 'e.g. "Trust Board (public)" or "Finance and Performance Committee"')
    .option('--meeting-date <date>', 'meeting date, YYYY-MM-DD (default: today)')
    .option('--agenda-item <ref>', 'agenda item reference')
    .option('--lead <name>', 'executive lead')
    .option('--author <name>', 'author')
    .addOption(new Option('--purpose <purpose>', 'purpose of the paper').choices([...paperPurposes]));
  return addInputOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n  unsprawl report\n  unsprawl report --scenario full-consolidation-dr --meeting-date 2027-01-14 --out board-pack\n  unsprawl report --audience restricted --paper board/paper.json\n' +
        '  unsprawl report --question "what if we consolidate ward systems onto Proxmox with DR?" --format pdf\n  unsprawl report --set energy.pricePerKwh=0.30',
    )
    .action(async (options: ReportOptions) => {
      const stderr = process.stderr;
      const formats = parseFormats(options.format);
      const audience = parseAudience(options.audience, '--audience');
      const details = paperDetails(options, options.paper === undefined ? await loadPaperDetails() : await loadPaperDetails(options.paper));
      for (const missing of missingPaperDetails(paperDetailsSchema.parse(details))) {
        stderr.write(`warning: the board details do not set ${missing}; the cover sheet shows it as "Not yet provided"\n`);
      }
      if (options.question !== undefined && options.scenario !== undefined) {
        throw new ScenarioError('question', 'give either --scenario or --question, not both');
      }
      stderr.write('Loading inputs…\n');
      const resolved = await resolveInputs(options);
      const { scenario, assumptions } = options.question === undefined ? resolved : scenarioFromQuestion(options.question, resolved.inputs, options.set);
      const paper = await renderBusinessCase({
        inputs: resolved.inputs,
        scenario,
        assumptions,
        details,
        audience,
        format: formats,
        outDir: options.out,
        onProgress: (message) => stderr.write(`${message}\n`),
      });
      const a = paper.input.preferred.evaluation.appraisal;
      if (options.json) {
        const summary = {
          title: paper.title,
          audience,
          scenario: paper.input.preferred.evaluation.scenario,
          htmlPath: paper.htmlPath ?? null,
          pdfPath: paper.pdfPath ?? null,
          pages: paper.pages ?? null,
          coverHtmlPath: paper.coverHtmlPath ?? null,
          coverPdfPath: paper.coverPdfPath ?? null,
          coverPages: paper.coverDocument.pages ?? null,
          capitalAskPence: caseFigures(paper.input.preferred.evaluation, capitalEnvelopeOf(details)).finance.capitalAsk,
          npvPence: a.npv,
          paybackMonths: a.paybackMonths,
          hosts: paper.input.preferred.evaluation.plan.hosts,
          lowerBound: paper.input.preferred.evaluation.plan.lowerBound,
          cashSavingPence: a.finance.recurringSavings.fullYear.cashReleasing,
          energyCutPercent: a.energyChange.percent,
          doNothingPence: a.doNothing.sum,
          medianNpvPence: paper.input.sensitivity.monteCarlo.p50,
          probabilityNegative: paper.input.sensitivity.monteCarlo.probabilityNegative,
          // Each organisation's capital, cash saving, NPV and energy (pence, kWh), rows adding up to `total`; null when the estate names none.
          organisations: paper.input.organisations ?? null,
        };
        process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        return;
      }
      if (paper.coverHtmlPath) process.stdout.write(`${shortPath(paper.coverHtmlPath)}\n`);
      if (paper.coverPdfPath) process.stdout.write(`${shortPath(paper.coverPdfPath)} (${paper.coverDocument.pages} pages)\n`);
      if (paper.htmlPath) process.stdout.write(`${shortPath(paper.htmlPath)}\n`);
      if (paper.pdfPath) process.stdout.write(`${shortPath(paper.pdfPath)} (${paper.pages} pages)\n`);
    });
}

/** out/business-case.pdf under the current folder, the absolute path anywhere else. */
function shortPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

function parseFormats(text: string): ReportFormat[] {
  const parts = text.split(',').map((p) => p.trim().toLowerCase()).filter((p) => p.length > 0);
  const bad = parts.filter((p) => p !== 'html' && p !== 'pdf');
  if (parts.length === 0 || bad.length > 0) {
    throw new ScenarioError('format', `--format: expected html, pdf or html,pdf, got "${text}"`);
  }
  return [...new Set(parts)] as ReportFormat[];
}

const flagOf: Record<string, string> = {
  organisation: '--organisation',
  meeting: '--meeting',
  meetingDate: '--meeting-date',
  agendaItem: '--agenda-item',
  executiveLead: '--lead',
  author: '--author',
  purpose: '--purpose',
};

/** The capital envelope of the board details in pence, as the papers use it. */
function capitalEnvelopeOf(details: PaperDetailsInput): { capitalEnvelope?: number } {
  return details.capitalEnvelopeGbp === undefined ? {} : { capitalEnvelope: Math.round(details.capitalEnvelopeGbp * 100) };
}

/** The paper file with the cover sheet flags over it, checked here so a bad date is a clear exit-2 error before any work starts. */
function paperDetails(o: ReportOptions, file: PaperDetailsInput): PaperDetailsInput {
  const flags = coverFlags(o);
  const checked = paperDetailsSchema.safeParse(flags);
  if (!checked.success) {
    throw new InputError(
      checked.error.issues.map((issue) => {
        const flag = flagOf[String(issue.path[0])] ?? String(issue.path[0]);
        return { file: flag, message: `${issue.message}, got "${String(flags[issue.path[0] as keyof PaperDetailsInput] ?? '')}"` };
      }),
    );
  }
  return { ...file, ...flags };
}

function coverFlags(o: ReportOptions): PaperDetailsInput {
  const pairs: [keyof PaperDetailsInput, string | undefined][] = [
    ['organisation', o.organisation],
    ['meeting', o.meeting],
    ['meetingDate', o.meetingDate],
    ['agendaItem', o.agendaItem],
    ['executiveLead', o.lead],
    ['author', o.author],
    ['purpose', o.purpose],
  ];
  return Object.fromEntries(pairs.filter(([, v]) => v !== undefined));
}

/**
 * The ask engineer's question understanding turns the text into a scenario, exactly as the chat
 * does; this mapping lives here because reports/ must not import bot/.
 */
function scenarioFromQuestion(question: string, inputs: Inputs, sets: readonly string[]): { scenario: Scenario; assumptions: AssumptionSet } {
  const understanding = understandQuestion(question, createLexicon(inputs.estate, inputs.hosts));
  if (understanding.clarify) {
    const choices = understanding.clarify.choices.map((c) => `"${c.label}"`).join(' or ');
    throw new ScenarioError('question', `${understanding.clarify.question} Ask again naming one of: ${choices}.`);
  }
  const unknown = understanding.unknownNames[0];
  if (unknown) {
    const closest = unknown.closest.length > 0 ? `; the closest are ${unknown.closest.join(', ')}` : '';
    throw new ScenarioError('question', `the question names "${unknown.text}", which is not a ${unknown.kind === 'product' ? 'host model, vendor or hypervisor' : unknown.kind} in the inputs${closest}`);
  }
  if (understanding.refusal) throw new ScenarioError('question', 'the question is not about the server estate');
  const resolved = resolveScenario(understanding, {}, defaultScenario(inputs.scenarios));
  if (!resolved) {
    throw new ScenarioError('question', `the question does not say which servers to consolidate; for example --question "consolidate ward systems and pathology onto Proxmox with DR"`);
  }
  const cli = Object.fromEntries(sets.map((s) => {
    const { key, value } = parseAssignment(s);
    return [key, value];
  }));
  const assumptions = inputs.assumptions.with(resolved.scenario.overrides, 'chat').with(cli, 'cli');
  const scenario = { ...resolved.scenario, name: 'question' };
  if (!resolved.vendor) return { scenario, assumptions };
  return { scenario: bestModelOfVendor(scenario, resolved.vendor, inputs, assumptions), assumptions };
}

/** "the Dell boxes": the vendor's catalogue model with the highest NPV for this scenario. */
function bestModelOfVendor(scenario: Scenario, vendor: string, inputs: Inputs, assumptions: AssumptionSet): Scenario {
  const models = inputs.hosts.filter((h) => h.vendor.toLowerCase() === vendor.toLowerCase());
  if (models.length === 0) throw new ScenarioError('host', `no host model from ${vendor} in the catalogue`);
  const ranked: { model: string; npv: number }[] = [];
  const refused: string[] = [];
  for (const h of models) {
    try {
      ranked.push({ model: h.model, npv: evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions, scenario: { ...scenario, host: h.model }, corePerformance: inputs.corePerformance }).appraisal.npv });
    } catch (error) {
      // A model that cannot carry the workloads is not a candidate; say why only if none can.
      if (!(error instanceof UnsprawlError)) throw error;
      refused.push(`${h.model}: ${error.message}`);
    }
  }
  const best = ranked.sort((x, y) => y.npv - x.npv)[0];
  if (!best) throw new ScenarioError('host', `no ${vendor} model can carry this scenario:\n${refused.join('\n')}`);
  return { ...scenario, host: best.model };
}
