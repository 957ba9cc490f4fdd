import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../engine/io/project-paths.js';

const run = promisify(execFile);
const tsx = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1' } });

const everyCommand = ['estate', 'plan', 'tco', 'cases', 'ask', 'chat', 'report', 'summary', 'import', 'history', 'bot', 'teams'];

describe('unsprawl (commands loaded on demand)', () => {
  it('lists every command in --help', async () => {
    const { stdout } = await tsx(['--help']);
    for (const name of everyCommand) expect(stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
  }, 60_000);

  it('answers an unknown command with the error, the closest name and exit 2 (a user error)', async () => {
    const failure = await tsx(['plna']).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toMatch(/unknown command 'plna'/);
    expect(failure?.stderr).toMatch(/plan/);
  }, 60_000);

  it('stops quietly, exit 0 and no stack trace, when the reader of its output goes away (| head)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'tco', '--help'], { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);
});
