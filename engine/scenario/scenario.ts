import { z } from 'zod';
import { drMethods } from '../dr/recovery-objectives.js';
import { criticalitySchema } from '../estate/server.js';
import { retireOptions } from '../retirement/retirement-review.js';

export const hypervisors = ['vmware', 'hyperv', 'proxmox'] as const;
export const hypervisorSchema = z.enum(hypervisors, { error: 'expected vmware, hyperv or proxmox' });
export type Hypervisor = z.infer<typeof hypervisorSchema>;

/**
 * The hypervisor used when a scenario names a host model rule other than best value and no
 * hypervisor: Hyper-V, the one the sample trust's options rank first on NPV.
 */
export const defaultHypervisor: Hypervisor = 'hyperv';

/**
 * `best-value`: choose by NPV (licensing, storage and energy included) among the catalogue's
 * host models x hypervisors, within whatever the scenario fixes (engine/choose-option.ts).
 */
export const bestValue = 'best-value' as const;
export const hypervisorChoiceSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum([...hypervisors, bestValue], { error: 'expected vmware, hyperv, proxmox or best-value' }));
export type HypervisorChoice = z.infer<typeof hypervisorChoiceSchema>;

/** The do-nothing case an option is appraised against (docs/model.md, "Baselines"). */
export const baselines = ['sweat', 'refresh', 'full-refresh'] as const;
export type Baseline = (typeof baselines)[number];
/** Each baseline as the front ends name it ("do nothing = ..."). */
export const baselineNames: Record<Baseline, string> = {
  sweat: 'sweat the assets (replace at end of life)',
  refresh: 'like-for-like refresh of every server on a cycle',
  'full-refresh': 'full refresh (every server replaced like for like in year 0, then on a cycle)',
};

/**
 * A "what if": which part of the estate, onto which host model, with which hypervisor and DR,
 * over what horizon, with which assumption overrides. Named scenarios live in data/scenarios.json;
 * chat questions and CLI flags build the same object.
 */
export const scenarioSchema = z.object({
  name: z.string().trim().min(1, { error: 'expected a scenario name' }),
  description: z.string().trim().optional(),
  /** Scope expression (engine/scenario/scope.ts), e.g. `service="Ward systems",Pathology; site=Main`. */
  scope: z.string().trim().default('all'),
  /**
   * A catalogue model name; "best-value" (the default) to choose the model x hypervisor with the
   * highest NPV; or "cheapest" for the model with the lowest hardware cost (purchase + support).
   */
  host: z.string().trim().min(1).default(bestValue),
  /** A hypervisor, or "best-value" (the default) to choose it by NPV with the host model. */
  hypervisor: hypervisorChoiceSchema.default(bestValue),
  /**
   * Do nothing as "sweat the assets" (replace each server at the end of its service life, the
   * backlog spread over refresh.backlogYears), "refresh" (like-for-like refresh of every server
   * on a cycle of baseline.refreshYears, anything older replaced in year 0) or "full-refresh"
   * (every server and host replaced like for like at once in year 0, whatever its age, then on
   * the same cycle: how many 2008 business cases costed doing nothing).
   */
  baseline: z.enum(baselines, { error: 'expected sweat, refresh or full-refresh' }).default('sweat'),
  dr: z
    .object({
      enabled: z.boolean().default(false),
      /** Workloads at or above this criticality are protected. */
      minCriticality: criticalitySchema.default('high'),
      /** Site that hosts the mirrored cluster; default: the estate's second site. */
      site: z.string().trim().min(1).optional(),
      /**
       * How the DR tier is recovered (engine/dr/recovery-objectives.ts): a mirrored cluster kept by
       * `host` (host-based replication software, the default when absent) or `san` (SAN-to-SAN
       * replication between the arrays), or no cluster but backups restored onto rebuilt hosts:
       * `disk` (a backup target at the second site) or `tape` (tapes taken off site).
       */
      method: z.enum(drMethods, { error: 'expected host, san, disk or tape' }).optional(),
      /** The spelling of `method` (host|san) before backups could be chosen; read as `method`, which wins. */
      replication: z.enum(['host', 'san'], { error: 'expected host or san' }).optional(),
    })
    .transform(({ replication, ...dr }) => {
      const method = dr.method ?? replication;
      return method === undefined ? dr : { ...dr, method };
    })
    .default({ enabled: false, minCriticality: 'high' }),
  /**
   * Reuse moved servers still under warranty and at least as large as the host model as hosts
   * (DR hosts first) instead of buying new ones (engine/tco/recycled-hosts.ts).
   */
  recycle: z.boolean().optional(),
  /** Keep each site in its own cluster instead of consolidating across sites. */
  separateSites: z.boolean().default(false),
  /**
   * Switch off instead of moving: `none` (move every server), `zombie` (switch off the servers
   * near zero on every signal) or `idle` (the zombies and the idle servers); engine/retirement.
   * Absent means none, so scenarios written before this option still read the same.
   */
  retire: z.enum(retireOptions, { error: 'expected none, zombie or idle' }).optional(),
  /**
   * Let workloads of different organisations (the estate's `organisation` column) share hosts:
   * "what if the trusts shared their data centres?". Unset or false, each organisation gets its own
   * clusters. Optional rather than defaulted so scenarios stored before it existed still type-check.
   */
  mixOrganisations: z.boolean().optional(),
  /**
   * The only sites the new hosts may stand in ("what if the trusts shared Castle Hill and
   * Riverside?"): workloads at a named site stay there, the rest move to the main named site
   * (engine/placement/assign-clusters.ts). Absent, any site may, as separateSites decides.
   */
  dataCentres: z.array(z.string().trim().min(1, { error: 'expected a site name' })).min(1, { error: 'expected at least one site' }).optional(),
  /** Assumption overrides by key (see data/assumptions.json). */
  overrides: z.record(z.string(), z.number()).default({}),
});

export type Scenario = z.output<typeof scenarioSchema>;
/** A scenario with its choices made: a catalogue host model and a hypervisor (evaluate() resolves them). */
export type ResolvedScenario = Omit<Scenario, 'hypervisor'> & { hypervisor: Hypervisor };
export type ScenarioInput = z.input<typeof scenarioSchema>;

/**
 * Parses a scenario that names its hypervisor, for callers that appraise a fixed option (tests,
 * options built in code); "best-value" is refused because only evaluate() can resolve it.
 */
export function resolvedScenario(input: ScenarioInput): ResolvedScenario {
  const scenario = scenarioSchema.parse(input);
  const { hypervisor } = scenario;
  if (hypervisor === bestValue) throw new RangeError(`resolvedScenario: scenario "${scenario.name}" leaves the hypervisor to best value; name one, or use evaluate()`);
  return { ...scenario, hypervisor };
}
