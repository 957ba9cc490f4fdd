import type { AssumptionSet } from '../assumptions/assumption-set.js';
import type { Estate } from '../estate/estate.js';
import { InputError, type InputProblem } from '../errors.js';
import type { HostModel } from '../hosts/host-model.js';
import type { Scenario } from '../scenario/scenario.js';
import type { CorePerformanceTable } from '../sizing/core-performance-table.js';
import type { InputWarning } from './input-table.js';
import { loadAssumptions } from './load-assumptions.js';
import { loadCorePerformance } from './load-core-performance.js';
import { loadEstateWithWarnings } from './load-estate-with-warnings.js';
import { loadHostCatalogueWithWarnings } from './load-host-catalogue.js';
import { loadScenarios } from './load-scenarios.js';
import type { ReadLimits } from './read-input-bytes.js';

/** Everything one engine call reads from files. */
export interface Inputs {
  estate: Estate;
  hosts: HostModel[];
  assumptions: AssumptionSet;
  scenarios: Scenario[];
  /**
   * Per-core performance by purchase year, for servers without core_perf. Loaded with the other
   * inputs so every engine call (plan, tco, chat, report, summary) sizes servers alike.
   */
  corePerformance: CorePerformanceTable;
  /** Non-fatal findings (unknown columns, skipped powered-off VMs) to show the user. */
  warnings: InputWarning[];
}

export interface InputPaths {
  /** An estate file, or a bundled sample by name: `sample:acute` (the default), `sample:virtual`. */
  estate?: string;
  /** Today's virtualisation hosts (hosts-in-use CSV or JSON), added to the estate's. */
  hostsInUse?: string;
  /** Today's hypervisor licences (licences CSV or JSON), replacing the estate file's. */
  licences?: string;
  /** Rules giving VMs their service, criticality and environment (service-map CSV or JSON). */
  serviceMap?: string;
  hosts?: string;
  assumptions?: string;
  scenarios?: string;
  corePerformance?: string;
}

/**
 * Loads the inputs, each from its path or the bundled sample trust in data/. Problems in
 * several files are reported together in one InputError, so a user fixes everything in one go.
 *
 * @example const { estate, hosts, assumptions, scenarios } = await loadInputs({ estate: 'rvtools.xlsx' });
 */
export async function loadInputs(paths: InputPaths = {}, limits: ReadLimits = {}): Promise<Inputs> {
  const [estate, hosts, assumptions, scenarios, corePerformance] = await Promise.allSettled([
    loadEstateWithWarnings(paths.estate, {
      ...limits,
      ...(paths.hostsInUse !== undefined ? { hostsInUse: paths.hostsInUse } : {}),
      ...(paths.licences !== undefined ? { licences: paths.licences } : {}),
      ...(paths.serviceMap !== undefined ? { serviceMap: paths.serviceMap } : {}),
    }),
    loadHostCatalogueWithWarnings(paths.hosts, limits),
    loadAssumptions(paths.assumptions, limits),
    loadScenarios(paths.scenarios, limits),
    loadCorePerformance(paths.corePerformance),
  ]);
  const results = [estate, hosts, assumptions, scenarios, corePerformance];
  const problems: InputProblem[] = [];
  for (const r of results) {
    if (r.status === 'rejected') {
      if (!(r.reason instanceof InputError)) throw r.reason;
      problems.push(...r.reason.problems);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  const loadedEstate = settled(estate);
  const loadedHosts = settled(hosts);
  return {
    estate: loadedEstate.estate,
    hosts: loadedHosts.hosts,
    assumptions: settled(assumptions),
    scenarios: settled(scenarios),
    corePerformance: settled(corePerformance),
    warnings: [...loadedEstate.warnings, ...loadedHosts.warnings],
  };
}

function settled<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'fulfilled') return result.value;
  throw result.reason;
}
