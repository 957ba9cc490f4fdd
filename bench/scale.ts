/**
 * Scale: plan and tco on generated estates of 10,000, 50,000 and 100,000 servers (bench/scale-estate.ts),
 * the way an integrated care system would run them: every organisation on shared hosts
 * (mixOrganisations) in one cluster, the cheapest host model. Each run is its own process, so the
 * figures are that process's wall-clock, CPU time and peak memory (max RSS).
 * `npm run bench -- scale`; UNSPRAWL_SCALE_SIZES=10000,50000 and UNSPRAWL_SCALE_COMMANDS=plan
 * choose the runs, UNSPRAWL_SCALE_HOST a host model instead of "cheapest" (tco then appraises
 * that one model, as after choosing it, instead of every model for the best-value comparison).
 */
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { evaluate } from '../engine/evaluate.js';
import { loadInputs } from '../engine/io/load-inputs.js';
import { planScenario } from '../engine/placement/plan-scenario.js';
import { evaluationSensitivity } from '../engine/sensitivity/evaluation-sensitivity.js';
import { standardDraws, standardSeed } from '../engine/sensitivity/monte-carlo.js';
import { scenarioSchema } from '../engine/scenario/scenario.js';
import { scaleEstate } from './scale-estate.js';

type Command = 'plan' | 'tco';

interface RunFigures {
  servers: number;
  command: Command;
  hosts: number;
  lowerBound: number;
  model: string;
  engineSeconds: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakMb: number;
}

const sizes = (process.env.UNSPRAWL_SCALE_SIZES ?? '10000,50000,100000').split(',').map(Number);
const commands = (process.env.UNSPRAWL_SCALE_COMMANDS ?? 'plan,tco').split(',') as Command[];
/** tco at 100,000 servers has no target; it runs only when asked for. */
const tcoLimit = Number(process.env.UNSPRAWL_SCALE_TCO_MAX ?? 50_000);
const host = process.env.UNSPRAWL_SCALE_HOST ?? 'cheapest';
/** Monte Carlo draws: the tco command's default unless UNSPRAWL_SCALE_DRAWS asks for more. */
const draws = Number(process.env.UNSPRAWL_SCALE_DRAWS ?? standardDraws);

/** One run in this process: prints its figures as JSON on the last line. */
async function one(servers: number, command: Command): Promise<void> {
  const { hosts, assumptions, corePerformance } = await loadInputs();
  const estate = scaleEstate(servers);
  const scenario = icsSharedScenario(host);
  const engineStart = performance.now();
  let plan;
  if (command === 'plan') plan = planScenario({ estate, hosts, assumptions, scenario, corePerformance });
  else {
    const evaluation = evaluate({ estate, hosts, assumptions, scenario, corePerformance });
    evaluationSensitivity({ estate, hosts, evaluation, corePerformance }, { draws, seed: standardSeed });
    plan = evaluation.plan;
  }
  const cpu = process.cpuUsage();
  const figures: RunFigures = {
    servers, command, hosts: plan.hosts, lowerBound: plan.lowerBound, model: plan.hostModel.model,
    engineSeconds: (performance.now() - engineStart) / 1000,
    wallSeconds: process.uptime(),
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakMb: process.resourceUsage().maxRSS / 1024,
  };
  console.log(JSON.stringify(figures));
}

/** The scale benches' scenario: every organisation on shared hosts in one cluster, on the host model given. */
export function icsSharedScenario(hostModel: string) {
  return scenarioSchema.parse({ name: 'ics-shared', host: hostModel, separateSites: false, mixOrganisations: true });
}

export async function run(): Promise<void> {
  console.log(`scale: generated ICS estates, every organisation on shared hosts, one cluster, host model ${host}`);
  console.log('servers | command | hosts / lower bound (gap) | engine | process wall | process CPU | peak memory');
  for (const servers of sizes) {
    for (const command of commands) {
      if (command === 'tco' && servers > tcoLimit) continue;
      const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, 'one', String(servers), command], {
        encoding: 'utf8', maxBuffer: 1 << 26,
      });
      const f = JSON.parse(out.trim().split('\n').at(-1)!) as RunFigures;
      const gap = ((f.hosts - f.lowerBound) / f.lowerBound) * 100;
      console.log(
        `${f.servers.toLocaleString('en-GB')} | ${f.command} | ${f.hosts} / ${f.lowerBound} (${gap.toFixed(2)}%) x ${f.model} | ` +
          `${f.engineSeconds.toFixed(1)} s | ${f.wallSeconds.toFixed(1)} s | ${f.cpuSeconds.toFixed(1)} s | ${Math.round(f.peakMb)} MB`,
      );
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === 'one') await one(Number(process.argv[3]), process.argv[4] as Command);
  else await run();
}
