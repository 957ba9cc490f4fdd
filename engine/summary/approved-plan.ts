import { z } from 'zod';
import { poundsToPence } from '../money.js';

const month = z.string().regex(/^\d{4}-\d{2}$/, { error: 'expected a month as YYYY-MM' });

/**
 * The consolidation programme as the board approved it: how many physical servers should be
 * switched off by the end of each month (retired or virtualised, cumulative from the baseline)
 * and the annual running-cost saving forecast at that point. The monthly summary compares the
 * history snapshots with it. Money in pounds in the file, pence once parsed.
 */
export const approvedPlanSchema = z
  .object({
    name: z.string().trim().min(1),
    approvedBy: z.string().trim().min(1),
    approvedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' }),
    reference: z.string().trim().min(1),
    /** The named scenario (data/scenarios.json) the business case appraised; each snapshot is evaluated with it. */
    scenario: z.string().trim().min(1).default('full-consolidation'),
    /** The host model the business case chose; snapshots are evaluated on it instead of searching every model. */
    hostModel: z.string().trim().min(1).optional(),
    /** The snapshot month progress is measured from (the estate before the programme). */
    baselineMonth: month,
    months: z
      .array(z.object({
        month,
        /** Physical servers switched off since the baseline, cumulative, by the end of the month. */
        serversOff: z.number().int().min(0, { error: 'expected a whole number of servers, 0 or more' }),
        /** Forecast annual running-cost saving against the baseline at the end of the month (£ a year; negative while new kit is added). */
        forecastAnnualSavingGbp: z.number({ error: 'expected an amount in pounds' }),
        /**
         * The month's target split by organisation (the trusts of an integrated care system), each
         * cumulative like the month's; the parts add up to the month's figures.
         */
        organisations: z
          .array(z.object({
            organisation: z.string().trim().min(1, { error: 'expected an organisation name, as in the estate\'s organisation column' }),
            serversOff: z.number().int().min(0, { error: 'expected a whole number of servers, 0 or more' }),
            forecastAnnualSavingGbp: z.number({ error: 'expected an amount in pounds' }),
          }))
          .min(1)
          .optional(),
      }))
      .min(1),
  })
  .superRefine((plan, ctx) => {
    plan.months.forEach((m, i) => {
      const previous = plan.months[i - 1];
      if (previous && m.month <= previous.month) ctx.addIssue({ code: 'custom', path: ['months', i, 'month'], message: `expected months in order, got ${m.month} after ${previous.month}` });
      if (previous && m.serversOff < previous.serversOff) ctx.addIssue({ code: 'custom', path: ['months', i, 'serversOff'], message: 'expected a cumulative count that never falls' });
      if (m.month <= plan.baselineMonth) ctx.addIssue({ code: 'custom', path: ['months', i, 'month'], message: `expected months after the baseline ${plan.baselineMonth}` });
      checkOrganisations(m, i, plan.months[0]?.organisations !== undefined, ctx);
    });
  })
  .transform((plan) => ({
    ...plan,
    months: plan.months.map((m) => ({
      month: m.month,
      serversOff: m.serversOff,
      forecastAnnualSavingPence: poundsToPence(m.forecastAnnualSavingGbp),
      ...(m.organisations
        ? { organisations: m.organisations.map((o) => ({ organisation: o.organisation, serversOff: o.serversOff, forecastAnnualSavingPence: poundsToPence(o.forecastAnnualSavingGbp) })) }
        : {}),
    })),
  }));

interface PlanMonth {
  serversOff: number;
  forecastAnnualSavingGbp: number;
  organisations?: { organisation: string; serversOff: number; forecastAnnualSavingGbp: number }[] | undefined;
}

/**
 * A split plan is split in every month, names each organisation once, and its parts add up to the
 * month's figures (servers exactly, savings to the penny), so the summary's organisation rows
 * against the plan add up to its total row.
 */
function checkOrganisations(m: PlanMonth, i: number, split: boolean, ctx: z.RefinementCtx): void {
  const path = ['months', i, 'organisations'];
  if (!m.organisations) {
    if (split) ctx.addIssue({ code: 'custom', path, message: 'expected the month split by organisation, as the first month is' });
    return;
  }
  if (!split) {
    ctx.addIssue({ code: 'custom', path, message: 'expected no split by organisation, as the first month has none (split every month or none)' });
    return;
  }
  const seen = new Set<string>();
  m.organisations.forEach((o, k) => {
    if (seen.has(o.organisation)) ctx.addIssue({ code: 'custom', path: [...path, k, 'organisation'], message: `expected each organisation once, got "${o.organisation}" twice` });
    seen.add(o.organisation);
  });
  const servers = m.organisations.reduce((sum, o) => sum + o.serversOff, 0);
  if (servers !== m.serversOff) ctx.addIssue({ code: 'custom', path, message: `expected the organisations' serversOff to add up to the month's ${m.serversOff}, got ${servers}` });
  const pence = m.organisations.reduce((sum, o) => sum + poundsToPence(o.forecastAnnualSavingGbp), 0);
  if (pence !== poundsToPence(m.forecastAnnualSavingGbp)) {
    ctx.addIssue({ code: 'custom', path, message: `expected the organisations' forecastAnnualSavingGbp to add up to the month's ${m.forecastAnnualSavingGbp}, got ${pence / 100}` });
  }
}

export type ApprovedPlan = z.output<typeof approvedPlanSchema>;
