import { z } from 'zod';
import { scenarioSchema } from '../../engine/scenario/scenario.js';

const jsonText = <T extends z.ZodType>(schema: T) =>
  z.string().transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'expected JSON text' });
      return z.NEVER;
    }
  }).pipe(schema);

/** Headline figures of one run, by name (pence, counts, kWh ...): what `history` lists and charts. */
export const runResultsSchema = z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()]));
export type RunResults = z.output<typeof runResultsSchema>;

export const runChannels = ['cli', 'slack', 'teams', 'scheduler', 'report'] as const;

/** One recorded scenario run as read back from the store. */
export const scenarioRunSchema = z
  .object({
    id: z.number().int().positive(),
    inputs_hash: z.string().regex(/^[0-9a-f]{64}$/),
    snapshot_id: z.number().int().positive().nullable(),
    scenario_json: jsonText(scenarioSchema),
    assumptions_json: jsonText(z.record(z.string(), z.number())),
    results_json: jsonText(runResultsSchema),
    asked_by: z.string(),
    channel: z.enum(runChannels),
    asked_at: z.string(),
  })
  .transform((r) => ({
    id: r.id,
    inputsHash: r.inputs_hash,
    snapshotId: r.snapshot_id ?? undefined,
    scenario: r.scenario_json,
    assumptions: r.assumptions_json,
    results: r.results_json,
    askedBy: r.asked_by,
    channel: r.channel,
    askedAt: r.asked_at,
  }));

export type ScenarioRun = z.output<typeof scenarioRunSchema>;
