import type { Answer } from '../answer/answer.js';
import { errorAnswer } from '../answer/error-answer.js';
import { findSnapshot } from '../../store/snapshots/find-snapshot.js';
import { monthLabel } from '../../reports/summary/month-label.js';
import { monthInQuestion } from './month-in-question.js';
import { summaryAnswerSource, type SummaryAnswerSourceDeps } from './summary-answer-source.js';

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

const londonToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

/**
 * The bot core's `summary` hook: "monthly summary for October", "how did last month go?".
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
      return await source(month);
    } catch (error) {
      return errorAnswer(error);
    }
  };
}
