import { Cron } from 'croner';
import { z } from 'zod';

/**
 * Where a summary goes: a Slack channel id or a Teams conversation (its stored conversation
 * reference key). Written `slack:C0123ABCD` / `teams:19:abc@thread.tacv2` in settings.
 */
export const destinationSchema = z
  .string()
  .trim()
  .regex(/^(slack|teams):.+$/, { error: 'expected slack:CHANNEL_ID or teams:CONVERSATION_ID' })
  .transform((text) => {
    const at = text.indexOf(':');
    return { platform: text.slice(0, at) as 'slack' | 'teams', id: text.slice(at + 1), key: text };
  });

export type Destination = z.output<typeof destinationSchema>;

const validCron = (pattern: string) => {
  try {
    new Cron(pattern, { paused: true });
    return true;
  } catch {
    return false;
  }
};

const validTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/**
 * When and where the monthly summary is posted. The summary of month M is due at the first
 * `cron` occurrence in month M+1 — by default the first one on or after the month's first
 * working day (weekends and bank holidays skipped), so 09:00 Europe/London on that day.
 */
export const summaryScheduleSchema = z.object({
  cron: z.string().trim().refine(validCron, { error: 'expected a cron expression such as "0 9 * * *"' }).default('0 9 * * *'),
  timezone: z.string().trim().refine(validTimeZone, { error: 'expected an IANA time zone such as Europe/London' }).default('Europe/London'),
  firstWorkingDayOnly: z.boolean().default(true),
  destinations: z.array(destinationSchema).default([]),
  retry: z
    .object({
      maxAttempts: z.number().int().min(1).max(20).default(8),
      firstDelayMinutes: z.number().positive().default(1),
      factor: z.number().min(1).default(4),
      maxDelayMinutes: z.number().positive().default(360),
    })
    .default({ maxAttempts: 8, firstDelayMinutes: 1, factor: 4, maxDelayMinutes: 360 }),
  /** How long a claim stays exclusive to the instance posting it; always longer than the posting budget. */
  leaseMinutes: z.number().positive().default(15),
  /**
   * How long one attempt may take, the chat client's own retries included; then the attempt is
   * abandoned (recorded as failed, retried later by the ledger's backoff) and never posts after.
   */
  postBudgetSeconds: z.number().int().min(10).max(1800).default(300),
}).refine((s) => s.leaseMinutes * 60 >= s.postBudgetSeconds + 60, {
  error: 'expected the claim (leaseMinutes) to outlast the posting budget (postBudgetSeconds) by at least a minute',
  path: ['leaseMinutes'],
});

export type SummarySchedule = z.output<typeof summaryScheduleSchema>;
export type SummaryScheduleInput = z.input<typeof summaryScheduleSchema>;
