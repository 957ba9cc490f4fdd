import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../bot/answer/answer.js';
import { evaluate } from '../../engine/evaluate.js';
import { loadInputs } from '../../engine/io/load-inputs.js';
import { projectRoot } from '../../engine/io/project-paths.js';
import { scenarioSchema } from '../../engine/scenario/scenario.js';
import { answerWithCommand } from '../../cli/answer-with-command.js';
import { runTco, tcoCommand } from '../../cli/commands/tco.js';
import { startTerminalSession } from '../../cli/terminal-session.js';

const execFileAsync = promisify(execFile);

async function unsprawl(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync('npx', ['tsx', 'cli/main.ts', ...args], { cwd: projectRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** `unsprawl chat` with questions piped in, as a script or a test harness would. */
function chat(lines: string[], flags: string[] = []): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'cli/main.ts', 'chat', ...flags], { cwd: projectRoot, stdio: ['pipe', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout }));
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

describe('unsprawl ask', () => {
  it('--json prints the answer model with the engine figures for the question', { timeout: 120_000 }, async () => {
    const { code, stdout } = await unsprawl('ask', 'what if we consolidate ward systems?', '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as Answer;
    expect(answer.kind).toBe('what-if');
    const inputs = await loadInputs();
    const result = evaluate({ estate: inputs.estate, hosts: inputs.hosts, assumptions: inputs.assumptions, scenario: scenarioSchema.parse(answer.scenario) });
    expect(answer.figures.find((f) => f.label.startsWith('NPV'))?.raw).toBe(result.appraisal.npv);
  });

  it('prints a readable answer, and --set changes the assumption the bot starts from', { timeout: 120_000 }, async () => {
    const { code, stdout } = await unsprawl('ask', 'what assumptions are you using?', '--set', 'energy.pricePerKwh=0.3');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^I'm using \d+ assumptions; 1 changed for this scenario: electricity price 30p\/kWh\./);
    expect(stdout).toContain('Assumptions in force');
  });

  it('exits 2 with the reason when the engine refuses the question', { timeout: 120_000 }, async () => {
    const { code, stdout } = await unsprawl('ask', 'what if we consolidate ward systems at 900p/kWh');
    expect(code).toBe(2);
    expect(stdout).toContain('electricity price');
  });

  it('--help explains the command with examples', async () => {
    const { code, stdout } = await unsprawl('ask', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('unsprawl ask "what if we consolidate ward systems?"');
    expect(stdout).toContain('--set <key=value>');
  });
});

/** Runs an `unsprawl tco ...` command line through the real flag parser, in this process. */
async function tcoJson(commandArgs: readonly string[]): Promise<{ plan: { hosts: number; hostModel: string }; appraisal: { npv: number; paybackMonths: number | null } }> {
  expect(commandArgs.slice(0, 2)).toEqual(['unsprawl', 'tco']);
  let printed = '';
  const command = tcoCommand().exitOverride();
  command.action(async (options: Parameters<typeof runTco>[0]) => {
    printed = await runTco(options);
  });
  await command.parseAsync([...commandArgs.slice(2), '--no-sensitivity', '--json'], { from: 'user' });
  return JSON.parse(printed);
}

describe('unsprawl ask --json carries the equivalent CLI command', () => {
  const scopedWhatIfs = [
    'only the critical systems',
    'what if we consolidate ward systems with DR',
    'pathology onto proxmox over seven years',
    'everything except the domain controllers',
    'the 2012 R2 boxes at thirty pence per kilowatt hour',
    'Synergy 480s for the SQL clusters',
    'PAS/EPR onto the Dell boxes with DR at the second site',
    'low and medium criticality servers with N+2',
    'all the Linux servers onto VMware',
    'high and above at the main site except pharmacy, 10% growth a year',
  ];

  it.each(scopedWhatIfs)('%j gives the same hosts, NPV and payback as its own tco command', { timeout: 60_000 }, async (question) => {
    const session = await startTerminalSession({ set: [], out: 'business-case' });
    const answer = answerWithCommand((await session.core.ask(question)).answer, session);
    expect(answer.kind).toBe('what-if');
    expect(answer.command).toMatch(/^unsprawl tco --scope /);
    const tco = await tcoJson(answer.commandArgs!);
    const raw = (label: RegExp) => answer.figures.find((f) => label.test(f.label))?.raw;
    expect(raw(/^Hosts$/)).toBe(tco.plan.hosts);
    expect(raw(/^NPV/)).toBe(tco.appraisal.npv);
    expect(raw(/^Payback$/) ?? null).toBe(tco.appraisal.paybackMonths);
  });

  it('prints the command in the JSON of a real `unsprawl ask` run', { timeout: 120_000 }, async () => {
    const { code, stdout } = await unsprawl('ask', 'only the critical systems', '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as Answer & { commandArgs: string[] };
    expect(answer.command).toBe("unsprawl tco --scope 'criticality>=critical'");
    expect(answer.commandArgs).toEqual(['unsprawl', 'tco', '--scope', 'criticality>=critical']);
    expect(answer.interpretation).toContain('critical systems');
  });
});

describe('unsprawl chat', () => {
  it('keeps the context across piped follow-ups and answers a numbered button', { timeout: 180_000 }, async () => {
    const { code, stdout } = await chat(['what if we consolidate ward systems?', 'and with DR?', 'what about over 7 years?', 'compare hypervisors', '2', 'quit']);
    expect(code).toBe(0);
    // Piped output wraps at 100 columns: compare prose with the line breaks taken out.
    const answers = stdout.split(/^> /m).slice(1).map((a) => a.replace(/\s+/g, ' '));
    expect(answers).toHaveLength(5);
    expect(answers[0]).toMatch(/Consolidating Ward systems \(\d+ servers\)/);
    expect(answers[1]).toMatch(/for DR/);
    expect(answers[2]).toContain('over 7 years');
    expect(answers[3]).toContain('Hypervisors compared');
    expect(answers[4]).toMatch(/^2 /);
    expect(answers[4]).toContain('Host models compared');
  });

  it('--json prints one answer model per turn', { timeout: 180_000 }, async () => {
    const { code, stdout } = await chat(['what if we consolidate ward systems?', 'and with DR?', 'quit'], ['--json']);
    expect(code).toBe(0);
    const turns = stdout.trim().split('\n').map((line) => JSON.parse(line) as Answer & { question: string });
    expect(turns.map((t) => [t.question, t.kind])).toEqual([['what if we consolidate ward systems?', 'what-if'], ['and with DR?', 'what-if']]);
    expect(turns[1]!.command).toContain('--dr');
  });
});
