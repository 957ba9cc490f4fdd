import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { projectRoot } from '../../engine/io/project-paths.js';

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from the sources the way a user runs it, and returns its exit code and output. */
export async function runUnsprawl(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'cli/main.ts', ...args], { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CliResult;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
