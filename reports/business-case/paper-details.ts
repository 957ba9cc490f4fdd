import { z } from 'zod';

/**
 * Who the paper is for and from: the cover sheet fields a trust fills in for every board paper.
 * The CLI's flags and a chat request parse into this; anything not given takes a default a
 * trust would recognise (and should replace).
 */
export const paperPurposes = ['approval', 'assurance', 'information'] as const;

export const paperDetailsSchema = z.object({
  organisation: z.string().trim().min(1).default('Sample NHS Trust'),
  reportTo: z.string().trim().min(1).default('Trust Board (public)'),
  /** YYYY-MM-DD; default: the day the paper is made. */
  meetingDate: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected the meeting date as YYYY-MM-DD', abort: true })
    .refine(isCalendarDate, { error: 'expected a real calendar date' })
    .optional(),
  agendaItem: z.string().trim().min(1).default('To be confirmed by the board secretary'),
  executiveLead: z.string().trim().min(1).default('Chief Digital Information Officer'),
  author: z.string().trim().min(1).default('Head of IT Infrastructure'),
  purpose: z.enum(paperPurposes, { error: 'expected approval, assurance or information' }).default('approval'),
  previouslyConsidered: z.string().trim().min(1).default('Not previously considered by a board committee'),
  strategicObjectives: z
    .array(z.string().trim().min(1))
    .default([
      'Safe, high-quality care: clinical systems that are available when wards, theatres and clinics need them',
      'Sustainable use of resources: a lower cost base and progress towards the Greener NHS net zero target for directly controlled emissions (2040)',
      'Digital resilience and cyber security: supported, patched infrastructure with tested recovery',
    ]),
  bafRisks: z
    .array(z.string().trim().min(1))
    .default([
      'Failure or prolonged outage of critical IT infrastructure (map to the trust’s BAF reference)',
      'Cyber attack exploiting unsupported hardware and operating systems',
      'Failure to deliver the financial plan and recurrent efficiency savings',
    ]),
});

export type PaperDetails = z.output<typeof paperDetailsSchema>;
export type PaperDetailsInput = z.input<typeof paperDetailsSchema>;

/** 2027-02-30 parses in JavaScript (as 2 March); a board date must be one that exists. */
function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
