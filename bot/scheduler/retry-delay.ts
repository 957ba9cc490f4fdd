import type { SummarySchedule } from './summary-schedule.js';

/**
 * Exponential backoff between attempts, capped: with the defaults 1, 4, 16, 64 minutes, then
 * 4.3 h and 6 h, so a summary whose inventory is imported late in the day still goes out.
 *
 * @returns milliseconds to wait after `attempt` failed, or undefined when attempts are used up
 */
export function retryDelay(attempt: number, retry: SummarySchedule['retry']): number | undefined {
  if (attempt >= retry.maxAttempts) return undefined;
  const minutes = Math.min(retry.firstDelayMinutes * retry.factor ** (attempt - 1), retry.maxDelayMinutes);
  return Math.round(minutes * 60_000);
}
