import { z } from 'zod';
import { criticalitySchema } from '../estate/server.js';

export const hypervisors = ['vmware', 'hyperv', 'proxmox'] as const;
export const hypervisorSchema = z.enum(hypervisors, { error: 'expected vmware, hyperv or proxmox' });
export type Hypervisor = z.infer<typeof hypervisorSchema>;

/**
 * Hyper-V by default: with VMware by Broadcom's per-core subscriptions (16-core minimum per CPU)
 * it is the most expensive hypervisor in every option the sample trust ranks; every answer offers
 * "Compare hypervisors", and a trust that stays on VMware says so in its scenario.
 */
export const defaultHypervisor: Hypervisor = 'hyperv';

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
  /** A catalogue model name, or "cheapest" to choose the model with the lowest cost. */
  host: z.string().trim().min(1).default('cheapest'),
  hypervisor: hypervisorSchema.default(defaultHypervisor),
  dr: z
    .object({
      enabled: z.boolean().default(false),
      /** Workloads at or above this criticality get a mirrored copy at the DR site. */
      minCriticality: criticalitySchema.default('high'),
      /** Site that hosts the mirrored cluster; default: the estate's second site. */
      site: z.string().trim().min(1).optional(),
    })
    .default({ enabled: false, minCriticality: 'high' }),
  /** Keep each site in its own cluster instead of consolidating across sites. */
  separateSites: z.boolean().default(false),
  /**
   * Let workloads of different organisations (the estate's `organisation` column) share hosts:
   * "what if the trusts shared their data centres?". Unset or false, each organisation gets its own
   * clusters. Optional rather than defaulted so scenarios stored before it existed still type-check.
   */
  mixOrganisations: z.boolean().optional(),
  /** Assumption overrides by key (see data/assumptions.json). */
  overrides: z.record(z.string(), z.number()).default({}),
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
