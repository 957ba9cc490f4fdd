import { evaluate } from '../../engine/evaluate.js';
import { evaluationDrOptions } from '../../engine/dr/evaluation-dr-options.js';
import type { DrOptions } from '../../engine/dr/dr-options.js';
import { recyclingShortfall } from '../../engine/dr/recycling-shortfall.js';
import type { Inputs } from '../../engine/io/load-inputs.js';
import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import { appraisalYear } from '../../engine/tco/appraisal-year.js';
import { knownPurchaseYear } from '../../engine/tco/server-lifecycle.js';
import { hypervisors, type Scenario } from '../../engine/scenario/scenario.js';
import { selectScope } from '../../engine/scenario/scope.js';
import { quoteScopeValue } from '../../engine/scenario/quote-scope-value.js';
import type { AppraisedOption } from './business-case-input.js';
import { hypervisorName } from './hypervisor-name.js';
import { scopeInWords } from './scope-in-words.js';

export interface OptionSet {
  preferred: AppraisedOption;
  alternatives: AppraisedOption[];
  /** The ways of doing DR for the scenario's DR tier, costed over the option without DR. */
  drOptions: DrOptions;
  /** Why no server can be reused as a host, when the recycled-kit option could not be costed for that reason. */
  recycling?: string;
}

/**
 * The options of the economic case, each one evaluate() call on the same inputs and assumptions:
 * the scenario asked for (preferred, exactly as `unsprawl tco` runs it); the same with the DR
 * choice reversed; and a "do minimum" that consolidates only the in-scope servers already out of
 * warranty; the same consolidation on each other hypervisor, so the long list costs on-premises
 * consolidation per hypervisor; and, when the review finds zombie servers, "retire first"
 * (switch them off, move the rest); "recycled kit" (the preferred option with moved servers still
 * under warranty reused as hosts, DR hosts first) when any qualify; on an estate of several
 * organisations, shared ICS hosting (or each on its own hosts, when the scenario shares). Doing nothing is every
 * appraisal's own baseline, so it needs no run of its own. The DR options (mirrored room with SAN
 * or host-based replication, backup to disk or tape) are costed over the option without DR.
 */
export function appraiseOptions(inputs: Inputs, scenario: Scenario, assumptions: AssumptionSet): OptionSet {
  const run = (s: Scenario) => evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions, scenario: s, corePerformance: inputs.corePerformance });
  const preferredRun = run(scenario);
  // The other options use the host model the preferred option chose: like-for-like hardware, and
  // one plan each instead of a search over the whole catalogue.
  const sameHosts = (s: Scenario): Scenario => ({ ...s, host: preferredRun.plan.hostModel.model, hypervisor: preferredRun.scenario.hypervisor });
  const hypervisor = hypervisorName(preferredRun.scenario.hypervisor);
  const target = `onto ${hypervisor}`;
  const what = scopeInWords(scenario.scope);
  const method = scenario.dr.method ?? 'host';
  const backup = method === 'disk' || method === 'tape';
  const drWords = backup ? `with DR by backup to ${method === 'disk' ? 'disk at a second site' : 'tape kept off site'}` : 'with a mirrored DR site';
  const withDr = `consolidate ${what} ${target} ${drWords}`;
  const withoutDr = `consolidate ${what} ${target}`;
  const flipped: Scenario = { ...scenario, name: `${scenario.name} (DR ${scenario.dr.enabled ? 'off' : 'on'})`, dr: { ...scenario.dr, enabled: !scenario.dr.enabled } };
  const [noDr, dr] = scenario.dr.enabled ? [flipped, scenario] : [scenario, flipped];
  const noDrOption: AppraisedOption = {
    label: `Option 3: ${withoutDr}`,
    description: `Move every virtualisable server in scope onto new hosts, N+1 in each cluster, ${hypervisor}; no recovery site.`,
    evaluation: scenario.dr.enabled ? run(sameHosts(noDr)) : preferredRun,
  };
  const drOption: AppraisedOption = {
    label: `Option 4: ${withDr}`,
    description: backup
      ? `As option 3, plus backup to ${method === 'disk' ? 'disk at a second site' : 'tape kept off site'} for ${dr.dr.minCriticality} and more critical systems, restored onto hosts found or bought after the main site is lost.`
      : `As option 3, plus a mirrored cluster at the second site for ${dr.dr.minCriticality} and more critical systems, with ${method === 'san' ? 'SAN-to-SAN' : 'host-based'} replication.`,
    evaluation: scenario.dr.enabled ? preferredRun : run(sameHosts(dr)),
  };
  const options = [noDrOption, drOption];
  const minimum = doMinimumScenario(inputs, scenario, assumptions);
  if (minimum) {
    options.unshift({
      label: 'Option 2: do minimum',
      description: 'Consolidate only the in-scope servers already out of warranty; keep the rest as they are.',
      evaluation: run(sameHosts(minimum)),
    });
  }
  const chosen = preferredRun.scenario.hypervisor;
  const others = hypervisors.filter((h) => h !== chosen);
  others.forEach((h, i) => {
      options.push({
        label: `Option ${5 + i}: consolidate ${what} onto ${hypervisorName(h)}${scenario.dr.enabled ? ` ${drWords}` : ''}`,
        description: `As option ${scenario.dr.enabled ? 4 : 3}, on ${hypervisorName(h)} instead of ${hypervisor}, on the same host model.`,
        evaluation: run(sameHosts({ ...scenario, name: `${scenario.name} (${h})`, hypervisor: h })),
      });
    });
  const preferred = scenario.dr.enabled ? drOption : noDrOption;
  // Retire first: the preferred option after switching off the servers near zero on every signal,
  // offered when the scenario moves everything and the review finds any.
  if ((scenario.retire ?? 'none') === 'none') {
    const retireFirst = run(sameHosts({ ...scenario, name: `${scenario.name} (retire first)`, retire: 'zombie' }));
    const off = retireFirst.plan.retired?.length ?? 0;
    if (off > 0) {
      options.push({
        label: `Option ${5 + others.length}: retire first`,
        description: `As option ${scenario.dr.enabled ? 4 : 3}, but first switch off the ${off} servers that are near zero on every activity signal (zombies) instead of moving them, after ${assumptions.get('retire.verificationMonths')} months' checks with their owners.`,
        evaluation: retireFirst,
      });
    }
  }
  const sharing = sharingOption(inputs, scenario, nextNumber(options), scenario.dr.enabled ? 4 : 3);
  if (sharing) options.push({ ...sharing, evaluation: run(sameHosts(sharing.scenario)) });
  const drOptions = evaluationDrOptions(noDrOption.evaluation, inputs, scenario.dr.minCriticality);
  if (scenario.recycle) return { preferred, alternatives: options.filter((o) => o !== preferred), drOptions };
  // Recycled kit: the preferred option with moved servers still under warranty, and as large as
  // the host model, reused as hosts (DR hosts first, as the 2008 trust did) instead of bought.
  const recycled = run(sameHosts({ ...scenario, name: `${scenario.name} (recycled kit)`, recycle: true }));
  const reused = recycled.appraisal.recycledHosts ?? [];
  if (reused.length === 0) {
    const moved = new Set(recycled.plan.placements.map((p) => p.workload));
    const recycling = recyclingShortfall(recycled.plan.hostModel, inputs.estate.servers.filter((s) => moved.has(s.id)), recycled.appraisal.appraisalYear, assumptions.get('support.warrantyYears'));
    return { preferred, alternatives: options.filter((o) => o !== preferred), drOptions, recycling };
  }
  options.push({
    label: `Option ${nextNumber(options)}: recycled kit`,
    description: `As option ${scenario.dr.enabled ? 4 : 3}, with ${reused.length} moved server${reused.length === 1 ? '' : 's'} still under warranty reused as hosts (${reused.map((r) => `${r.server} as ${r.host}`).join(', ')}) instead of buying new ones; their own support and power are costed, no purchase.`,
    evaluation: recycled,
  });
  return { preferred, alternatives: options.filter((o) => o !== preferred), drOptions };
}

function nextNumber(options: readonly AppraisedOption[]): number {
  return Math.max(...options.map((o) => Number(/^Option (\d+)/.exec(o.label)?.[1] ?? 0))) + 1;
}

/**
 * On an estate of several organisations (an ICS), the other way of hosting them: shared hosts
 * when the scenario keeps each organisation apart, or each on its own hosts when it mixes them, so
 * the long list costs shared ICS hosting from the inventory instead of assessing it in words.
 */
function sharingOption(inputs: Inputs, scenario: Scenario, number: number, basis: number): { label: string; description: string; scenario: Scenario } | undefined {
  const organisations = new Set(selectScope(inputs.estate.servers, scenario.scope).flatMap((s) => (s.organisation ? [s.organisation] : [])));
  if (organisations.size < 2) return undefined;
  const mixed = scenario.mixOrganisations ?? false;
  return mixed
    ? {
        label: `Option ${number}: each organisation on its own hosts`,
        description: `As option ${basis}, but the ${organisations.size} organisations' servers never share a host: each has clusters of its own.`,
        scenario: { ...scenario, name: `${scenario.name} (own hosts)`, mixOrganisations: false },
      }
    : {
        label: `Option ${number}: shared ICS hosting`,
        description: `As option ${basis}, but the ${organisations.size} organisations' servers share hosts (placement may mix them in one cluster) instead of each having hosts of its own.`,
        scenario: { ...scenario, name: `${scenario.name} (shared hosting)`, mixOrganisations: true },
      };
}

/** The in-scope physical servers out of warranty at year 0, as a scope of ids; none when that is all or nothing. */
function doMinimumScenario(inputs: Inputs, scenario: Scenario, assumptions: AssumptionSet): Scenario | undefined {
  const inScope = selectScope(inputs.estate.servers, scenario.scope);
  const year0 = appraisalYear(inputs.estate, assumptions).appraisalYear;
  const warrantyYears = assumptions.get('support.warrantyYears');
  const expired = inScope.filter((s) => {
    const end = s.warrantyEnd !== undefined ? Number(s.warrantyEnd.slice(0, 4)) : (knownPurchaseYear(s, warrantyYears) ?? Infinity) + warrantyYears;
    return s.kind === 'physical' && s.virtualisable && end < year0;
  });
  if (expired.length === 0 || expired.length === inScope.length) return undefined;
  return { ...scenario, name: `${scenario.name} (do minimum)`, scope: `id=${expired.map((s) => quoteScopeValue(s.id)).join(',')}`, dr: { ...scenario.dr, enabled: false } };
}
