import { InputError } from '../../engine/errors.js';
import { summaryScheduleSchema, type SummarySchedule } from './summary-schedule.js';

export interface SummaryScheduleSettings {
  schedule: SummarySchedule;
  /** Approved plan to report progress against (UNSPRAWL_APPROVED_PLAN). */
  planPath?: string;
  /** Scenario each snapshot is evaluated with (UNSPRAWL_SUMMARY_SCENARIO). */
  scenario?: string;
}

/**
 * Reads the monthly summary settings from the environment:
 * - UNSPRAWL_SUMMARY_DESTINATIONS: `slack:C0123ABCD,teams:19:abc@thread.tacv2` (none: no scheduled post)
 * - UNSPRAWL_SUMMARY_CRON (default `0 9 * * *`), UNSPRAWL_SUMMARY_TIMEZONE (default Europe/London)
 * - UNSPRAWL_SUMMARY_FIRST_WORKING_DAY (default true: the first run on or after the first working day)
 * - UNSPRAWL_APPROVED_PLAN, UNSPRAWL_SUMMARY_SCENARIO
 *
 * @returns undefined when no destination is configured
 */
export function loadSummaryScheduleSettings(env: Record<string, string | undefined>): SummaryScheduleSettings | undefined {
  const value = (key: string) => {
    const v = env[key]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const destinations = value('UNSPRAWL_SUMMARY_DESTINATIONS');
  if (destinations === undefined) return undefined;
  const flag = value('UNSPRAWL_SUMMARY_FIRST_WORKING_DAY');
  if (flag !== undefined && !/^(true|false|yes|no|1|0)$/i.test(flag)) {
    throw new InputError([{ file: 'environment', column: 'UNSPRAWL_SUMMARY_FIRST_WORKING_DAY', message: `expected true or false, got "${flag}"` }]);
  }
  const parsed = summaryScheduleSchema.safeParse({
    destinations: destinations.split(',').map((d) => d.trim()).filter((d) => d.length > 0),
    ...(value('UNSPRAWL_SUMMARY_CRON') ? { cron: value('UNSPRAWL_SUMMARY_CRON') } : {}),
    ...(value('UNSPRAWL_SUMMARY_TIMEZONE') ? { timezone: value('UNSPRAWL_SUMMARY_TIMEZONE') } : {}),
    ...(flag === undefined ? {} : { firstWorkingDayOnly: /^(true|yes|1)$/i.test(flag) }),
  });
  if (!parsed.success) {
    const column = (path: PropertyKey[]) =>
      path[0] === 'destinations' ? 'UNSPRAWL_SUMMARY_DESTINATIONS' : path[0] === 'cron' ? 'UNSPRAWL_SUMMARY_CRON' : 'UNSPRAWL_SUMMARY_TIMEZONE';
    throw new InputError(parsed.error.issues.map((i) => ({ file: 'environment', column: column(i.path), message: i.message })));
  }
  const planPath = value('UNSPRAWL_APPROVED_PLAN');
  const scenario = value('UNSPRAWL_SUMMARY_SCENARIO');
  return { schedule: parsed.data, ...(planPath ? { planPath } : {}), ...(scenario ? { scenario } : {}) };
}
