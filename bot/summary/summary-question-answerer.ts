import type { Answer } from '../answer/answer.js';
import { errorAnswer } from '../answer/error-answer.js';
import { findSnapshot } from '../../store/snapshots/find-snapshot.js';
import { monthLabel } from '../../reports/summary/month-label.js';
import { summariseMonth } from '../../store/history/summarise-month.js';
import { listSnapshots } from '../../store/snapshots/list-snapshots.js';
import { readSnapshotEstate } from '../../store/snapshots/read-snapshot-estate.js';
import { addMonths } from '../../engine/summary/add-months.js';
import { serverTrendAnswer } from './server-trend-answer.js';
import { numberWords } from '../understanding/number-words.js';
import { changesSinceAnswer } from './changes-since-answer.js';
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

/**
 * "Since September", "since the summer": changes from that month's snapshot to the latest one.
 * "Since last month" stays the latest month's own summary, which is that comparison already.
 */
const sinceMonth = /\bsince (?:the (?:start of (?:the )?)?)?(january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec|spring|summer|autumn|fall|winter)\b(?:\s+(\d{4}))?/;
const seasonStarts: Readonly<Record<string, string>> = { spring: 'march', summer: 'june', autumn: 'september', fall: 'september', winter: 'december' };

/** "The trend in server numbers", "over the last six months", "month by month": the counts per snapshot. */
const trend = /\btrend\b|\bover (?:the )?(?:last|past) (\d+|[a-z]+) months\b|\bmonth (?:by|on) month\b|\bthis year\b.{0,20}\b(?:servers?|estate)\b|\b(?:servers?|estate)\b.{0,30}\bthis year\b/;

const londonToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

/**
 * The bot core's `summary` hook: "monthly summary for October", "how did last month go?", and
 * "how many servers did we switch off in October?" (the count alone, switchedOffAnswer), and
 * "what's changed since September?" (that snapshot against the latest, changesSinceAnswer), and
 * "the trend in server numbers this year" (counts per monthly snapshot, serverTrendAnswer).
 * Without a month named, the latest snapshot's month. Never throws (the bot core's contract): a
 * month with no snapshot becomes an answer that says which months exist and how to import one.
 *
 * @example createBotCore({ inputs, summary: summaryQuestionAnswerer({ store, hosts, assumptions, scenario, plan }) })
 */
export function summaryQuestionAnswerer(deps: SummaryAnswerSourceDeps & { today?: () => string }): (question: string) => Promise<Answer> {
  const source = summaryAnswerSource(deps);
  const changesSince = (word: string, year: string | undefined): Answer => {
    const season = seasonStarts[word];
    const month = monthInQuestion(`since ${season ?? word}${year ? ` ${year}` : ''}`, (deps.today ?? londonToday)())!;
    const asked = season ? `the ${word} (${monthLabel(month)})` : monthLabel(month);
    const latest = findSnapshot(deps.store, { latest: true });
    if (!latest) return errorAnswer(new Error('the history store has no estate snapshots yet'));
    const from = findSnapshot(deps.store, { month });
    if (!from) return noSnapshotAnswer(month, latest.month);
    if (from.month >= latest.month) {
      return { kind: 'summary', headline: `${monthLabel(month)} is the latest inventory snapshot, so there is nothing newer to compare it with yet.`, figures: [], tables: [], notes: [], actions: [{ id: 'ask', label: `${monthLabel(month)} summary`, question: `monthly summary for ${month}` }] };
    }
    const read = (info: typeof latest) => ({ month: info.month, asOf: info.asOf, estate: readSnapshotEstate(deps.store, info) });
    return changesSinceAnswer(read(from), read(latest), asked);
  };
  const serverTrend = (months: string | undefined, thisYear: boolean): Answer => {
    const latest = findSnapshot(deps.store, { latest: true });
    if (!latest) return errorAnswer(new Error('the history store has no estate snapshots yet'));
    const span = months === undefined ? undefined : /^\d+$/.test(months) ? Number(months) : numberWords(months);
    const from = thisYear ? `${latest.month.slice(0, 4)}-01` : span ? addMonths(latest.month, 1 - span) : '0000-00';
    const perMonth = new Map(listSnapshots(deps.store, latest.asOf).map((info) => [info.month, info]));
    const snapshots = [...perMonth.values()].filter((info) => info.month >= from).map((info) => ({ month: info.month, asOf: info.asOf, estate: readSnapshotEstate(deps.store, info) }));
    return serverTrendAnswer(snapshots);
  };
  return async (question) => {
    try {
      const since = sinceMonth.exec(question.toLowerCase());
      if (since) return changesSince(since[1]!, since[2]);
      const trendAsked = trend.exec(question.toLowerCase());
      if (trendAsked) return serverTrend(trendAsked[1], /\bthis year\b/.test(question.toLowerCase()));
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
