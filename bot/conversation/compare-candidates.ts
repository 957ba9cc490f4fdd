import { hypervisors, type Scenario } from '../../engine/scenario/scenario.js';
import { describeScope } from '../understanding/describe-scope.js';
import { scopeExpression } from '../understanding/scope-expression.js';
import type { CompareTopic, Understanding } from '../understanding/understanding.js';
import type { ResolvedScenario } from './resolve-scenario.js';

/** One option of a comparison: its label in the table and the scenario to evaluate. */
export interface Candidate {
  label: string;
  scenario: Scenario;
}

const hypervisorNames = { vmware: 'VMware', hyperv: 'Hyper-V', proxmox: 'Proxmox VE' } as const;

/**
 * The scenarios a comparison evaluates, each the base scenario with one thing changed: the
 * hypervisor (those named, or all three), the host model (those named, one vendor's, or all),
 * DR off and on, the organisations sharing hosts or each on its own, or each named service or site on its own.
 */
export function compareCandidates(topic: Exclude<CompareTopic, 'dr-options' | 'dr-recycle'>, u: Understanding, resolved: ResolvedScenario, models: readonly string[]): Candidate[] {
  const base = resolved.scenario;
  switch (topic) {
    case 'hypervisors': {
      const list = u.hypervisors.length >= 2 ? u.hypervisors : [...hypervisors];
      return list.map((h) => ({ label: hypervisorNames[h], scenario: { ...base, hypervisor: h } }));
    }
    case 'hosts':
      return (u.hostModels.length >= 2 ? u.hostModels : models).map((model) => ({ label: model, scenario: { ...base, host: model } }));
    case 'sharing':
      return [
        { label: 'Shared hosts', scenario: { ...base, mixOrganisations: true } },
        { label: 'Each trust on its own hosts', scenario: { ...base, mixOrganisations: false } },
      ];
    case 'dr':
      return [
        { label: 'Without DR', scenario: { ...base, dr: { ...base.dr, enabled: false } } },
        { label: 'With DR', scenario: { ...base, dr: { ...base.dr, enabled: true } } },
      ];
    case 'scopes': {
      const named = resolved.scope;
      if (!named) return [];
      const parts = [
        ...named.services.map((service) => ({ ...named, services: [service], sites: [] })),
        ...named.sites.map((site) => ({ ...named, services: [], sites: [site] })),
      ];
      return parts.map((scope) => ({
        label: describeScope(scope),
        scenario: { ...base, name: describeScope(scope), scope: scopeExpression(scope), description: describeScope(scope) },
      }));
    }
  }
}
