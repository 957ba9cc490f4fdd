import { z } from 'zod';

export const summaryPostStatuses = ['claimed', 'posted', 'failed', 'abandoned'] as const;

/** One ledger row: the state of the summary for one month at one destination. */
export const summaryPostSchema = z
  .object({
    month: z.string().regex(/^\d{4}-\d{2}$/),
    destination: z.string().min(1),
    status: z.enum(summaryPostStatuses),
    attempts: z.number().int().min(1),
    claimed_by: z.string(),
    lease_until: z.string(),
    next_attempt_at: z.string().nullable(),
    last_error: z.string().nullable(),
    posted_at: z.string().nullable(),
    message_ref: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .transform((r) => ({
    month: r.month,
    destination: r.destination,
    status: r.status,
    attempts: r.attempts,
    claimedBy: r.claimed_by,
    leaseUntil: r.lease_until,
    nextAttemptAt: r.next_attempt_at ?? undefined,
    lastError: r.last_error ?? undefined,
    postedAt: r.posted_at ?? undefined,
    messageRef: r.message_ref ?? undefined,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));

export type SummaryPost = z.output<typeof summaryPostSchema>;
