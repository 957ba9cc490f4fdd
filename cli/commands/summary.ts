import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import type { Answer } from '../../bot/answer/answer.js';
import { loadBankHolidays } from '../../bot/scheduler/bank-holidays.js';
import { readEnvironment } from '../../bot/settings/read-environment.js';
import { systemClock } from '../../bot/scheduler/clock.js';
import { loadSummaryScheduleSettings } from '../../bot/scheduler/load-summary-schedule-settings.js';
import { postSummaryOnce } from '../../bot/scheduler/post-summary-once.js';
import { routePosts } from '../../bot/scheduler/route-posts.js';
import { summaryDueTime } from '../../bot/scheduler/summary-due-time.js';
import { summaryAnswer } from '../../bot/summary/summary-answer.js';
import { InputError } from '../../engine/errors.js';
import type { Inputs } from '../../engine/io/load-inputs.js';
import { addMonths } from '../../engine/summary/add-months.js';
import { PdfRenderer } from '../../reports/pdf/pdf-renderer.js';
import { renderMonthlySummary } from '../../reports/summary/render-monthly-summary.js';
import { chooseApprovedPlan } from '../../store/history/choose-approved-plan.js';
import { seedIfEmpty } from '../../store/history/seed-if-empty.js';
import { defaultStorePath, openStore } from '../../store/open-store.js';
import { asStoreError } from '../../store/store-error.js';
import { recordScenarioRun } from '../../store/runs/record-scenario-run.js';
import { findSnapshot } from '../../store/snapshots/find-snapshot.js';
import { resolveInputs } from '../inputs.js';

interface SummaryOptions {
  month?: string;
  out?: string;
  format: string;
  post?: boolean;
  envFile?: string;
  json?: boolean;
  store?: string;
  plan?: string;
  hosts?: string;
  assumptions?: string;
  scenario?: string;
  host?: string;
  set: string[];
}

/**
 * `unsprawl summary --month 2026-10 [--out DIR] [--post]`: how the estate and the consolidation
 * programme moved in a month, from the history store, as text, JSON, HTML/PDF, or a post to the
 * configured Slack channels and Teams conversations (once per month per destination).
 */
export function summaryCommand(): Command {
  return new Command('summary')
    .description('Monthly summary of the estate and the consolidation programme, from the history store')
    .option('--month <YYYY-MM>', 'the month to summarise (default: the latest snapshot\'s month)')
    .option('--out <dir>', 'write the summary as HTML/PDF into this folder')
    .option('--format <list>', 'with --out: html, pdf or html,pdf', 'html,pdf')
    .option('--post', 'post it to UNSPRAWL_SUMMARY_DESTINATIONS (once per month per destination; see docs/summary.md)')
    .option('--env-file <path>', 'with --post: settings file to read (default: .env in the working folder, as the bot reads it)')
    .option('--json', 'print the summary as one JSON object')
    .option('--store <path>', `history store file (default: $UNSPRAWL_HISTORY_DB or ${defaultStorePath({})})`)
    .option('--plan <path>', 'approved plan JSON to report progress against (default: the sample plan, with the sample history only)')
    .option('--hosts <path>', 'host catalogue CSV (default: data/hosts.csv)')
    .option('--assumptions <path>', 'assumptions JSON (default: data/assumptions.json)')
    .option('--scenario <name>', 'scenario each snapshot is evaluated with (default: the plan\'s, else full-consolidation)')
    .option('--host <model>', 'host model to evaluate on (default: the plan\'s host model, else the scenario\'s)')
    .option('--set <key=value>', 'override an assumption (repeatable)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .addHelpText('after', '\nExamples:\n  unsprawl summary\n  unsprawl summary --month 2026-10 --out reports/\n  unsprawl summary --month 2026-10 --post\n\nOn a fresh install the bundled sample history (April-October 2026) is loaded into the store first.')
    .action(async (options: SummaryOptions) => {
      if (options.month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(options.month)) {
        throw new InputError([{ file: '--month', message: `expected a month as YYYY-MM, e.g. 2026-10, got "${options.month}"` }]);
      }
      const formats = parseFormats(options.format);
      const store = openStore(options.store ? { path: options.store } : {});
      try {
        await seedIfEmpty(store, new Date());
        const month = options.month ?? findSnapshot(store, { latest: true })?.month;
        if (!month) throw new InputError([{ file: store.path, message: 'the history store has no snapshots: import one with unsprawl import FILE --as-of YYYY-MM-DD' }]);
        const plan = await chooseApprovedPlan(store, options.plan);
        const { inputs, scenario, assumptions } = await resolveInputs(
          { ...options, scenario: options.scenario ?? plan?.scenario, host: options.host ?? plan?.hostModel },
          { stderr: process.stderr },
        );
        // Loaded on use: the engine (placement, TCO) is only needed when a summary is computed.
        const { summariseMonth } = await import('../../store/history/summarise-month.js');
        const summary = summariseMonth(store, {
          month,
          hosts: inputs.hosts,
          assumptions,
          corePerformance: inputs.corePerformance,
          scenario,
          ...(plan ? { plan } : {}),
          onProgress: (done, total, asOf) => process.stderr.write(`evaluating snapshot ${done} of ${total} (${asOf})\r${done === total ? '\n' : ''}`),
        });
        const snapshot = findSnapshot(store, { month });
        if (snapshot) {
          recordScenarioRun(store, {
            estateHash: snapshot.contentHash,
            snapshotId: snapshot.id,
            scenario,
            assumptions: Object.fromEntries(assumptions.all().map((a) => [a.key, a.value])),
            results: { month, hosts: summary.current.remaining.hosts, lowerBound: summary.current.remaining.lowerBound, npvPence: summary.current.remaining.npvPence, runningCostPencePerYear: summary.current.runningCostPencePerYear },
            askedBy: whoAmI(),
            channel: 'cli',
            now: new Date(),
          });
        }
        const answer = summaryAnswer(summary);
        if (options.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        else process.stdout.write(answerText(answer));
        if (options.out) await writeDocuments(summary, resolve(options.out), formats);
        if (options.post) await post(store, month, answer, inputs, options.envFile);
      } catch (error) {
        throw asStoreError(error, store.path);
      } finally {
        store.close();
      }
    });
}

function parseFormats(text: string): Set<'html' | 'pdf'> {
  const parts = text.split(',').map((p) => p.trim().toLowerCase()).filter((p) => p.length > 0);
  const bad = parts.filter((p) => p !== 'html' && p !== 'pdf');
  if (bad.length > 0 || parts.length === 0) throw new InputError([{ file: '--format', message: `expected html, pdf or html,pdf, got "${text}"` }]);
  return new Set(parts as ('html' | 'pdf')[]);
}

async function writeDocuments(summary: Parameters<typeof renderMonthlySummary>[0], dir: string, formats: Set<'html' | 'pdf'>): Promise<void> {
  await mkdir(dir, { recursive: true });
  const renderer = formats.has('pdf') ? new PdfRenderer() : undefined;
  try {
    const rendered = await renderMonthlySummary(summary, renderer ? { pdf: renderer } : {});
    const base = join(dir, `monthly-summary-${summary.month}`);
    if (formats.has('html')) {
      await writeFile(`${base}.html`, rendered.html);
      process.stderr.write(`wrote ${base}.html\n`);
    }
    if (rendered.pdf) {
      await writeFile(`${base}.pdf`, rendered.pdf);
      process.stderr.write(`wrote ${base}.pdf\n`);
    }
  } finally {
    await renderer?.close();
  }
}

/** Posts through the same ledger as the scheduler, so a manual post and the scheduled one never both go out. */
async function post(store: Parameters<typeof postSummaryOnce>[0]['store'], month: string, answer: Answer, inputs: Inputs, envFile: string | undefined): Promise<void> {
  // The same settings the bot reads: .env (or --env-file) overlaid by the real environment.
  if (envFile !== undefined && !existsSync(envFile)) throw new InputError([{ file: '--env-file', message: `expected a settings file, but ${resolve(envFile)} does not exist` }]);
  const env = readEnvironment(envFile === undefined ? {} : { envFile });
  const settings = loadSummaryScheduleSettings(env);
  if (!settings) throw new InputError([{ file: 'environment', column: 'UNSPRAWL_SUMMARY_DESTINATIONS', message: 'expected the destinations to post to, e.g. slack:C0123ABCD,teams:19:abc@thread.tacv2' }]);
  // Loaded on use: the Slack and Teams SDKs are only needed when posting.
  const { summaryPostersFromEnv } = await import('../../bot/scheduler/summary-posters-from-env.js');
  const postPort = routePosts(summaryPostersFromEnv(env, inputs, store, (line) => process.stderr.write(`${line}\n`)));
  const instance = `${hostname()}:${process.pid}:cli`;
  let failed = 0;
  for (const destination of settings.schedule.destinations) {
    const result = await postSummaryOnce({ store, clock: systemClock, month, destination, answer: () => Promise.resolve(answer), post: postPort, instance, schedule: settings.schedule, manual: true });
    if (result.outcome === 'failed') failed += 1;
    process.stderr.write(`${destination.key}: ${describe(result)}\n`);
  }
  // Not a bug in unsprawl: the chat platform refused or did not answer; the ledger has the details.
  if (failed > 0) process.exitCode = 2;
  const due = summaryDueTime(addMonths(month, 1), settings.schedule, await loadBankHolidays());
  process.stderr.write(`(the scheduled post for ${month} is due ${due.at.toISOString()}; it will not post again where this one succeeded)\n`);
}

function describe(result: Awaited<ReturnType<typeof postSummaryOnce>>): string {
  switch (result.outcome) {
    case 'posted':
      return `posted${result.messageRef ? ` (${result.messageRef})` : ''}`;
    case 'failed':
      return `failed: ${result.error}${result.retryAt ? `; the bot's scheduler retries from ${result.retryAt.toISOString()}` : '; no attempts left'}`;
    case 'skipped':
      return result.reason === 'posted' ? 'already posted for this month' : `not posted (${result.reason})`;
  }
}

/** The answer as plain text: what Slack and Teams show, for the terminal and email. */
function answerText(answer: Answer): string {
  const lines = [answer.headline, ''];
  for (const f of answer.figures) lines.push(`  ${f.label}: ${f.value}`);
  for (const t of answer.tables) {
    lines.push('', t.title);
    const widths = t.columns.map((c, i) => Math.max(c.length, ...t.rows.map((r) => (r[i] ?? '').length)));
    const row = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd();
    lines.push(row(t.columns), ...t.rows.map(row));
  }
  if (answer.notes.length > 0) lines.push('', ...answer.notes.map((n) => `- ${n}`));
  return `${lines.join('\n')}\n`;
}

function whoAmI(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

