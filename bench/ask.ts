import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createBotCore } from '../bot/conversation/create-bot-core.js';
import { resolveScenario } from '../bot/conversation/resolve-scenario.js';
import { whatIfAnswer } from '../bot/answer/what-if-answer.js';
import { createLexicon } from '../bot/understanding/create-lexicon.js';
import { understandQuestion } from '../bot/understanding/understand-question.js';
import { evaluate } from '../engine/evaluate.js';
import { defaultScenario } from '../engine/scenario/default-scenario.js';
import { loadInputs } from '../engine/io/load-inputs.js';
import { projectRoot } from '../engine/io/project-paths.js';

const question = 'what if we consolidate ward systems?';
const execFileAsync = promisify(execFile);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timed<T>(work: () => T): [T, number] {
  const t = performance.now();
  const result = work();
  return [result, performance.now() - t];
}

/**
 * `unsprawl ask "what if we consolidate ward systems?"` on the sample trust, in parts: parsing,
 * the engine call (target under 200 ms), building the answer, the whole bot core call, and the
 * built CLI end to end including process start (target well under 1 s; needs `npm run build`).
 */
export async function run(): Promise<void> {
  const inputs = await loadInputs();
  const [lexicon, lexiconMs] = timed(() => createLexicon(inputs.estate, inputs.hosts));
  const parses: number[] = [];
  let understanding = understandQuestion(question, lexicon);
  const [, firstParseMs] = timed(() => understandQuestion('ward + pathology onto the Dell boxes with DR over 7 years at 30p/kWh', lexicon));
  for (let i = 0; i < 20; i++) parses.push(timed(() => (understanding = understandQuestion(question, lexicon)))[1]);
  const scenario = resolveScenario(understanding, {}, defaultScenario(inputs.scenarios))!.scenario;
  const engineRuns: number[] = [];
  const [evaluation, firstEngineMs] = timed(() => evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario, corePerformance: inputs.corePerformance }));
  for (let i = 0; i < 10; i++) engineRuns.push(timed(() => evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario, corePerformance: inputs.corePerformance }))[1]);
  const [, answerMs] = timed(() => whatIfAnswer(evaluation, scenario.description ?? scenario.name));
  const core = createBotCore({ inputs });
  const asks: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await core.ask(question);
    asks.push(performance.now() - t);
  }
  console.log(`question: "${question}" on the sample trust (${inputs.estate.servers.length} servers)`);
  console.log(`  lexicon (once per inputs)     ${lexiconMs.toFixed(1)} ms (${lexicon.vocabulary.entries.length} phrases)`);
  console.log(`  parse                         ${median(parses).toFixed(2)} ms median of 20 (a long question, cold: ${firstParseMs.toFixed(1)} ms)`);
  console.log(`  engine: evaluate()            ${median(engineRuns).toFixed(1)} ms median of 10 (first call ${firstEngineMs.toFixed(1)} ms; target < 200 ms)`);
  console.log(`  answer from the evaluation    ${answerMs.toFixed(2)} ms`);
  console.log(`  core.ask() end to end         ${median(asks).toFixed(1)} ms median of 5`);

  // Every question of the phrasing corpus, each as the first message of a conversation (history
  // questions get the no-store answer here: the history store has its own bench, `summary`).
  const corpus = (JSON.parse(readFileSync(join(projectRoot, 'tests', 'fixtures', 'questions', 'phrasings.json'), 'utf8')) as { questions: { q: string }[] }).questions;
  // Wall time and this process's CPU time (user + system) per question: the machine is shared,
  // so wall time includes waiting for a core; CPU time is the work the answer costs.
  const times: { q: string; ms: number; cpuMs: number }[] = [];
  for (const { q } of corpus) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    await core.ask(q);
    const used = process.cpuUsage(cpu);
    times.push({ q, ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 });
  }
  const spread = (measure: 'ms' | 'cpuMs') => {
    const sorted = [...times].sort((a, b) => a[measure] - b[measure]);
    const slowest = sorted[sorted.length - 1]!;
    return `median ${median(times.map((t) => t[measure])).toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]![measure].toFixed(0)} ms, max ${slowest[measure].toFixed(0)} ms ("${slowest.q}"); ${times.filter((t) => t[measure] >= 1000).length} over 1 s (target: none)`;
  };
  console.log(`  answering the ${times.length} corpus questions, wall  ${spread('ms')}`);
  console.log(`  answering the ${times.length} corpus questions, CPU   ${spread('cpuMs')}`);

  const cli = join(projectRoot, 'dist', 'cli', 'main.js');
  if (!existsSync(cli)) {
    console.log('  CLI: dist/cli/main.js not found; run `npm run build` first to time `node dist/cli/main.js ask`');
    return;
  }
  const walls: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await execFileAsync(process.execPath, [cli, 'ask', question], { cwd: projectRoot });
    walls.push(performance.now() - t);
  }
  console.log(`  CLI: node dist/cli/main.js ask "${question}"  ${median(walls).toFixed(0)} ms median of 5 wall time, process start included (target well under 1 s)`);
}
