import { pathToFileURL } from 'node:url';
import { evaluate } from '../engine/evaluate.js';
import { loadInputs } from '../engine/io/load-inputs.js';
import { breakEven } from '../engine/sensitivity/break-even.js';
import { evaluationNpvModel } from '../engine/sensitivity/evaluation-sensitivity.js';
import { monteCarlo, standardDraws } from '../engine/sensitivity/monte-carlo.js';
import { tornado } from '../engine/sensitivity/tornado.js';
import { appraise } from '../engine/tco/appraise.js';
import { compareOptions } from '../engine/compare-options.js';
import { formatMoney } from '../reports/format/numbers.js';

const ms = (from: number) => `${(performance.now() - from).toFixed(1)} ms`;

/**
 * Times the TCO engine on the bundled sample trust, full-consolidation scenario: one appraisal
 * (on an existing plan), one evaluate (plan + appraisal), the tornado and break-even values,
 * 10,000 Monte Carlo draws (target: under 1 s) and the host model x hypervisor ranking.
 */
export async function run(): Promise<void> {
  const { estate, hosts, assumptions, scenarios, corePerformance } = await loadInputs();
  const scenario = scenarios.find((s) => s.name === 'full-consolidation') ?? scenarios[0]!;
  let t = performance.now();
  const evaluation = evaluate({ estate, hosts, assumptions, scenario, corePerformance });
  const evaluateTime = ms(t);
  const { plan } = evaluation;
  const repeats = 50;
  t = performance.now();
  for (let i = 0; i < repeats; i += 1) appraise({ estate, hosts, assumptions, scenario: evaluation.scenario, plan });
  const appraiseEach = ((performance.now() - t) / repeats).toFixed(2);
  const model = evaluationNpvModel({ estate, hosts, evaluation, corePerformance });
  t = performance.now();
  const bars = tornado(model);
  const tornadoTime = ms(t);
  t = performance.now();
  const top = bars.rows.filter((r) => r.effect !== 'replan' && r.swing > 0).slice(0, 3).map((r) => breakEven(model, r.key));
  const breakEvenTime = ms(t);
  monteCarlo(model, { draws: 1_000 });
  t = performance.now();
  const mc = monteCarlo(model, { draws: 10_000 });
  const mcTime = performance.now() - t;
  t = performance.now();
  const comparison = compareOptions({ estate, hosts, assumptions, scenario, corePerformance });
  const compareTime = ms(t);
  const a = evaluation.appraisal;
  console.log(`tco: sample trust (${estate.servers.length} servers), scenario ${scenario.name}: ${plan.hosts} x ${plan.hostModel.model}, ${a.servers.moved} servers moved`);
  console.log(`  NPV ${formatMoney(a.npv)}, payback ${a.paybackMonths === null ? `not within ${a.horizonYears} years` : `${a.paybackMonths} months`}`);
  console.log(`  evaluate (best value: every host model planned, every option appraised) ${evaluateTime}; appraisal on the chosen plan ${appraiseEach} ms (mean of ${repeats})`);
  console.log(`  tornado (${bars.rows.length} keys, sizing keys re-planned) ${tornadoTime}; break-even of ${top.length} keys ${breakEvenTime}`);
  console.log(`  Monte Carlo 10,000 draws (${mc.keys.length} keys, ${mc.plannedLevels.length} of them re-planned at 2 levels) ${mcTime.toFixed(1)} ms (target < 1,000 ms): median ${formatMoney(mc.p50)}, P(NPV < 0) ${(mc.probabilityNegative * 100).toFixed(1)}%`);
  t = performance.now();
  monteCarlo(evaluationNpvModel({ estate, hosts, evaluation, corePerformance }));
  console.log(`  Monte Carlo at the standard ${standardDraws.toLocaleString('en-GB')} draws, cold (its re-plans included, as a chat answer pays them) ${ms(t)}`);
  console.log(`  compare options (${hosts.length} host models x 3 hypervisors, ${comparison.ranked.length} ranked) ${compareTime}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
