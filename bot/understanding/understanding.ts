import { z } from 'zod';
import { drMethods } from '../../engine/dr/recovery-objectives.js';
import { criticalitySchema } from '../../engine/estate/server.js';
import { baselines, hypervisorSchema } from '../../engine/scenario/scenario.js';
import { maturityCapabilities } from '../../engine/maturity/assess-maturity.js';
import { caseFigures } from '../../engine/cases/case-definition.js';

/** What a question asks for. `what-if` covers follow-ups that refine the last scenario. */
export const intentSchema = z.enum([
  'what-if',
  'estate',
  'compare',
  'sensitivity',
  'assumptions',
  'business-case',
  'summary',
  'help',
  'unknown',
]);
export type Intent = z.infer<typeof intentSchema>;

export const estateTopicSchema = z.enum([
  'overview',
  'count',
  'age',
  'warranty',
  'power',
  'energy',
  'carbon',
  'biggest',
  'not-virtualisable',
  'support',
  'power-by-service',
  'switch-off',
  'maturity',
  'do-nothing',
  'hosts-today',
  'licence-renewal',
  'running-cost-by-service',
  'cost-line',
  /** Moved servers that could become hosts instead of new ones (engine/tco/recycled-hosts.ts). */
  'recyclable',
  /** The 2008 published NHS cases rebuilt and run through the engine (engine/cases, `unsprawl cases`). */
  'published-cases',
  /** Provisioning time, planned downtime avoided by live migration, recovery time (engine/benefits). */
  'non-cash-benefits',
]);
export type EstateTopic = z.infer<typeof estateTopicSchema>;

/** A running cost people ask today's spend on ("how much does backup cost us?"), when no estate topic of its own answers it. */
export const costLineAskedSchema = z.enum(['backup', 'rack', 'staff', 'licences']);
export type CostLineAsked = z.infer<typeof costLineAskedSchema>;

/**
 * `dr-options`: the ways of doing DR, costed (engine/dr); `dr-recycle`: the same, asked as "could
 * we reuse servers as DR hosts?"; `sharing`: the organisations sharing hosts against each on its own.
 */
export const compareTopicSchema = z.enum(['hypervisors', 'hosts', 'scopes', 'dr', 'dr-options', 'dr-recycle', 'sharing']);
export type CompareTopic = z.infer<typeof compareTopicSchema>;

/**
 * What a what-if asks for organisation by organisation ("the NPV by trust", "how many hosts would
 * each trust need?"); `benefit` ranks by NPV; `figures` asks for each trust's figures in general.
 */
export const organisationFigureSchema = z.enum(['saving', 'npv', 'capital', 'energy', 'hosts', 'payback', 'benefit', 'figures']);
export type OrganisationFigure = z.infer<typeof organisationFigureSchema>;

/** drivers = tornado ("what matters most"), break-even, risk = Monte Carlo ("how sure are we"). */
export const sensitivityTopicSchema = z.enum(['drivers', 'break-even', 'risk']);
export type SensitivityTopic = z.infer<typeof sensitivityTopicSchema>;

/**
 * The part of the estate a question names, with every name already resolved to the estate's own
 * spelling ("ward sytems" -> "Ward systems"). Empty lists mean "not mentioned".
 */
export const scopeMentionSchema = z.object({
  all: z.boolean().default(false),
  services: z.array(z.string()).default([]),
  sites: z.array(z.string()).default([]),
  environments: z.array(z.string()).default([]),
  /** "critical systems" -> critical, "high and critical" -> high: at or above. */
  minCriticality: criticalitySchema.optional(),
  /** "medium and below", "anything not critical" -> at or below. */
  maxCriticality: criticalitySchema.optional(),
  /** "Everything that's still physical", "the physical boxes": only physical (not yet virtual) servers. */
  kind: z.enum(['physical']).optional(),
  /** Exactly these levels ("the low-criticality servers", "medium or low"). */
  criticalities: z.array(criticalitySchema).default([]),
  serverIds: z.array(z.string()).default([]),
  /** Operating systems in the estate's spelling ("2008 R2" -> "Windows Server 2008 R2"; "Linux" -> every Linux). */
  os: z.array(z.string()).default([]),
  /** Organisations (trusts) in the estate's spelling, in an estate that names them ("just Northfield"). */
  organisations: z.array(z.string()).default([]),
  /** What "except", "all but", "not", "excluding" leave out. */
  excluded: z
    .object({
      services: z.array(z.string()).default([]),
      sites: z.array(z.string()).default([]),
      environments: z.array(z.string()).default([]),
      serverIds: z.array(z.string()).default([]),
      os: z.array(z.string()).default([]),
      organisations: z.array(z.string()).default([]),
    })
    .default({ services: [], sites: [], environments: [], serverIds: [], os: [], organisations: [] }),
});
export type ScopeMention = z.output<typeof scopeMentionSchema>;

/** A scope that names nothing; `all: true` for the whole estate. */
export function emptyScope(all = false): ScopeMention {
  return scopeMentionSchema.parse({ all });
}

export const choiceSchema = z.object({ label: z.string(), question: z.string() });

/** Words that look like a name the trust does not have ("cardiology", "the Leeds site", "Nutanix"). */
export const unknownNameSchema = z.object({
  kind: z.enum(['service', 'site', 'product', 'number']),
  text: z.string(),
  /** The nearest names the trust does have, best first (never used in its place). */
  closest: z.array(z.string()).default([]),
});
export type UnknownName = z.output<typeof unknownNameSchema>;

/** Why a message gets the help answer instead of figures. */
export const refusalSchema = z.enum(['secret', 'figures', 'instructions']);
export type Refusal = z.infer<typeof refusalSchema>;

/** The structured reading of one chat message; everything the bot core needs to call the engine. */
export const understandingSchema = z.object({
  intent: intentSchema,
  scope: scopeMentionSchema,
  /** A catalogue model (exact catalogue spelling) or a vendor whose models may be used. */
  host: z.object({ model: z.string().optional(), vendor: z.string().optional() }).default({}),
  /** Every vendor named, in order ("Dell or HPE" compares the two). */
  vendors: z.array(z.string()).default([]),
  /** Every host model named, in order ("compare R660 and DL380" compares just those). */
  hostModels: z.array(z.string()).default([]),
  /** Hypervisors named, in the order named (a what-if uses the first; compare uses all). */
  hypervisors: z.array(hypervisorSchema).default([]),
  /** The hypervisor being left ("move off VMware", "replace Hyper-V"): never the target, which is the other one named or the best value of the rest. */
  leaving: hypervisorSchema.optional(),
  dr: z
    .object({
      enabled: z.boolean(),
      minCriticality: criticalitySchema.optional(),
      site: z.string().optional(),
      /** "What if we did DR with tape?": the one way of recovering named in a what-if (scenario dr.method). */
      method: z.enum(drMethods).optional(),
    })
    .optional(),
  /** Assumption overrides in words ("at 30p/kWh", "N+2", "over 7 years"), by assumption key. */
  overrides: z.record(z.string(), z.number()).default({}),
  estateTopic: estateTopicSchema.optional(),
  /** An estate question or a what-if split by organisation ("how many servers does each trust have?", "power by trust", "the saving per trust"). */
  byOrganisation: z.boolean().optional(),
  /** The figure a what-if asked for organisation by organisation, named in the answer's headline. */
  organisationFigure: organisationFigureSchema.optional(),
  /** The running cost a cost-line question is about. */
  costLine: costLineAskedSchema.optional(),
  /** "How many servers are over 10 years old?": the age an age question counts servers older than. */
  olderThanYears: z.number().int().min(0).optional(),
  /**
   * "What if the trusts shared hosts / two data centres / Castle Hill and Riverside?": the
   * organisations share hosts (`mix`), in the sites named (estate spelling) or in the `count`
   * largest sites when only a number is given; "keep the trusts apart" is `mix: false`.
   */
  sharing: z
    .object({
      mix: z.boolean(),
      dataCentres: z.array(z.string()).default([]),
      count: z.number().int().min(1).optional(),
      /** "into Northfield's data centre": the organisations whose main site (holding most of their servers) the hosts go to. */
      dataCentresOf: z.array(z.string()).optional(),
    })
    .optional(),
  /**
   * "Could we close a data centre?", "what if we closed Elm Park DC?": the sites named to close
   * (estate spelling), or how many to close when none is named (the smallest, chosen by the core),
   * or how many to keep ("get down to one data centre": the largest, chosen by the core).
   */
  closeSites: z.object({ sites: z.array(z.string()).default([]), count: z.number().int().min(1).optional(), keep: z.number().int().min(1).optional() }).optional(),
  /** "what RPO would tape give us?": the DR method a DR-options question is about, led with in the answer. */
  drMethod: z.enum(drMethods).optional(),
  /** "what if we used our newer servers as hosts?": reuse moved servers still under warranty as hosts (scenario `recycle`). */
  recycle: z.boolean().optional(),
  /** "against a like-for-like refresh" (refresh), "against sweating the assets" (sweat): the do-nothing case (scenario `baseline`). */
  baseline: z.enum(baselines).optional(),
  /** "how mature is our capacity management?": the NIMM capability a maturity question leads with. */
  maturityCapability: z.enum(maturityCapabilities).optional(),
  /** "how much downtime would live migration save us?": the non-cash benefit a benefits question leads with. */
  benefit: z.enum(['provisioningTime', 'plannedDowntime', 'recoveryTime', 'siteRecoveryTime']).optional(),
  /** "did other trusts cut energy by 75%?": the published cases' figure asked about; `ourPlan` when our plan is set beside them. */
  cases: z.object({ figure: z.enum(caseFigures).optional(), ourPlan: z.boolean() }).optional(),
  /** "retire the zombies first": switch those servers off instead of moving them (scenario `retire`). */
  retire: z.enum(['zombie', 'idle']).optional(),
  compareTopic: compareTopicSchema.optional(),
  sensitivityTopic: sensitivityTopicSchema.optional(),
  /** Assumption key a break-even question is about ("break-even energy price"). */
  breakEvenKey: z.string().optional(),
  /** A short message that only adjusts the last answer ("and with DR?", "what about 7 years?"). */
  followUp: z.boolean().default(false),
  /** A follow-up that adds to the last scope rather than replacing it ("and pathology too"). */
  addsToScope: z.boolean().default(false),
  /** Words of the question no rule used, as typed (after spelling correction), for "Read as". */
  unusedWords: z.array(z.string()).default([]),
  /** Names the trust does not have: named back to the user, never replaced by a near one. */
  unknownNames: z.array(unknownNameSchema).default([]),
  /** Typos corrected to a name, as [typed, read as] ("pathalogy" -> "Pathology LIMS"). */
  corrections: z.array(z.object({ typed: z.string(), readAs: z.string() })).default([]),
  /** Asks for secrets, tries to set figures or to change the bot's instructions: answered with help. */
  refusal: refusalSchema.optional(),
  /** "thanks!", "cheers": a courtesy, answered with a short acknowledgement, not a help page. */
  courtesy: z.boolean().optional(),
  /** Set when the question could mean several things: ask before answering. */
  clarify: z.object({ question: z.string(), choices: z.array(choiceSchema).min(2) }).optional(),
});
export type Understanding = z.output<typeof understandingSchema>;
