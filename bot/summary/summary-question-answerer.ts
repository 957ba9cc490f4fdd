import type { Answer } from '../answer/answer.js';
import { errorAnswer } from '../answer/error-answer.js';
import { findSnapshot } from '../../store/snapshots/find-snapshot.js';
import { monthLabel } from '../../reports/summary/month-label.js';
import { summariseMonth } from '../../store/history/summarise-month.js';
import { monthInQuestion } from './month-in-question.js';
import { summaryAnswerSource, type SummaryAnswerSourceDeps } from './summary-answer-source.js';
import { switchedOffAnswer } from './switched-off-answer.js';

/** A month the history does not have yet, in chat words (the CLI's own error names the import command). */
function noSnapshotAnswer(month: string, latest: string): Answer {
  return {
    kind: 'summary',
    headline: `I have no inventory snapshot for ${monthLabel(month)} yet; the latest is ${monthLabel(latest)}.`,
    figures: [],
    tables: [],
    notes: [`Share ${monthLabel(month)}'s inventory export with me to add it, or ask for the ${monthLabel(latest)} summary.`],
    actions: [{ id: 'ask', label: `${monthLabel(latest)} summary`, question: `monthly summary for ${latest}` }],
    command: `unsprawl import FILE --as-of ${month}-DD`,
  };
}

/** "How many servers did we switch off / turn off / decommission in October?": a count, not the whole summary. */
const switchedOffCount = /\bhow many\b.*\b(?:switch(?:ed)? off|turn(?:ed)? off|power(?:ed)? (?:off|down)|shut down|decommission(?:ed)?|retired?|got rid of)\b/;

const londonToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

/**
 * The bot core's `summary` hook: "monthly summary for October", "how did last month go?", and
 * "how many servers did we switch off in October?" (the count alone, switchedOffAnswer).
 * Without a month named, the latest snapshot's month. Never throws (the bot core's contract): a
 * month with no snapshot becomes an answer that says which months exist and how to import one.
 *
 * @example createBotCore({ inputs, summary: summaryQuestionAnswerer({ store, hosts, assumptions, scenario, plan }) })
 */
export function summaryQuestionAnswerer(deps: SummaryAnswerSourceDeps & { today?: () => string }): (question: string) => Promise<Answer> {
  const source = summaryAnswerSource(deps);
  return async (question) => {
    try {
      const month = monthInQuestion(question, (deps.today ?? londonToday)()) ?? findSnapshot(deps.store, { latest: true })?.month;
      if (!month) return errorAnswer(new Error('the history store has no estate snapshots yet'));
      const latest = findSnapshot(deps.store, { latest: true });
      if (!findSnapshot(deps.store, { month }) && latest) return noSnapshotAnswer(month, latest.month);
      if (switchedOffCount.test(question.toLowerCase())) {
        const { store, hosts, assumptions, corePerformance, scenario, plan } = deps;
        return switchedOffAnswer(summariseMonth(store, { month, hosts, assumptions, corePerformance, scenario, ...(plan ? { plan } : {}) }));
      }
      return await source(month);
    } catch (error) {
      return errorAnswer(error);
    }
  };
}
