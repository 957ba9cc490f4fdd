import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import type { HostModel } from '../../engine/hosts/host-model.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import type { CorePerformanceTable } from '../../engine/sizing/core-performance-table.js';
import type { ApprovedPlan } from '../../engine/summary/approved-plan.js';
import type { HistoryStore } from '../../store/open-store.js';
import { summariseMonth } from '../../store/history/summarise-month.js';
import type { Answer } from '../answer/answer.js';
import { summaryAnswer } from './summary-answer.js';

export interface SummaryAnswerSourceDeps {
  store: HistoryStore;
  hosts: readonly HostModel[];
  assumptions: AssumptionSet;
  corePerformance: CorePerformanceTable;
  scenario: Scenario;
  plan?: ApprovedPlan;
}

/**
 * The scheduler's `buildAnswer`: a month's summary from the history store, as an Answer. A
 * month without a snapshot throws a NOT_FOUND error naming the month, which the scheduler
 * records as a failed attempt and retries (the inventory may be imported later that day).
 */
export function summaryAnswerSource(deps: SummaryAnswerSourceDeps): (month: string) => Promise<Answer> {
  return async (month) =>
    summaryAnswer(summariseMonth(deps.store, { month, hosts: deps.hosts, assumptions: deps.assumptions, corePerformance: deps.corePerformance, scenario: deps.scenario, ...(deps.plan ? { plan: deps.plan } : {}) }));
}
