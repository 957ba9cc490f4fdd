import { z } from 'zod';

/**
 * Who the paper is for and from, and what the trust has set for it: the board cover sheet
 * fields, the trust's own strategic links, and the spending objectives the options are judged
 * against. Read from data/paper.json (or `--paper`); the CLI's cover flags override it. Nothing
 * here has a made-up default: an item the trust has not set is listed by `missingPaperDetails`
 * and printed as "Not yet provided" on the cover sheet, never as an instruction in the text.
 */
export const paperPurposes = ['approval', 'assurance', 'information'] as const;

/** Equality and quality impact assessment: where the trust's process has got to. */
export const impactStatuses = ['not-started', 'screening-in-progress', 'screened-no-adverse-impact', 'full-assessment-completed'] as const;

/**
 * What a spending objective measures, so each option can be checked against it from its own
 * figures (reports/business-case/assess-objectives.ts), whatever option the paper prefers.
 */
export const objectiveMeasures = ['supported-hardware', 'revenue-cost', 'energy', 'recovery'] as const;

/** The board assurance framework themes a project risk can escalate to. */
export const bafThemes = ['infrastructure', 'cyber', 'finance', 'sustainability'] as const;

const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected a non-empty text' });

const calendarDate = z
  .string({ error: 'expected a date as YYYY-MM-DD' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected the meeting date as YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, { error: 'expected a real calendar date' });

export const spendingObjectiveSchema = z
  .object({
    id: text,
    measure: z.enum(objectiveMeasures, { error: `expected one of ${objectiveMeasures.join(', ')}` }),
    /**
     * supported-hardware, revenue-cost, energy: the fraction to reach (0.9 = 90% of out-of-warranty
     * servers retired; 0.1 = recurrent revenue cost 10% lower; 0.3 = electricity 30% lower);
     * recovery: the recovery time objective for critical systems after losing a data centre, in hours.
     */
    target: z.number({ error: 'expected a number' }).positive({ error: 'expected a number above 0' }),
    /** When the target is to be met, YYYY-MM-DD. */
    by: calendarDate,
  })
  .strict();

export const bafRiskSchema = z
  .object({
    ref: text,
    title: text,
    theme: z.enum(bafThemes, { error: `expected one of ${bafThemes.join(', ')}` }),
  })
  .strict();

export const committeeStepSchema = z
  .object({
    committee: text,
    date: calendarDate,
    /** "Supported", "Noted"...; absent for a meeting still to come. */
    outcome: text.optional(),
  })
  .strict();

export const paperDetailsSchema = z
  .object({
    organisation: text.optional(),
    /** The meeting, e.g. "Trust Board (public)". */
    meeting: text.optional(),
    meetingDate: calendarDate.optional(),
    agendaItem: text.optional(),
    executiveLead: text.optional(),
    seniorResponsibleOwner: text.optional(),
    author: text.optional(),
    purpose: z.enum(paperPurposes, { error: 'expected approval, assurance or information' }).default('approval'),
    strategicObjectives: z.array(text).min(1, { error: 'expected at least one strategic objective' }).optional(),
    bafRisks: z.array(bafRiskSchema).min(1, { error: 'expected at least one BAF risk' }).optional(),
    /** The committees this paper goes through, in date order; those with an outcome have seen it. */
    committeeRoute: z.array(committeeStepSchema).optional(),
    equalityImpact: z.enum(impactStatuses, { error: `expected one of ${impactStatuses.join(', ')}` }).optional(),
    qualityImpact: z.enum(impactStatuses, { error: `expected one of ${impactStatuses.join(', ')}` }).optional(),
    spendingObjectives: z.array(spendingObjectiveSchema).min(1, { error: 'expected at least one spending objective' }).optional(),
    /** The capital the trust's plan holds for this scheme in the first year, in pounds (affordability). */
    capitalEnvelopeGbp: z.number({ error: 'expected a number of pounds' }).nonnegative({ error: 'expected 0 or more pounds' }).optional(),
    /** Frameworks the trust expects to buy through (an assumption until procurement confirms it). */
    frameworks: z.array(text).min(1, { error: 'expected at least one framework' }).optional(),
  })
  .strict();

export type PaperDetails = z.output<typeof paperDetailsSchema>;
export type PaperDetailsInput = z.input<typeof paperDetailsSchema>;
export type SpendingObjective = z.output<typeof spendingObjectiveSchema>;
export type BafRisk = z.output<typeof bafRiskSchema>;
export type CommitteeStep = z.output<typeof committeeStepSchema>;
export type ImpactStatus = (typeof impactStatuses)[number];

/** The cover sheet items a board secretary expects, by field, as the warning and the sheet name them. */
export const requiredPaperItems = {
  organisation: 'trust name',
  meeting: 'meeting',
  meetingDate: 'meeting date',
  agendaItem: 'agenda item',
  executiveLead: 'executive lead',
  seniorResponsibleOwner: 'senior responsible owner',
  author: 'author',
  strategicObjectives: 'strategic objectives',
  bafRisks: 'BAF references',
  committeeRoute: 'committee route',
  equalityImpact: 'equality impact assessment status',
  qualityImpact: 'quality impact assessment status',
  capitalEnvelopeGbp: 'capital envelope',
} as const satisfies Partial<Record<keyof PaperDetails, string>>;

/** 2027-02-30 parses in JavaScript (as 2 March); a board date must be one that exists. */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
