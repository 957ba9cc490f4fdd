import { ScenarioError } from '../../engine/errors.js';
import type { InputPaths, Inputs } from '../../engine/io/load-inputs.js';
import { chooseApprovedPlan } from '../../store/history/choose-approved-plan.js';
import { seedIfEmpty } from '../../store/history/seed-if-empty.js';
import type { HistoryStore } from '../../store/open-store.js';
import { summaryAnswerInWorker } from '../summary/summary-answer-in-worker.js';
import { summaryAnswerSource } from '../summary/summary-answer-source.js';
import { loadBankHolidays } from './bank-holidays.js';
import { systemClock, type Clock } from './clock.js';
import { loadSummaryScheduleSettings } from './load-summary-schedule-settings.js';
import type { PostPort } from './post-port.js';
import { routePosts } from './route-posts.js';
import { createSummaryScheduler, type SummaryScheduler } from './summary-scheduler.js';

export interface StartSummarySchedulerOptions {
  env: Record<string, string | undefined>;
  store: HistoryStore;
  inputs: Pick<Inputs, 'hosts' | 'assumptions' | 'scenarios' | 'corePerformance'>;
  /**
   * The files `inputs` were loaded from. When given, each month's summary is built on a worker
   * thread from them (seconds of engine work that must not hold up chat acknowledgements).
   */
  inputPaths?: InputPaths;
  /** Posting functions of the platforms that are running (slackPostPort, createTeamsPostPort). */
  posters: { slack?: PostPort; teams?: PostPort };
  /** One line per event (posted, failed and when it retries, next run). */
  log: (line: string) => void;
  clock?: Clock;
}

/**
 * Wires the monthly summary into a running bot: reads UNSPRAWL_SUMMARY_* settings, seeds the
 * sample history into an empty store, picks the approved plan and scenario, and starts the
 * scheduler (which catches up a missed month at once).
 *
 * @returns the running scheduler, or undefined when no destination is configured
 */
export async function startSummaryScheduler(options: StartSummarySchedulerOptions): Promise<SummaryScheduler | undefined> {
  const settings = loadSummaryScheduleSettings(options.env);
  if (!settings) return undefined;
  const clock = options.clock ?? systemClock;
  await seedIfEmpty(options.store, clock.now());
  const plan = await chooseApprovedPlan(options.store, settings.planPath);
  const scenarioName = settings.scenario ?? plan?.scenario ?? 'full-consolidation';
  const named = options.inputs.scenarios.find((s) => s.name === scenarioName);
  if (!named) {
    throw new ScenarioError('UNSPRAWL_SUMMARY_SCENARIO', `unknown scenario "${scenarioName}"; known: ${options.inputs.scenarios.map((s) => s.name).join(', ')}`);
  }
  // The business case chose a host model: evaluating on it is what the plan promised, and fast.
  const scenario = plan?.hostModel ? { ...named, host: plan.hostModel } : named;
  const scheduler = createSummaryScheduler({
    store: options.store,
    clock,
    schedule: settings.schedule,
    holidays: await loadBankHolidays(),
    buildAnswer: options.inputPaths
      ? (month) => summaryAnswerInWorker({ storePath: options.store.path, inputPaths: options.inputPaths ?? {}, scenario, ...(plan ? { plan } : {}), month })
      : summaryAnswerSource({ store: options.store, hosts: options.inputs.hosts, assumptions: options.inputs.assumptions, corePerformance: options.inputs.corePerformance, scenario, ...(plan ? { plan } : {}) }),
    post: routePosts(options.posters),
    report: (event) => options.log(`summary: ${JSON.stringify(event)}`),
  });
  await scheduler.start();
  return scheduler;
}
