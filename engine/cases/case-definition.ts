import { z } from 'zod';
import { scenarioSchema } from '../scenario/scenario.js';

/** The figures a published case can be checked on (docs/cases.md). */
export const caseFigures = ['hosts', 'servers', 'energy', 'runningCosts', 'hardwareAndSoftware', 'totalCostOfOwnership'] as const;
export type CaseFigure = (typeof caseFigures)[number];

/** An era price or rate with where it came from: every value a reconstruction uses is sourced. */
const eraValueSchema = z.object({
  value: z.number(),
  source: z.string().min(1, { error: 'every era assumption needs its source' }),
});

/**
 * How one published case is rebuilt (data/cases/cases.json): its reconstructed estate, the era
 * host catalogue, the scenario (hypervisor, baseline, DR) and, for each figure the engine cannot
 * reproduce within tolerance, what the report most likely counted differently.
 */
export const caseDefinitionSchema = z.object({
  id: z.string().min(1),
  /** File names in data/cases/. */
  estate: z.string().min(1),
  hosts: z.string().min(1),
  scenario: scenarioSchema,
  /** Case-specific settings (for example a mirrored SAN's storage overhead), each sourced. */
  overrides: z.record(z.string(), eraValueSchema).default({}),
  /** What the reconstruction assumes beyond the era rules, in a sentence or two. */
  reconstruction: z.string().min(1),
  /** Why a figure is out of tolerance: the report's likely basis. Keyed by figure. */
  explanations: z.partialRecord(z.enum(caseFigures), z.string().min(1)).default({}),
});

export const caseBookSchema = z.object({
  /** The year the era prices are for; the appraisal year of every case. */
  eraYear: z.number().int(),
  /** Tolerances the reproduction is held to: hosts +/- this many, percentages within this many points. */
  tolerance: z.object({ hosts: z.number().int().min(0), percentagePoints: z.number().min(0) }),
  /** Prices and rates of the era, applied to every case as scenario overrides. */
  era: z.record(z.string(), eraValueSchema),
  cases: z.array(caseDefinitionSchema).min(1),
  /** Published cases with nothing to rebuild, and why. */
  notRebuilt: z.array(z.object({ id: z.string().min(1), reason: z.string().min(1) })).default([]),
});

export type CaseDefinition = z.output<typeof caseDefinitionSchema>;
export type CaseBook = z.output<typeof caseBookSchema>;
