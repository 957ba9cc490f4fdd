import { z } from 'zod';
import { baselines, scenarioSchema } from '../scenario/scenario.js';
import { explanationPlaceholders } from './fill-explanation.js';

/** The figures a published case can be checked on (docs/cases.md). */
export const caseFigures = ['hosts', 'servers', 'energy', 'runningCosts', 'hardwareAndSoftware', 'totalCostOfOwnership'] as const;
export type CaseFigure = (typeof caseFigures)[number];

/** The id of every counting rule applied at once, always run after the rules themselves. */
export const allRulesId = 'all-rules';

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
  /**
   * Why a figure is out of tolerance: the report's likely basis. Keyed by figure. A placeholder
   * `{figure@rule}` quotes a figure as computed under a counting rule (`{@rule}`: this figure;
   * rule `modelled`: the era assumptions), so the prose never states a number the engine did not compute.
   */
  explanations: z.partialRecord(z.enum(caseFigures), z.string().min(1)).default({}),
});

/**
 * Another way a 2008 report plausibly counted (docs/cases.md, "Other counting rules"): a change of
 * baseline and/or assumption overrides on top of the era assumptions, applied to every case alike
 * so that a gap's explanation is computed, never fitted to one case.
 */
export const countingRuleSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'expected a lower-case id such as installed-memory' }).refine((id) => id !== 'modelled', { error: '"modelled" names the era assumptions themselves' }),
  /** How the CLI and the paper name it after a value: "6 hosts with VMs at installed memory". */
  label: z.string().min(1),
  /** What it changes and why a 2008 report plausibly counted this way. */
  description: z.string().min(1),
  baseline: z.enum(baselines).optional(),
  overrides: z.record(z.string(), z.number()).default({}),
  /** The figures it can move: only these are shown under it. */
  bearsOn: z.array(z.enum(caseFigures)).min(1),
});

export const caseBookSchema = z.object({
  /** The year the era prices are for; the appraisal year of every case. */
  eraYear: z.number().int(),
  /** Tolerances the reproduction is held to: hosts +/- this many, percentages within this many points. */
  tolerance: z.object({ hosts: z.number().int().min(0), percentagePoints: z.number().min(0) }),
  /** Prices and rates of the era, applied to every case as scenario overrides. */
  era: z.record(z.string(), eraValueSchema),
  /** The fixed set of other counting rules every case is also run under (and all of them at once). */
  countingRules: z.array(countingRuleSchema).default([]),
  cases: z.array(caseDefinitionSchema).min(1),
  /** Published cases with nothing to rebuild, and why. */
  notRebuilt: z.array(z.object({ id: z.string().min(1), reason: z.string().min(1) })).default([]),
}).superRefine((book, ctx) => {
  const rules = new Set(['modelled', allRulesId, ...book.countingRules.map((r) => r.id)]);
  book.countingRules.forEach((rule, i) => {
    if (rule.id === allRulesId) ctx.addIssue({ code: 'custom', path: ['countingRules', i, 'id'], message: `"${allRulesId}" names every rule at once` });
  });
  book.cases.forEach((definition, i) => {
    for (const [figure, text] of Object.entries(definition.explanations)) {
      for (const p of explanationPlaceholders(text ?? '')) {
        if (p.figure !== undefined && !(caseFigures as readonly string[]).includes(p.figure)) {
          ctx.addIssue({ code: 'custom', path: ['cases', i, 'explanations', figure], message: `{${p.text}} names figure "${p.figure}"; expected one of ${caseFigures.join(', ')}` });
        }
        if (!rules.has(p.rule)) {
          ctx.addIssue({ code: 'custom', path: ['cases', i, 'explanations', figure], message: `{${p.text}} names rule "${p.rule}"; expected one of ${[...rules].join(', ')}` });
        }
      }
    }
  });
});


export type CaseDefinition = z.output<typeof caseDefinitionSchema>;
export type CaseBook = z.output<typeof caseBookSchema>;
export type CountingRule = z.output<typeof countingRuleSchema>;
