/**
 * How close each tornado bar's re-plan comes to its own lower bound on a generated estate
 * (bench/scale-estate.ts), the re-plan the bar is priced on: warm from the base plan, with the
 * bars' packing effort. `npm run bench -- tornado-gaps` (UNSPRAWL_SCALE_SIZES=10000 by default).
 */
import { evaluate } from '../engine/evaluate.js';
import { loadInputs } from '../engine/io/load-inputs.js';
import { clusterCache } from '../engine/placement/cluster-cache.js';
import { planScenario } from '../engine/placement/plan-scenario.js';
import { barPacking } from '../engine/sensitivity/evaluation-sensitivity.js';
import { keyEffect } from '../engine/tco/key-effect.js';
import { icsSharedScenario } from './scale.js';
import { scaleEstate } from './scale-estate.js';

export async function run(): Promise<void> {
  const servers = Number((process.env.UNSPRAWL_SCALE_SIZES ?? '10000').split(',')[0]);
  const { hosts, assumptions, corePerformance } = await loadInputs();
  const estate = scaleEstate(servers);
  const scenario = icsSharedScenario(process.env.UNSPRAWL_SCALE_HOST ?? 'cheapest');
  const { plan } = evaluate({ estate, hosts, assumptions, scenario, corePerformance });
  const clusters = clusterCache();
  const onModel = { ...scenario, host: plan.hostModel.model };
  console.log(`tornado re-plans at ${servers.toLocaleString('en-GB')} servers: base ${plan.hosts} / ${plan.lowerBound} x ${plan.hostModel.model}`);
  console.log('key = value | hosts / lower bound (gap) | seconds');
  for (const a of assumptions.all().filter((e) => keyEffect(e.key) === 'replan' && e.low !== undefined && e.high !== undefined)) {
    for (const value of [a.low!, a.high!]) {
      const started = performance.now();
      const p = planScenario({ estate, hosts, assumptions: assumptions.with({ [a.key]: value }, 'cli'), scenario: onModel, corePerformance, warmStart: plan, packing: barPacking, clusters });
      const gap = ((p.hosts - p.lowerBound) / p.lowerBound) * 100;
      console.log(`${a.key} = ${value} | ${p.hosts} / ${p.lowerBound} (${gap.toFixed(2)}%) | ${((performance.now() - started) / 1000).toFixed(2)}`);
    }
  }
}

